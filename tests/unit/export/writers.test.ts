import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../../../electron/export/export-kit.js';
import { EXPORT_FORMAT_NAMES, EXPORT_FORMATS } from '../../../electron/export/formats.js';
import { resolveKit } from '../../../electron/export/kit.js';
import type { PdfPrinter } from '../../../electron/export/pdf.js';
import { WRITERS } from '../../../electron/export/writers.js';
import { ExportFormat } from '../../../electron/api/contract/export.js';
import { createChromiumPrinter } from '../../../electron/host/chromium.js';
import { buildFixture, IDS, type Fixture } from '../../fixtures/export/library-fixture.js';
import { warningText } from '../../../electron/model/warnings.js';
import { poppler, tempDir, unzip } from './helpers.js';

let fx: Fixture;
let chromium: PdfPrinter;
let prints = 0;
/** The real printer, counted: the ZIP must hold the PDF exported beside it, not print it again. */
const printer: PdfPrinter = {
  print: (html, options) => {
    prints++;
    return chromium.print(html, options);
  },
  close: () => chromium.close(),
};

beforeAll(async () => {
  fx = await buildFixture();
  chromium = createChromiumPrinter();
});
afterAll(async () => {
  await printer.close();
});

describe('the table of writers', () => {
  it('has one writer for each format the API and the command line offer', () => {
    expect(Object.keys(WRITERS).sort()).toEqual([...EXPORT_FORMAT_NAMES].sort());
    expect(ExportFormat.options).toEqual(EXPORT_FORMAT_NAMES);
  });

  it('writes every format of a kit, each file named with its extension and typed with its media type', async () => {
    const dir = await tempDir();
    const result = await exportDocument(resolveKit(fx.doc, IDS.kit), EXPORT_FORMAT_NAMES, { files: fx.files, printer, library: fx.doc });
    expect(result.files.map((f) => f.format)).toEqual(EXPORT_FORMAT_NAMES);
    for (const f of result.files) {
      expect(f.name).toBe(`bio-2025-boston_fr-CA.${EXPORT_FORMATS[f.format].extension}`);
      expect(f.mime).toBe(EXPORT_FORMATS[f.format].mime);
      expect(f.bytes.byteLength, f.format).toBeGreaterThan(100);
    }
    const by = Object.fromEntries(result.files.map((f) => [f.format, f.bytes]));
    expect(new TextDecoder().decode(by.md)).toMatch(/^# BIO 2025 Boston/);
    expect(new TextDecoder().decode(by.html)).toContain('<html lang="fr-CA">');
    expect(new TextDecoder().decode(by.vcf)).toContain('BEGIN:VCARD');
    expect(await poppler('pdftotext', by.pdf!, dir)).toContain('BIO 2025 Boston');
    // The ZIP holds the very DOCX and PDF exported beside it: each was written once.
    const zip = unzip(by.zip!);
    expect(Buffer.from(zip['bio-2025-boston_fr-CA.docx']!).equals(Buffer.from(by.docx!))).toBe(true);
    expect(Buffer.from(zip['bio-2025-boston_fr-CA.pdf']!).equals(Buffer.from(by.pdf!))).toBe(true);
    // One PDF written: a kit is printed twice, the second time with its contents' page numbers.
    expect(prints).toBe(2);
    // The kit package carries the kit as stored (its own tests: tests/unit/kit-package/).
    expect(Object.keys(unzip(by.mkit!))[0]).toBe('manifest.json');
  });

  it('starts no printer for formats that do not print, and says so when one is needed and missing', async () => {
    const doc = resolveKit(fx.doc, IDS.kit);
    const result = await exportDocument(doc, ['docx', 'md', 'vcf'], { files: fx.files });
    expect(result.files.map((f) => f.name)).toEqual(['bio-2025-boston_fr-CA.docx', 'bio-2025-boston_fr-CA.md', 'bio-2025-boston_fr-CA.vcf']);
    await expect(exportDocument(doc, ['zip'], { files: fx.files })).rejects.toMatchObject({ code: 'PRINTER_UNAVAILABLE' });
  });

  it('still writes the PDF when the printed contents cannot be numbered, and says which entries have no page', async () => {
    // A printer whose PDFs name no link targets (as if they could not be read back).
    const unnamed: PdfPrinter = { print: (html, options) => chromium.print(html.replace(/ href="#[^"]*"/g, ''), options), close: () => Promise.resolve() };
    const doc = resolveKit(fx.doc, IDS.kit);
    const result = await exportDocument(doc, ['pdf'], { files: fx.files, printer: unnamed });
    expect(await poppler('pdftotext', result.files[0]!.bytes, await tempDir())).toContain('BIO 2025 Boston');
    const w = result.warnings.find((x) => x.code === 'CONTENTS_UNNUMBERED');
    expect(w && warningText(w, 'en')).toMatch(/^The PDF's contents give no page number for: “/);
    expect(w && warningText(w, 'fr')).toMatch(/^La table des matières du PDF ne donne pas de numéro de page pour\u00a0: “/);
    expect((w?.params as { sections: string[] }).sections).toHaveLength(doc.sections.length);
  });
});
