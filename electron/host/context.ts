import type { HandlerContext, Transport } from '../api/define.js';
import type { PdfPrinter } from '../export/pdf.js';
import type { Library } from '../library/library.js';

export type PrinterFactory = () => Promise<PdfPrinter>;

/**
 * The system-Chromium printer, loaded when a PDF is first asked for. A command that knows it will
 * print can start the browser sooner with startPrinterEarly() (./chromium.js): this factory's
 * printer then takes that browser over.
 */
export const chromiumPrinterFactory: PrinterFactory = async () => {
  const { createChromiumPrinter } = await import('./chromium.js');
  return createChromiumPrinter();
};

/**
 * What handlers receive. The printer is started on first use and then kept, so a process
 * that exports several times keeps one browser warm.
 */
export function createContext(library: Library, transport: Transport, factory: PrinterFactory = chromiumPrinterFactory): HandlerContext & { dispose(): Promise<void> } {
  let printer: Promise<PdfPrinter> | null = null;
  return {
    library,
    transport,
    uiLang: 'en',
    printer() {
      printer ??= factory().catch((err: unknown) => {
        printer = null;
        throw err;
      });
      return printer;
    },
    async dispose() {
      if (printer) await (await printer.catch(() => null))?.close();
      printer = null;
    },
  };
}

/** "fr-CA,fr;q=0.9" → 'fr'. Messages are in French or English. */
export function uiLangFrom(value: string | null | undefined): 'fr' | 'en' {
  return value && /^\s*fr(?:[-_.,;]|$)/i.test(value) ? 'fr' : 'en';
}
