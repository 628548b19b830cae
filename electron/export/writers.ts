import { AppError, type LibraryDocument } from '../model/index.js';
import { warning } from '../model/warnings.js';
import { renderDocx } from './docx/render.js';
import type { ExportFormat } from './formats.js';
import { destinationPages } from './pdf-destinations.js';
import { coverOverflow, renderHtml } from './html.js';
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

/**
 * The print template, printed: PDF is the HTML writer plus a printer (Chromium, or Electron's).
 * A kit's table of contents gives page numbers, which CSS cannot ask Chromium for (it has no
 * target-counter): the kit is printed once, the page of each section is read from that PDF's link
 * targets, and the kit is printed again with the numbers. The numbers' column has the same width
 * empty or full, so the second print has the same pages; should it not, it is read and printed
 * once more. The first print also shows whether the contents fit on the cover, which
 * contentsFitOnCover only estimates: the first section starts the page after the cover, so a
 * later one means the cover spilled, and the contents get a page of their own.
 */
const COVER_TRY_MM = 25;

export async function printPdf(doc: KitDocument, files: FileSource, printer: PdfPrinter): Promise<Uint8Array> {
  const options = { pageSize: doc.pageSize, title: doc.metadata.title, lang: doc.lang };
  // The estimate errs long (widest letters, no slack): within a few lines of fitting, the print decides.
  let contentsOnCover = coverOverflow(doc) <= COVER_TRY_MM;
  const print = async (contentsPages?: ReadonlyMap<string, number>) =>
    printer.print(await renderHtml(doc, files, { mode: 'print', contentsPages, contentsOnCover }), options);
  let pdf = await print();
  const first = doc.sections[0];
  if (!doc.cover || !first) return pdf;
  // Reading our own print back should not fail; if it does, the kit still goes out, its contents
  // unnumbered, and the export says so rather than failing on deadline.
  const landed = (bytes: Uint8Array) => destinationPages(bytes).then((d) => sectionPages(doc, d), () => new Map<string, number>());
  let pages = await landed(pdf);
  if (contentsOnCover && (pages.get(first.id) ?? 2) > 2) {
    contentsOnCover = false;
    pdf = await print();
    pages = await landed(pdf);
  }
  if (pages.size) {
    for (let attempt = 0; attempt < 2; attempt++) {
      pdf = await print(pages);
      const printed = await landed(pdf);
      if (samePages(printed, pages)) break;
      pages = printed;
    }
  }
  const missing = doc.sections.filter((s) => !pages.has(s.id));
  if (missing.length) doc.warnings.push(warning('CONTENTS_UNNUMBERED', { sections: missing.map((s) => `“${s.type === 'release' ? s.headline : s.title}”`) }));
  return pdf;
}

function sectionPages(doc: KitDocument, destinations: ReadonlyMap<string, number>): Map<string, number> {
  const pages = new Map<string, number>();
  for (const s of doc.sections) {
    const page = destinations.get(s.id);
    if (page !== undefined) pages.set(s.id, page);
  }
  return pages;
}

function samePages(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...a].every(([id, page]) => b.get(id) === page);
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
