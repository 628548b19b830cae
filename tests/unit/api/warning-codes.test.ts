import { randomBytes } from 'node:crypto';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/library/library.js';
import { createContext } from '../../../electron/host/context.js';
import type { PdfPrinter } from '../../../electron/export/pdf.js';
import { WARNING_CODES, warning, warningText, type WarningCode, type WarningParams } from '../../../electron/model/warnings.js';
import { MAIL_WARN_BYTES } from '../../../electron/outreach/mail-size.js';
import { messageText } from '../../../renderer/lib/warnings.js';
import { call } from '../../helpers/api.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { seedOutreach } from '../../fixtures/outreach/seed.js';

/** One example per code: a code added to the catalogue without one here does not compile. */
const EXAMPLES: { [C in WarningCode]: WarningParams<C> } = {
  ENTITY_MISSING: { collection: 'logos', id: 'logo_AAAAAAAAAAAAAA' },
  ENTITY_IN_TRASH: { collection: 'releases', id: 'rel_AAAAAAAAAAAAAA' },
  BOILERPLATE_MISSING: { organization: 'Institut Boréal', lang: 'ja' },
  ATTACHMENTS_OVER_MAIL_SIZE: { bytes: 12_000_000, limit: MAIL_WARN_BYTES, heaviest: [{ name: 'kit.pdf', bytes: 11_000_000 }] },
  DRAFT_OVER_MAIL_SIZE: { to: 'Élodie Tremblay <elodie@example.org>', bcc: 0, bytes: 12_000_000, limit: MAIL_WARN_BYTES, heaviest: [{ name: 'kit.pdf', bytes: 11_000_000 }] },
  CONTENTS_UNNUMBERED: { sections: ['“Logos”', '«\u00a0À propos\u00a0»'] },
  NO_SENDER: {},
  NO_RECIPIENTS: { sheet: 'Médias', skipped: 2 },
  IMPORT_NOTE: { en: 'No headline was recognized.', fr: 'Aucun titre n’a été reconnu.' },
};

const open: Array<{ lib: Library; ctx: ReturnType<typeof createContext> }> = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.ctx.dispose();
    await o.lib.close();
  }
});

/** A printer whose PDF is too heavy for an e-mail: what a kit full of high-resolution logos prints. */
/** A printer of real PDFs as heavy as the mail limit: one page, and noise that does not compress. */
async function heavyPrinter(): Promise<PdfPrinter> {
  const noise = randomBytes(MAIL_WARN_BYTES);
  const pdf = await PDFDocument.create();
  pdf.addPage();
  await pdf.attach(noise, 'noise.bin', { mimeType: 'application/octet-stream' });
  const heavy = await pdf.save();
  return { print: async () => heavy, close: async () => undefined };
}

describe('warning codes', () => {
  it('writes every warning of the catalogue in English and in French (French typography), from its code and parameters', () => {
    for (const code of WARNING_CODES) {
      const w = { code, params: EXAMPLES[code] } as Parameters<typeof warningText>[0];
      const en = warningText(w, 'en');
      const fr = warningText(w, 'fr');
      expect(en, code).not.toBe('');
      expect(fr, code).not.toBe(en);
      expect(fr, code).not.toMatch(/ [:;!?»]/);
    }
    expect(warningText(warning('ENTITY_MISSING', EXAMPLES.ENTITY_MISSING), 'fr')).toBe('Élément absent de la bibliothèque (logo logo_AAAAAAAAAAAAAA)\u00a0: laissé de côté.');
    expect(warningText(warning('BOILERPLATE_MISSING', EXAMPLES.BOILERPLATE_MISSING), 'en')).toBe('Institut Boréal has no boilerplate in Japanese: its "About" section is left out.');
  });

  it('shows a warning already on screen in the language the interface switched to (#22)', () => {
    const onScreen = { ...warning('NO_RECIPIENTS', { sheet: 'Médias', skipped: 2 }), message: 'No one to write to in the list "Médias": 2 contact(s) skipped.' };
    expect(messageText(onScreen, 'en')).toBe('No one to write to in the list "Médias": 2 contact(s) skipped.');
    expect(messageText(onScreen, 'fr')).toBe('Personne à qui écrire dans la liste «\u00a0Médias\u00a0»\u00a0: 2 contact(s) écarté(s).');
    // Not a warning (a skipped row's reason): shown as it came.
    expect(messageText({ row: 3, reason: 'malformed e-mail address' }, 'fr')).toBe('3: malformed e-mail address');
  });

  it('warns about the e-mail size on export, and outreach replaces it with the draft’s own size, matched by code', async () => {
    const lib = await Library.open(await tempDir());
    const ctx = createContext(lib, 'cli', heavyPrinter);
    open.push({ lib, ctx });
    const seed = await seedOutreach(ctx);

    const exported = await call(ctx, 'export.kit', { id: seed.kitId, formats: ['pdf', 'md'], outDir: await tempDir() });
    const over = exported.warnings.find((w) => w.code === 'ATTACHMENTS_OVER_MAIL_SIZE');
    expect(over?.params).toMatchObject({ limit: MAIL_WARN_BYTES, heaviest: [{ name: expect.stringMatching(/\.pdf$/) }, { name: expect.stringMatching(/\.md$/) }] });
    expect(over?.message).toMatch(/^Attached to an e-mail, these files would weigh 13(\.\d)? MB once encoded, more than the 10 MB/);

    const preview = await call(ctx, 'outreach.preview', { kitId: seed.kitId, sheetId: seed.sheetId, attach: ['pdf'] });
    const codes = preview.warnings.map((w) => w.code);
    expect(codes).toContain('DRAFT_OVER_MAIL_SIZE');
    expect(codes).not.toContain('ATTACHMENTS_OVER_MAIL_SIZE');
  });
});
