import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { AppError } from '../model/errors.js';
import type { PdfPrinter, PdfPrintOptions } from '../export/pdf.js';

/**
 * A PdfPrinter driving the system's Chromium (never a downloaded one) through playwright-core.
 * One browser is launched on first use and kept warm for every later print of the process.
 */

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe',
];

export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.MEDIAKIT_CHROMIUM?.trim();
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new AppError(
      'PRINTER_UNAVAILABLE',
      {
        en: `MEDIAKIT_CHROMIUM points to ${fromEnv}, which does not exist.`,
        fr: `MEDIAKIT_CHROMIUM indique ${fromEnv}, qui n’existe pas. Corrigez ce chemin ou retirez la variable.`,
      },
      { path: fromEnv },
    );
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new AppError(
    'PRINTER_UNAVAILABLE',
    {
      en: 'No Chromium or Chrome was found to print PDF files. Install Chromium, or set MEDIAKIT_CHROMIUM to its path.',
      fr: 'Aucun navigateur Chromium ou Chrome n’a été trouvé pour imprimer les fichiers PDF. Installez Chromium ou indiquez son chemin dans la variable MEDIAKIT_CHROMIUM.',
    },
    { searched: CANDIDATES },
  );
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

function footerTemplate(o: PdfPrintOptions): string {
  const of = o.footerOf ?? 'of';
  // Chromium fills the .pageNumber/.totalPages spans; the template has no access to the page's fonts.
  return `<div style="width:100%;font-size:8px;font-family:'Noto Sans JP','Inter',Arial,sans-serif;color:#6b7280;text-align:center;padding:0 20mm">
${o.footerLabel ? `${escapeText(o.footerLabel)} ` : ''}<span class="pageNumber"></span> ${escapeText(of)} <span class="totalPages"></span></div>`;
}

function escapeText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export class ChromiumPdfPrinter implements PdfPrinter {
  private browser: Promise<Browser> | null = null;
  private page: Promise<Page> | null = null;
  /** Prints share one page, so they take turns. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly executablePath?: string) {}

  private launch(): Promise<Browser> {
    if (!this.browser) {
      const executablePath = this.executablePath ?? findChromium();
      this.browser = chromium.launch({ executablePath, args: ARGS, headless: true }).catch((err: unknown) => {
        this.browser = null;
        const why = err instanceof Error ? err.message : String(err);
        throw new AppError('PRINTER_UNAVAILABLE', {
          en: `Chromium at ${executablePath} could not be started: ${why}`,
          fr: `Chromium (${executablePath}) n’a pas pu être lancé\u00a0: ${why}`,
        });
      });
    }
    return this.browser;
  }

  /**
   * One context and page kept warm with the browser: a new context per print cost more than the
   * print itself. Safe to reuse because user content can leave nothing behind: JavaScript is off,
   * every request but data: and about: is refused, and each print replaces the whole document.
   */
  private warmPage(): Promise<Page> {
    if (!this.page) {
      this.page = (async () => {
        const browser = await this.launch();
        const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
        await context.route('**/*', (route) => {
          const url = route.request().url();
          return url.startsWith('data:') || url.startsWith('about:') ? route.continue() : route.abort();
        });
        return context.newPage();
      })().catch((err: unknown) => {
        this.page = null;
        throw err;
      });
    }
    return this.page;
  }

  print(html: string, options: PdfPrintOptions): Promise<Uint8Array> {
    const run = () => this.printNow(html, options);
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async printNow(html: string, options: PdfPrintOptions): Promise<Uint8Array> {
    const page = await this.warmPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => true)).catch(() => true);
      const pdf = await page.pdf({
        format: options.pageSize === 'a4' ? 'A4' : 'Letter',
        preferCSSPageSize: true,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<div></div>',
        footerTemplate: footerTemplate(options),
        margin: { top: '18mm', bottom: '20mm', left: '20mm', right: '20mm' },
        tagged: true,
        outline: true,
      });
      return new Uint8Array(pdf);
    } catch (err) {
      // A page that failed (crashed, or stuck on hostile content) is not reused.
      this.page = null;
      await page.context().close().catch(() => undefined);
      if (err instanceof AppError) throw err;
      const why = err instanceof Error ? err.message : String(err);
      throw new AppError('EXPORT_FAILED', { en: `The PDF could not be printed: ${why}`, fr: `Le PDF n’a pas pu être imprimé\u00a0: ${why}` });
    }
  }

  async close(): Promise<void> {
    const b = this.browser;
    this.browser = null;
    this.page = null;
    if (b) await (await b.catch(() => null))?.close();
  }
}

/** A new printer; the handler context keeps one per process, so one browser stays warm. */
export function createChromiumPrinter(executablePath?: string): PdfPrinter {
  return new ChromiumPdfPrinter(executablePath);
}
