import { AppError, type LibraryDocument } from '../model/index.js';
import { renderDocx } from './docx/render.js';
import { exportFileName } from './file-names.js';
import { renderHtml } from './html.js';
import { resolveKit, resolveRelease } from './kit.js';
import type { FileSource, KitDocument, PageSize } from './kit-document.js';
import { renderMarkdown } from './markdown.js';
import type { PdfPrinter } from './pdf.js';
import { renderVcards } from './vcard.js';
import { renderBundle } from './zip.js';

export const EXPORT_FORMATS = ['docx', 'pdf', 'zip', 'md', 'html', 'vcf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  format: ExportFormat;
  name: string;
  bytes: Uint8Array;
}

export interface ExportResult {
  files: ExportedFile[];
  warnings: string[];
  doc: KitDocument;
}

export interface ExportOptions {
  files: FileSource;
  /** Only needed for pdf and zip; asked for lazily so other formats never start a browser. */
  printer?: PdfPrinter | (() => Promise<PdfPrinter>);
  uiLang?: 'fr' | 'en';
  now?: Date;
}

/** Common mail systems cap a message near 25 MB and base64 adds a third: above 10 MB attached, warn. */
export const EMAIL_LIMIT_BYTES = 10 * 1024 * 1024;

async function printerOf(opts: ExportOptions): Promise<PdfPrinter> {
  if (!opts.printer) {
    throw new AppError('PRINTER_UNAVAILABLE', { en: 'No PDF printer is available for this export.', fr: 'Aucune imprimante PDF n’est disponible pour cette exportation.' });
  }
  return typeof opts.printer === 'function' ? opts.printer() : opts.printer;
}

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

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
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

export async function exportDocument(doc: KitDocument, formats: readonly ExportFormat[], options: ExportOptions): Promise<ExportResult> {
  const opts: ExportOptions = { ...options, files: namedFiles(doc, options.files, options.uiLang) };
  const wanted = [...new Set(formats)];
  const name = (ext: string) => exportFileName(doc.slugBase, doc.lang, ext);
  let docx: Uint8Array | undefined;
  let pdf: Uint8Array | undefined;
  const needDocx = wanted.includes('docx') || wanted.includes('zip');
  const needPdf = wanted.includes('pdf') || wanted.includes('zip');
  if (needDocx) docx = await renderDocx(doc, opts.files);
  if (needPdf) pdf = await printPdf(doc, opts.files, await printerOf(opts));
  const out: ExportedFile[] = [];
  const warnings = [...doc.warnings];
  for (const format of wanted) {
    switch (format) {
      case 'docx':
        if (docx) out.push({ format, name: name('docx'), bytes: docx });
        break;
      case 'pdf':
        if (pdf) out.push({ format, name: name('pdf'), bytes: pdf });
        break;
      case 'html':
        out.push({ format, name: name('html'), bytes: new TextEncoder().encode(await renderHtml(doc, opts.files, { mode: 'preview' })) });
        break;
      case 'md':
        out.push({ format, name: name('md'), bytes: new TextEncoder().encode(renderMarkdown(doc)) });
        break;
      case 'vcf':
        out.push({ format, name: name('vcf'), bytes: renderVcards(doc.allContacts) });
        break;
      case 'zip': {
        const bundle = await renderBundle({
          doc,
          files: opts.files,
          ...(docx ? { docx } : {}),
          ...(pdf ? { pdf } : {}),
          ...(opts.now ? { now: opts.now } : {}),
        });
        out.push({ format, name: name('zip'), bytes: bundle.bytes });
        break;
      }
    }
  }
  warnings.push(...sizeWarnings(doc, out, opts.uiLang ?? 'en'));
  return { files: out, warnings, doc };
}

/**
 * What would be attached: the bundle alone if there is one (it holds the rest), else every file.
 * Over the limit, the warning names what weighs most, logos included (they are the usual culprits).
 */
function sizeWarnings(doc: KitDocument, files: readonly ExportedFile[], uiLang: 'fr' | 'en'): string[] {
  const zip = files.find((f) => f.format === 'zip');
  const attached = zip ? [zip] : files.filter((f) => f.format !== 'html');
  const total = attached.reduce((n, f) => n + f.bytes.byteLength, 0);
  if (total <= EMAIL_LIMIT_BYTES) return [];
  const weights = [
    ...files.filter((f) => f.format !== 'zip').map((f) => ({ name: f.name, bytes: f.bytes.byteLength })),
    ...(zip ? doc.allLogos.map((l) => ({ name: `logos/${l.originalFileName}`, bytes: l.bytes })) : []),
  ]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3)
    .map((w) => `${w.name} (${mb(w.bytes)})`)
    .join(', ');
  return [
    uiLang === 'fr'
      ? `Les pièces jointes pèsent ${mb(total)}, plus que les 10 MB qu’un courriel porte sans risque. Les plus lourdes : ${weights}.`
      : `The attachments weigh ${mb(total)}, more than the 10 MB an e-mail safely carries. Heaviest: ${weights}.`,
  ];
}

export async function exportKit(
  doc: LibraryDocument,
  kitId: string,
  formats: readonly ExportFormat[],
  opts: ExportOptions,
): Promise<ExportResult> {
  return exportDocument(resolveKit(doc, kitId, { uiLang: opts.uiLang ?? 'en' }), formats, opts);
}

export async function exportRelease(
  doc: LibraryDocument,
  releaseId: string,
  formats: readonly ExportFormat[],
  opts: ExportOptions & { pageSize?: PageSize },
): Promise<ExportResult> {
  return exportDocument(resolveRelease(doc, releaseId, { ...(opts.pageSize ? { pageSize: opts.pageSize } : {}), uiLang: opts.uiLang ?? 'en' }), formats, opts);
}
