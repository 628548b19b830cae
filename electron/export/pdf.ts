/**
 * PDF is a writer plus an engine: the HTML writer makes the page, a PdfPrinter prints it.
 * System Chromium (electron/host/chromium.ts) in the CLI, the web host and tests;
 * Electron's printToPDF in the desktop app. The page's folio is in the page itself (an @page
 * margin box of the print template), so it is set in the document's own typeface: Chromium's
 * footer template cannot use the page's web fonts (it is painted before they load).
 */
export interface PdfPrintOptions {
  pageSize: 'letter' | 'a4';
  title: string;
  lang: string;
}

export interface PdfPrinter {
  print(html: string, options: PdfPrintOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}
