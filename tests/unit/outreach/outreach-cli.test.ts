import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/library/library.js';
import { createContext } from '../../../electron/host/context.js';
import { mediakit } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { seedOutreach } from '../../fixtures/outreach/seed.js';
import { addresses, readEml, sha256 } from './helpers.js';

interface CliOutput {
  files: { path: string; to: { name: string; email: string }[]; bytes: number }[];
  skipped: { contact: string; reason: string }[];
  warnings: string[];
}

async function seededLibraryDir() {
  const dir = await tempDir();
  const lib = await Library.open(dir);
  const seed = await seedOutreach(createContext(lib, 'cli'));
  await lib.close();
  return { dir, seed };
}

describe('mediakit outreach (the built command)', () => {
  it('writes drafts with the PDF and DOCX attached, prints files, skips and warnings, and logs them', async () => {
    const { dir, seed } = await seededLibraryDir();
    const out = path.join(await tempDir(), 'brouillons');
    const r = await mediakit(['--library', dir, 'outreach', seed.kitId, '--sheet', seed.sheetId, '--out', out, '--attach', 'pdf,docx', '--subject', 'Osaka, {{eventDate}} : dossier de presse pour {{organization}}'], {
      MEDIAKIT_LANG: 'fr-CA',
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = r.json<CliOutput>();
    expect(Object.keys(result)).toEqual(['files', 'skipped', 'warnings']);
    expect(result.files.map((f) => path.relative(out, f.path))).toEqual(['01-tremblay-elodie.eml', '02-k-watanabe.eml', '03-nouvelles-salle-des.eml', '04-leblanc-chloe.eml']);
    expect(result.skipped).toEqual([
      { contact: 'Marc-André Côté', reason: 'a demandé à ne plus recevoir d’envois' },
      { contact: 'Sophie Gagnon', reason: 'aucune adresse courriel' },
      { contact: 'Rédaction Les Affaires', reason: 'même adresse qu’un autre contact de la liste (Nouvelles@LesAffaires.example)' },
    ]);
    expect(result.warnings).toEqual([]);

    const log = (await mediakit(['--library', dir, 'outreach-log', seed.kitId, '--email', 'k.watanabe@kansai-keizai.example'])).json<
      { to: { email: string }[]; files: { name: string; sha256: string; bytes: number }[]; subject: string }[]
    >();
    expect(log).toHaveLength(1);
    const watanabe = await readEml(result.files[1]!.path);
    expect(watanabe.mail.subject).toBe('SOUS EMBARGO jusqu’au 12 mai 2030, 0 h 01 (HAE) – Osaka, 1er juin 2030 : dossier de presse pour 関西経済新聞');
    expect(log[0]!.subject).toBe('SOUS EMBARGO jusqu’au 12 mai 2030, 0 h 01 (HAE) – Osaka, 1er juin 2030 : dossier de presse pour Le Devoir');
    expect(addresses(watanabe.mail.to)).toEqual([{ name: '渡辺 健二', address: 'k.watanabe@kansai-keizai.example' }]);
    expect(watanabe.mail.attachments.map((a) => ({ name: a.filename, sha256: sha256(a.content), bytes: a.size }))).toEqual(log[0]!.files);
    expect(watanabe.mail.attachments[0]!.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(result.files[1]!.bytes).toBe((await readFile(result.files[1]!.path)).byteLength);
  });

  it('writes one Bcc draft, and answers usage errors with exit code 2 and failures with 1', async () => {
    const { dir, seed } = await seededLibraryDir();
    const out = await tempDir();
    const r = await mediakit(['--library', dir, 'outreach', seed.kitId, '--sheet', seed.sheetId, '--out', out, '--attach', 'docx', '--mode', 'bcc', '--from', 'Geneviève Bélanger <g.belanger@sdqj.example>']);
    expect(r.code).toBe(0);
    const result = r.json<CliOutput>();
    expect(result.files).toHaveLength(1);
    expect(result.files[0]!.to.map((t) => t.email)).toHaveLength(4);
    const eml = await readEml(result.files[0]!.path);
    expect(addresses(eml.mail.bcc)).toHaveLength(4);
    expect(eml.headers).toMatch(/^Bcc: /m);

    expect((await mediakit(['--library', dir, 'outreach', seed.kitId, '--sheet', seed.sheetId, '--attach', 'pdf,odt'])).code).toBe(2);
    expect((await mediakit(['--library', dir, 'outreach', seed.kitId, '--sheet', seed.sheetId, '--mode', 'cc'])).code).toBe(2);
    expect((await mediakit(['--library', dir, 'outreach', seed.kitId])).code).toBe(2);
    const missing = await mediakit(['--library', dir, 'outreach', 'kit_NoSuchKit00000', '--sheet', seed.sheetId, '--out', out], { MEDIAKIT_LANG: 'en' });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('error: No kit with id kit_NoSuchKit00000.\n');
  });
});
