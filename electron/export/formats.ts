/**
 * The formats the app exports: the name a format goes by (API, CLI, interface), the extension of
 * its file and the media type it is served and attached with. Nothing is imported here, so the API
 * contract, the command line and the interface can read the list without loading any writer; the
 * writer of each format is in writers.ts, keyed by the same names (a format without a writer does
 * not compile).
 */
export const EXPORT_FORMATS = {
  docx: { extension: 'docx', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { extension: 'pdf', mime: 'application/pdf', printed: true },
  // The bundle holds the PDF.
  zip: { extension: 'zip', mime: 'application/zip', printed: true },
  md: { extension: 'md', mime: 'text/markdown; charset=utf-8' },
  html: { extension: 'html', mime: 'text/html; charset=utf-8' },
  vcf: { extension: 'vcf', mime: 'text/vcard; charset=utf-8' },
  /** A kit package another officer opens in their own library (electron/export/kit-package.ts). */
  mkit: { extension: 'mkit', mime: 'application/vnd.mediakit.kit+zip' },
} as const satisfies Record<string, { extension: string; mime: string; printed?: true }>;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/** The format names, in the table's order (the order files are listed and written in). */
export const EXPORT_FORMAT_NAMES = Object.keys(EXPORT_FORMATS) as [ExportFormat, ...ExportFormat[]];

/** Whether writing these formats prints a PDF (starts a browser): a row with `printed`. */
export function needsPrinter(formats: readonly ExportFormat[]): boolean {
  return formats.some((f) => 'printed' in EXPORT_FORMATS[f]);
}
