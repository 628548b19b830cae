import { AppError, type LibraryDocument } from '../model/index.js';
import type { Warning } from '../model/warnings.js';
import { exportFileName } from './file-names.js';
import { EXPORT_FORMATS, type ExportFormat } from './formats.js';
import { resolveKit, resolveRelease } from './kit.js';
import type { FileSource, KitDocument, PageSize } from './kit-document.js';
import type { PdfPrinter } from './pdf.js';
import { noPrinter, WRITERS, type WriterJob } from './writers.js';

export interface ExportedFile {
  format: ExportFormat;
  name: string;
  /** The media type it is served and attached with. */
  mime: string;
  bytes: Uint8Array;
}

export interface ExportResult {
  files: ExportedFile[];
  warnings: Warning[];
  doc: KitDocument;
}

export interface ExportOptions {
  files: FileSource;
  /** Only needed for pdf and zip; asked for lazily so other formats never start a browser. */
  printer?: PdfPrinter | (() => Promise<PdfPrinter>);
  uiLang?: 'fr' | 'en';
  now?: Date;
  /** The library the document comes from (the .mkit row packs its entities). */
  library?: LibraryDocument;
}

function printerOf(opts: ExportOptions): () => Promise<PdfPrinter> {
  const { printer } = opts;
  if (!printer) return noPrinter;
  return typeof printer === 'function' ? printer : () => Promise.resolve(printer);
}

/**
 * The store reports a missing or altered file by its hash; the officer needs to know which logo it is,
 * to import it again. Nothing is exported without it: a kit silently missing its logo is worse than none.
 */
export function namedFiles(doc: KitDocument, files: FileSource, uiLang: 'fr' | 'en' = 'en'): FileSource {
  return {
    async read(sha256) {
      try {
        return await files.read(sha256);
      } catch (err) {
        const logo = [...doc.allLogos, ...(doc.cover?.logos ?? [])].find((l) => l.sha256 === sha256);
        if (!(err instanceof AppError) || err.code !== 'FILE_MISSING' || !logo) throw err;
        const what = `${logo.organization ? `${logo.organization} – ` : ''}${logo.name} (${logo.variant}, ${logo.originalFileName})`;
        const message =
          uiLang === 'fr'
            ? `Le logo ${what} ne peut pas être exporté\u00a0: ${err.messageIn('fr')} Importez ce logo de nouveau ou restaurez une sauvegarde de la bibliothèque.`
            : `The logo ${what} cannot be exported: ${err.message} Import that logo again, or restore a backup of the library.`;
        throw new AppError('FILE_MISSING', message, { sha256, logo: logo.name, organization: logo.organization, fileName: logo.originalFileName });
      }
    },
  };
}

/**
 * Writes a document in each format asked for, through the table of writers (writers.ts). A file
 * that another format also holds (the ZIP's DOCX and PDF) is written once.
 */
export async function exportDocument(doc: KitDocument, formats: readonly ExportFormat[], options: ExportOptions): Promise<ExportResult> {
  const files = namedFiles(doc, options.files, options.uiLang);
  const outputs = new Map<ExportFormat, Promise<Uint8Array>>();
  const job: WriterJob = {
    doc,
    files,
    printer: printerOf(options),
    now: options.now ?? new Date(),
    ...(options.library ? { library: options.library } : {}),
    output(format) {
      let bytes = outputs.get(format);
      if (!bytes) {
        bytes = WRITERS[format](job);
        outputs.set(format, bytes);
      }
      return bytes;
    },
  };
  const out: ExportedFile[] = [];
  for (const format of new Set(formats)) {
    const { extension, mime } = EXPORT_FORMATS[format];
    out.push({ format, name: exportFileName(doc.slugBase, doc.lang, extension), mime, bytes: await job.output(format) });
  }
  return { files: out, warnings: doc.warnings, doc };
}

export async function exportKit(
  doc: LibraryDocument,
  kitId: string,
  formats: readonly ExportFormat[],
  opts: ExportOptions,
): Promise<ExportResult> {
  return exportDocument(resolveKit(doc, kitId, { uiLang: opts.uiLang ?? 'en' }), formats, { library: doc, ...opts });
}

export async function exportRelease(
  doc: LibraryDocument,
  releaseId: string,
  formats: readonly ExportFormat[],
  opts: ExportOptions & { pageSize?: PageSize },
): Promise<ExportResult> {
  return exportDocument(resolveRelease(doc, releaseId, { ...(opts.pageSize ? { pageSize: opts.pageSize } : {}), uiLang: opts.uiLang ?? 'en' }), formats, { library: doc, ...opts });
}
