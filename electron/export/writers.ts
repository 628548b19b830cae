import { AppError, type LibraryDocument } from '../model/index.js';
import { renderDocx } from './docx/render.js';
import type { ExportFormat } from './formats.js';
import { renderHtml } from './html.js';
import type { FileSource, KitDocument } from './kit-document.js';
import { renderMarkdown } from './markdown.js';
import type { PdfPrinter } from './pdf.js';
import { renderVcards } from './vcard.js';
import { renderBundle } from './zip.js';
import { writeKitPackage } from './kit-package.js';

/**
 * The table of writers, as pandoc's: each export format and the function that writes its file from
 * the resolved KitDocument. A new format joins by adding its name to formats.ts and its row here.
 */

export interface WriterJob {
  doc: KitDocument;
  files: FileSource;
  /** The PDF printer, started only when a writer asks for it. */
  printer(): Promise<PdfPrinter>;
  now: Date;
  /**
   * Another format's file in this same export: written once, whoever asks first (the ZIP holds the
   * DOCX and the PDF that are also exported beside it, not a second rendering of each).
   */
  output(format: ExportFormat): Promise<Uint8Array>;
  /** The library the document was resolved from: the kit package carries its entities as stored. */
  library?: LibraryDocument;
}

export type Writer = (job: WriterJob) => Promise<Uint8Array>;

const utf8 = (text: string) => new TextEncoder().encode(text);

/** The print template, printed: PDF is the HTML writer plus a printer (Chromium, or Electron's). */
export async function printPdf(doc: KitDocument, files: FileSource, printer: PdfPrinter): Promise<Uint8Array> {
  const html = await renderHtml(doc, files, { mode: 'print' });
  return printer.print(html, {
    pageSize: doc.pageSize,
    title: doc.metadata.title,
    lang: doc.lang,
    footerLabel: doc.labels.page.word,
    footerOf: doc.labels.page.of,
  });
}

export const WRITERS: { readonly [F in ExportFormat]: Writer } = {
  docx: (job) => renderDocx(job.doc, job.files),
  pdf: async (job) => printPdf(job.doc, job.files, await job.printer()),
  zip: async (job) =>
    (await renderBundle({ doc: job.doc, files: job.files, docx: await job.output('docx'), pdf: await job.output('pdf'), now: job.now })).bytes,
  md: async (job) => utf8(renderMarkdown(job.doc)),
  html: async (job) => utf8(await renderHtml(job.doc, job.files, { mode: 'preview' })),
  vcf: async (job) => renderVcards(job.doc.allContacts),
  mkit: async (job) => {
    if (job.doc.kind !== 'kit' || !job.library) {
      throw new AppError('INVALID_INPUT', {
        en: 'Only a media kit can be shared as a .mkit package: add the release to a kit, then share the kit.',
        fr: 'Seule une trousse média peut être partagée en paquet .mkit\u00a0: ajoutez le communiqué à une trousse, puis partagez la trousse.',
      });
    }
    return writeKitPackage(job.library, job.doc.sourceId, job.files, job.now);
  },
};

/** Where no printer is given (a test, a format that should never need one), asking for one says so. */
export function noPrinter(): Promise<PdfPrinter> {
  return Promise.reject(
    new AppError('PRINTER_UNAVAILABLE', { en: 'No PDF printer is available for this export.', fr: 'Aucune imprimante PDF n’est disponible pour cette exportation.' }),
  );
}
