import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { newId } from '../../../electron/model/common.js';
import { createContext } from '../../../electron/host/context.js';
import { Library } from '../../../electron/library/library.js';
import { OSAKA_SVG } from '../../fixtures/export/library-fixture.js';
import { call } from '../../helpers/api.js';
import { hasSharedSample, OWN_SAMPLE, OWN_SAMPLE_FACTS, SHARED_SAMPLE } from '../../helpers/sample-release.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { poppler, unzip, zipText } from './helpers.js';

type Imported = Awaited<ReturnType<typeof importAndExport>>;

/** Imports a release as a user would, builds a French kit around it and exports the files journalists receive. */
async function importAndExport(file: string) {
  const dir = await tempDir('mediakit-sample-');
  const lib = await Library.open(dir, { app: 'sample export test' });
  const ctx = createContext(lib, 'cli');
  try {
    const bytes = await readFile(file);
    const rel = await call(ctx, 'import.release', { fileName: path.basename(file), contentBase64: bytes.toString('base64') });
    const [first, second] = rel.organizations;
    const png = await sharp(Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200"><rect width="600" height="200" fill="#fff"/><rect x="20" y="40" width="120" height="120" rx="24" fill="#0b6e4f"/><rect x="170" y="70" width="380" height="30" fill="#0b6e4f"/></svg>',
    )).png().toBuffer();
    const logoA = await call(ctx, 'import.logo', { fileName: 'first.png', contentBase64: png.toString('base64'), organization: first?.name ?? 'A' });
    const logoB = await call(ctx, 'import.logo', { fileName: 'second.svg', contentBase64: Buffer.from(OSAKA_SVG).toString('base64'), organization: second?.name ?? 'B', variant: 'horizontal' });
    const sheet = await call(ctx, 'sheets.create', { data: { name: 'Contacts de presse', contactIds: rel.contacts.map((c) => c.id) } });
    const kit = await call(ctx, 'kits.create', {
      data: {
        name: 'Trousse de l’événement',
        lang: 'fr-CA',
        event: { name: 'Congrès international', date: rel.dateline.date ?? '2026-01-28', location: rel.dateline.city },
        cover: { show: true, logoIds: [logoA.id, logoB.id], subtitle: '' },
        sections: [
          { id: newId('section'), type: 'release', releaseId: rel.id },
          { id: newId('section'), type: 'logos', title: '', logoIds: [logoA.id, logoB.id] },
          { id: newId('section'), type: 'contacts', title: '', sheetId: sheet.id },
        ],
      },
    });
    const out = await tempDir('mediakit-sample-out-');
    const result = await call(ctx, 'export.kit', { id: kit.id, formats: ['pdf', 'docx', 'zip'], outDir: out });
    const pdf = await readFile(result.files.find((f) => f.format === 'pdf')?.path ?? '');
    const text = await poppler('pdftotext', pdf, out);
    const info = await poppler('pdfinfo', pdf, out);
    const docx = unzip(await readFile(result.files.find((f) => f.format === 'docx')?.path ?? ''));
    return { rel, text, info, xml: zipText(docx, 'word/document.xml') };
  } finally {
    await ctx.dispose();
    await lib.close();
  }
}

/** What every French (Québec) kit of a release in this style must show, whatever its words. */
function expectQuebecKit({ rel, text, info, xml }: Imported): void {
  expect(rel.lang).toBe('fr-CA');
  expect(text).toContain(rel.headline.slice(0, 30));
  expect(text).toContain('Pour diffusion immédiate');
  // pdftotext joins a line ending in a hyphen to the next: « -30- » reads "-30" there.
  expect(text).toMatch(/(^|\n)-30-?/);
  expect(text).toMatch(/Renseignements\s*:/);
  for (const c of rel.contacts) expect(text).toContain(c.name);
  expect(info).toMatch(/Title:\s+Trousse de l’événement/);
  const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
  // The cover, the release, then the logos and contacts one after the other (no section alone on a page).
  expect(pages).toBeGreaterThanOrEqual(3);
  expect(pages).toBeLessThanOrEqual(5);
  expect(xml).toContain('<w:lang w:val="fr-CA"');
  // French typography: a non-breaking space before a colon, none before a semicolon (fr-CA).
  expect(xml).toMatch(/\u00A0:/);
  expect(xml).not.toMatch(/\w ;/);
}

describe('a release in the style of the real sample, as a media kit', () => {
  it('imports, assembles and exports a French (Québec) kit that reads right', async () => {
    const kit = await importAndExport(OWN_SAMPLE);
    expectQuebecKit(kit);
    expect(kit.text).toContain(OWN_SAMPLE_FACTS.datelineFr);
    expect(kit.text).toMatch(OWN_SAMPLE_FACTS.aboutSecond);
    expect(kit.xml).toContain(OWN_SAMPLE_FACTS.listIntro);
  });
});

/**
 * The real release kept beside the repository on the project's machines. A user's clone has
 * nothing beside it: then this says so and checks nothing more than the test above.
 */
describe('the shared real sample release, when it is beside the clone', () => {
  it(hasSharedSample() ? 'exports the real sample as a French (Québec) kit' : 'is not beside this clone (../shared/samples): covered by the project fixture above', async () => {
    if (!hasSharedSample()) {
      console.info(`${SHARED_SAMPLE} is not here: the shared sample was not checked.`);
      return;
    }
    const kit = await importAndExport(SHARED_SAMPLE);
    expectQuebecKit(kit);
    expect(kit.rel.dateline.city).not.toBe('');
    expect(kit.rel.organizations).toHaveLength(2);
    expect(kit.rel.contacts).toHaveLength(2);
  });
});
