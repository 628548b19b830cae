import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch, type CallResult } from '../../../electron/api/dispatch.js';
import type { HandlerContext } from '../../../electron/api/define.js';
import { createContext } from '../../../electron/host/context.js';
import { Library } from '../../../electron/library/library.js';
import { AppError } from '../../../electron/model/errors.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { OWN_SAMPLE } from '../../helpers/sample-release.js';

/** A real library in a temp folder, with one context per interface language. */
async function open() {
  const dir = await tempDir('mk-fr-errors-');
  const lib = await Library.open(dir);
  const base = createContext(lib, 'cli');
  const fr: HandlerContext = { ...base, uiLang: 'fr' };
  const en: HandlerContext = { ...base, uiLang: 'en' };
  return { dir, lib, fr, en };
}

const b64 = (bytes: Uint8Array | string): string => Buffer.from(bytes).toString('base64');

function failure(reply: CallResult): { code: string; message: string; details?: unknown } {
  if (reply.ok) throw new Error(`expected an error, got ${JSON.stringify(reply.result).slice(0, 200)}`);
  return reply.error;
}

/** fr-CA: a no-break space before « : » and inside « », none before ; ! ? */
function expectFrenchTypography(message: string): void {
  expect(message).not.toMatch(/[ \t]:/);
  expect(message).not.toMatch(/« |«(?!\u00a0)/);
  expect(message).not.toMatch(/ »|(?<!\u00a0)»/);
  expect(message).not.toMatch(/[\s\u00a0][;!?]/);
}

describe('errors through dispatch when the interface is in French', () => {
  it('refuses a text file named logo.png as a logo, naming the file, in French', async () => {
    const { lib, fr, en } = await open();
    const input = { fileName: 'logo.png', contentBase64: b64('Ceci est du texte, pas une image.'), organization: 'Institut Boréal' };

    const error = failure(await dispatch('import.logo', input, fr));
    expect(error.code).toBe('INVALID_FILE');
    expect(error.message).toBe('logo.png\u00a0: ce n’est pas une image (PNG, JPEG, WebP, GIF ou SVG), quoi qu’en dise son nom');
    expect(error.details).toEqual({ fileName: 'logo.png' });
    expectFrenchTypography(error.message);

    // English is unchanged, and nothing was stored either way.
    expect(failure(await dispatch('import.logo', input, en)).message).toBe('logo.png: this is not an image (PNG, JPEG, WebP, GIF or SVG), whatever its name says');
    expect(lib.doc.organizations).toEqual([]);
    expect(lib.doc.logos).toEqual([]);
    await lib.close();
  });

  it('refuses an over-large release file with its size in Mo, and a PDF given as a release', async () => {
    const { lib, fr, en } = await open();
    const big = new Uint8Array(Math.round(21.5 * 1024 * 1024)).fill(0x61);
    const tooLarge = failure(await dispatch('import.previewRelease', { fileName: 'communique.txt', contentBase64: b64(big) }, fr));
    expect(tooLarge.code).toBe('FILE_TOO_LARGE');
    expect(tooLarge.message).toBe('communique.txt\u00a0: le fichier pèse 21,5\u00a0Mo, plus que les 20\u00a0Mo permis');
    expectFrenchTypography(tooLarge.message);
    expect(failure(await dispatch('import.previewRelease', { fileName: 'communique.txt', contentBase64: b64(big) }, en)).message).toBe(
      'communique.txt: the file is 21.5 MB, more than the 20 MB allowed',
    );

    const pdf = { fileName: 'Communiqué final.pdf', contentBase64: b64('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n') };
    const refused = failure(await dispatch('import.release', pdf, fr));
    expect(refused.code).toBe('UNSUPPORTED_FILE');
    expect(refused.message).toBe('Communiqué final.pdf\u00a0: ce n’est pas un fichier de communiqué (.txt, .md, .html ou .docx), mais un PDF');
    expectFrenchTypography(refused.message);

    const rtf = failure(await dispatch('import.release', { fileName: 'note.rtf', contentBase64: b64('{\\rtf1\\ansi Bonjour}') }, fr));
    expect(rtf.message).toBe('note.rtf\u00a0: ce n’est pas un fichier de communiqué (.txt, .md, .html ou .docx), mais un document RTF; enregistrez-le d’abord en .docx');
    expectFrenchTypography(rtf.message);

    const empty = failure(await dispatch('import.release', { fileName: 'vide.txt', contentBase64: '' }, fr));
    expect(empty).toMatchObject({ code: 'INVALID_FILE', message: 'vide.txt\u00a0: le fichier est vide' });
    expect(lib.doc.releases).toEqual([]);
    await lib.close();
  });

  it('reports a CSV without a name or e-mail column in French, and the reason a row was skipped', async () => {
    const { lib, fr, en } = await open();
    const noColumn = failure(await dispatch('import.contacts', { fileName: 'journalistes.csv', contentBase64: b64('Ville,Pays\nMontréal,Canada\nTokyo,Japon\n') }, fr));
    expect(noColumn.code).toBe('INVALID_FILE');
    expect(noColumn.message).toBe('journalistes.csv\u00a0: aucune colonne de nom ou de courriel n’a été reconnue dans la ligne d’en-tête (Ville, Pays)');
    expectFrenchTypography(noColumn.message);

    const csv = 'Nom complet,Courriel\nÉlodie Tremblay,elodie.tremblay@ledevoir.example\nJean Roy,pas-une-adresse\n';
    const reply = await dispatch('import.contacts', { fileName: 'journalistes.csv', contentBase64: b64(csv) }, fr);
    if (!reply.ok) throw new Error(reply.error.message);
    const result = reply.result as { imported: number; skipped: { row: number; reason: string }[] };
    expect(result.imported).toBe(1);
    expect(result.skipped).toEqual([{ row: 3, reason: 'adresse courriel mal formée «\u00a0pas-une-adresse\u00a0»' }]);
    expectFrenchTypography(result.skipped[0]!.reason);

    // The same file in English: the reason is unchanged there.
    const again = await dispatch('import.contacts', { fileName: 'journalistes.csv', contentBase64: b64(csv) }, en);
    if (!again.ok) throw new Error(again.error.message);
    expect((again.result as { skipped: unknown }).skipped).toEqual([{ row: 3, reason: 'malformed e-mail address "pas-une-adresse"' }]);
    await lib.close();
  });

  it('gives the warnings of a release import in French: no timing line means "immediate"', async () => {
    const { lib, fr, en } = await open();
    const input = { fileName: 'communique.txt', contentBase64: b64(new Uint8Array(await readFile(OWN_SAMPLE))) };
    const french = 'Aucun moment de diffusion n’était indiqué\u00a0: diffusion «\u00a0immédiate\u00a0» retenue.';

    const preview = await dispatch('import.previewRelease', input, fr);
    if (!preview.ok) throw new Error(preview.error.message);
    expect((preview.result as { warnings: Array<{ message: string }> }).warnings.map((w) => w.message)).toEqual([french]);
    expectFrenchTypography(french);

    const imported = await dispatch('import.release', input, fr);
    if (!imported.ok) throw new Error(imported.error.message);
    expect((imported.result as { warnings: Array<{ message: string }> }).warnings.map((w) => w.message)).toEqual([french]);

    const english = await dispatch('import.previewRelease', input, en);
    if (!english.ok) throw new Error(english.error.message);
    expect((english.result as { warnings: Array<{ message: string }> }).warnings.map((w) => w.message)).toEqual(['No release timing was stated: "immediate" assumed.']);
    await lib.close();
  });

  it('says in French that a release id is not in the library (NOT_FOUND), through every method that looks it up', async () => {
    const { lib, fr, en } = await open();
    const id = 'rel_AAAAAAAAAAAAAA';

    const got = failure(await dispatch('releases.get', { id }, fr));
    expect(got).toMatchObject({ code: 'NOT_FOUND', message: `Aucun communiqué avec l’identifiant ${id}.` });

    const shown = failure(await dispatch('releases.show', { id }, fr));
    expect(shown).toMatchObject({ code: 'NOT_FOUND', message: `Aucun communiqué avec l’identifiant ${id}.`, details: { id } });
    expect(failure(await dispatch('releases.show', { id }, en)).message).toBe(`No release with id ${id}.`);

    const exported = failure(await dispatch('export.release', { id, formats: ['md'] }, fr));
    expect(exported).toMatchObject({ code: 'NOT_FOUND', message: `Le communiqué ${id} est introuvable dans la bibliothèque.` });
    expect(failure(await dispatch('export.release', { id, formats: ['md'] }, en)).message).toBe(`Release ${id} was not found in the library.`);

    const kit = failure(await dispatch('preview.kit', { id: 'kit_AAAAAAAAAAAAAA' }, fr));
    expect(kit).toMatchObject({ code: 'NOT_FOUND', message: 'La trousse média kit_AAAAAAAAAAAAAA est introuvable dans la bibliothèque.' });

    // A release in the trash is named, in « », with what to do.
    const created = await dispatch('releases.create', { data: { lang: 'fr-CA', headline: 'Entente Québec–Japon' } }, fr);
    if (!created.ok) throw new Error(created.error.message);
    const rid = (created.result as { id: string }).id;
    await dispatch('releases.delete', { id: rid }, fr);
    const trashed = failure(await dispatch('export.release', { id: rid, formats: ['md'] }, fr));
    expect(trashed.message).toBe('Le communiqué «\u00a0Entente Québec–Japon\u00a0» est dans la corbeille. Restaurez-le d’abord.');
    expect(failure(await dispatch('releases.show', { id: rid }, fr)).message).toBe(`Aucun communiqué avec l’identifiant ${rid} (il est dans la corbeille).`);
    for (const e of [got, shown, exported, kit, trashed]) expectFrenchTypography(e.message);
    await lib.close();
  });
});

describe('a corrupt library.json opened with Library.open', () => {
  async function openError(dir: string): Promise<AppError> {
    try {
      const lib = await Library.open(dir);
      await lib.close();
    } catch (err) {
      if (err instanceof AppError) return err;
      throw err;
    }
    throw new Error('expected Library.open to refuse the file');
  }

  it('explains in French what is wrong, that nothing was changed, and that there is no backup', async () => {
    const dir = await tempDir('mk-fr-corrupt-');
    await writeFile(path.join(dir, 'library.json'), '{ "schemaVersion": 1, "releases": [ ');
    const err = await openError(dir);
    expect(err.code).toBe('LIBRARY_CORRUPT');
    const file = path.join(dir, 'library.json');
    const fr = err.messageIn('fr');
    expect(fr.startsWith(`${file} ne peut pas être ouvert\u00a0: ce n’est pas du JSON valide (`)).toBe(true);
    expect(fr.endsWith('. Le fichier n’a pas été modifié. Il n’y a aucune sauvegarde à restaurer.')).toBe(true);
    expectFrenchTypography(fr);
    // The English message (asserted by other tests) is unchanged.
    expect(err.message.startsWith(`${file} cannot be opened: it is not valid JSON (`)).toBe(true);
    expect(err.messageIn('en')).toBe(err.message);
    expect(err.toJSON('fr').message).toBe(fr);
  });

  it('names the newest good backup in French, with the command that restores it', async () => {
    const dir = await tempDir('mk-fr-corrupt-');
    const lib = await Library.open(dir);
    await lib.close();
    const newest = (await lib.backups())[0]!;
    await writeFile(path.join(dir, 'library.json'), '[1, 2, 3]');
    const err = await openError(dir);
    expect(err.code).toBe('LIBRARY_CORRUPT');
    expect(err.messageIn('fr')).toBe(
      `${path.join(dir, 'library.json')} ne peut pas être ouvert\u00a0: il ne contient pas de bibliothèque. Le fichier n’a pas été modifié.` +
        ` La sauvegarde valide la plus récente est backups/${newest.name} (enregistrée le ${newest.savedAt}); restaurez-la avec \`mediakit restore ${newest.name}\` ou depuis l’application.`,
    );
    expect(err.message).toContain(`it does not hold a library object. The file was left untouched. The newest good backup is backups/${newest.name}`);
  });
});

describe('kit warnings in the interface language', () => {
  it('says in French that a trashed release and a missing boilerplate were left out of the kit', async () => {
    const { lib, fr, en } = await open();
    const call = async <T>(ctx: HandlerContext, method: string, input: unknown): Promise<T> => {
      const reply = await dispatch(method, input, ctx);
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.result as T;
    };
    const org = await call<{ id: string }>(en, 'organizations.create', { data: { name: 'Institut Boréal' } });
    const rel = await call<{ id: string }>(en, 'releases.create', { data: { lang: 'fr-CA', headline: 'Un titre', organizationIds: [org.id] } });
    const gone = await call<{ id: string }>(en, 'releases.create', { data: { lang: 'fr-CA', headline: 'Retiré' } });
    await call(en, 'releases.delete', { id: gone.id });
    const kit = await call<{ id: string }>(en, 'kits.create', {
      data: { name: 'Salon', lang: 'fr-CA', sections: [{ id: 'sec_AAAAAAAAAAAAAA', type: 'release', releaseId: rel.id }, { id: 'sec_BBBBBBBBBBBBBB', type: 'release', releaseId: gone.id }] },
    });
    const inFrench = (await call<{ warnings: Array<{ message: string }> }>(fr, 'preview.kit', { id: kit.id })).warnings.map((w) => w.message);
    expect(inFrench).toContain(`Élément dans la corbeille (communiqué ${gone.id})\u00a0: laissé de côté.`);
    expect(inFrench).toContain('Institut Boréal n’a pas de texte «\u00a0À propos\u00a0» en français\u00a0: cette section est omise.');
    inFrench.forEach(expectFrenchTypography);
    const inEnglish = (await call<{ warnings: Array<{ code: string; message: string }> }>(en, 'preview.kit', { id: kit.id })).warnings;
    expect(inEnglish).toContainEqual({ code: 'ENTITY_IN_TRASH', params: { collection: 'releases', id: gone.id }, message: `The release ${gone.id} is in the trash: skipped.` });
    await lib.close();
  });
});
