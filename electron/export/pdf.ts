/**
 * PDF is a writer plus an engine: the HTML writer makes the page, a PdfPrinter prints it.
 * System Chromium (electron/host/chromium.ts) in the CLI, the web host and tests;
 * Electron's printToPDF in the desktop app.
 */
export interface PdfPrintOptions {
  pageSize: 'letter' | 'a4';
  title: string;
  lang: string;
  /** "Page" / "Page" / "ページ": the footer's word before the page numbers. */
  footerLabel: string;
  /** "of" / "de": between the page number and the page count. */
  footerOf?: string;
}

export interface PdfPrinter {
  print(html: string, options: PdfPrintOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}
