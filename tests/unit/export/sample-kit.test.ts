import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { newId } from '../../../electron/model/common.js';
import { createContext } from '../../../electron/host/context.js';
import { Library } from '../../../electron/library/library.js';
import { OSAKA_SVG } from '../../fixtures/export/library-fixture.js';
import { call } from '../../helpers/api.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { poppler, unzip, zipText } from './helpers.js';

const SAMPLE = path.resolve(__dirname, '../../../../shared/samples/communique-quebec-japon-2025.txt');

/** The real release, imported as a user would, then exported as a kit: the files journalists receive. */
describe('the sample release as a media kit', () => {
  it('imports, assembles and exports a French (Québec) kit that reads right', async () => {
    const dir = await tempDir('mediakit-sample-');
    const lib = await Library.open(dir, { app: 'sample export test' });
    const ctx = createContext(lib, 'cli');
    try {
      const bytes = await readFile(SAMPLE);
      const rel = await call(ctx, 'import.release', { fileName: path.basename(SAMPLE), contentBase64: bytes.toString('base64') });
      expect(rel.lang).toBe('fr-CA');
      const png = await sharp(Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200"><rect width="600" height="200" fill="#fff"/><rect x="20" y="40" width="120" height="120" rx="24" fill="#0b6e4f"/><rect x="170" y="70" width="380" height="30" fill="#0b6e4f"/></svg>',
      )).png().toBuffer();
      const logoA = await call(ctx, 'import.logo', { fileName: 'invivo.png', contentBase64: png.toString('base64'), organization: 'Montréal InVivo' });
      const logoB = await call(ctx, 'import.logo', { fileName: 'osaka.svg', contentBase64: Buffer.from(OSAKA_SVG).toString('base64'), organization: 'Osaka Bio Headquarters', variant: 'horizontal' });
      const sheet = await call(ctx, 'sheets.create', { data: { name: 'Contacts de presse', contactIds: rel.contacts.map((c) => c.id) } });
      const kit = await call(ctx, 'kits.create', {
        data: {
          name: 'BIO 2025 Boston',
          lang: 'fr-CA',
          event: { name: 'Congrès international BIO 2025', date: '2025-06-16', location: 'Boston' },
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
      expect(text).toContain('Une nouvelle entente Québec–Japon');
      expect(text).toContain('Boston, le 16 juin 2025 –');
      expect(text).toContain('Pour diffusion immédiate');
      expect(text).toMatch(/À propos d[’']Osaka Bio Headquarters/);
      expect(text).toContain('– 30 –');
      expect(text).toMatch(/Renseignements\s*:/);
      expect(text).toContain('Stéphanie Doyle');
      const info = await poppler('pdfinfo', pdf, out);
      expect(info).toMatch(/Title:\s+BIO 2025 Boston/);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
      expect(pages).toBeGreaterThanOrEqual(4);
      expect(pages).toBeLessThanOrEqual(6);
      const docx = unzip(await readFile(result.files.find((f) => f.format === 'docx')?.path ?? ''));
      const xml = zipText(docx, 'word/document.xml');
      expect(xml).toContain('<w:lang w:val="fr-CA"');
      expect(xml).toMatch(/Parmi les objectifs du partenariat\u00A0:/);
      expect(xml).not.toMatch(/région ;/);
    } finally {
      await ctx.dispose();
      await lib.close();
    }
  });
});
