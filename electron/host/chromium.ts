import { existsSync } from 'node:fs';
import { AppError } from '../model/errors.js';
import type { PdfPrinter, PdfPrintOptions } from '../export/pdf.js';
import { familyName, fontFaces } from '../export/fonts.js';
import { printCss } from '../export/print-css.js';
import { CdpBrowser } from './cdp-pipe.js';
import { PrintPage, render } from './print-page.js';
import { sandboxArgs } from './chromium-sandbox.js';

/**
 * A PdfPrinter driving the system's Chromium (never a downloaded one) over the DevTools protocol.
 * One browser and one page are made on first use (or early, see startPrinterEarly) and kept warm
 * for every later print of the process.
 */

/**
 * Chromium's headless shell (Debian: chromium-headless-shell; Google ships it as chrome-headless-shell)
 * is the same engine without the browser around it: a cold print starts ~2.5× sooner and a warm one
 * is faster too. With `--font-render-hinting=none` (in ARGS) its pages are identical to the full
 * browser's (checked on a 15-page kit: same text layout, same fonts, pixel-identical pages).
 */
const HEADLESS_SHELLS = ['/usr/lib/chromium/chromium-headless-shell', '/usr/bin/chromium-headless-shell'];

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

/** The Chromium to print with: `MEDIAKIT_CHROMIUM`, else a headless shell, else a browser (`printing: false` skips the shell). */
export function findChromium(env: NodeJS.ProcessEnv = process.env, { printing = true }: { printing?: boolean } = {}): string {
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
  const found = [...(printing ? HEADLESS_SHELLS : []), ...CANDIDATES].find((p) => existsSync(p));
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
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--no-default-browser-check',
  '--no-service-autorun',
  '--no-startup-window',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-breakpad',
  '--disable-extensions',
  '--disable-default-apps',
  '--disable-field-trial-config',
  '--disable-search-engine-choice-screen',
  '--disable-features=OptimizationHints,NetworkTimeServiceQuerying,MediaRouter,AimEnabled,PreconnectToSearch,LensOverlay,PaintHolding',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--disable-hang-monitor',
  '--password-store=basic',
  '--use-mock-keychain',
  '--metrics-recording-only',
  '--mute-audio',
  '--hide-scrollbars',
  // Glyph advances unhinted, as the full browser lays text out: the headless shell otherwise hints them.
  '--font-render-hinting=none',
  // Colours of logos are printed as sRGB whatever the machine's display profile.
  '--force-color-profile=srgb',
  // Defence in depth behind the request handler: anything that slipped past it would meet a dead proxy.
  '--proxy-server=127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
];

/** A print that takes longer is stuck on something (hostile content, a hung renderer). */
const PRINT_TIMEOUT_MS = 60_000;

function launchFailed(executablePath: string, err: unknown): AppError {
  const why = err instanceof Error ? err.message : String(err);
  return new AppError('PRINTER_UNAVAILABLE', {
    en: `Chromium at ${executablePath} could not be started: ${why}`,
    fr: `Chromium (${executablePath}) n’a pas pu être lancé\u00a0: ${why}`,
  });
}

async function launchPage(executablePath: string): Promise<PrintPage> {
  let browser: CdpBrowser;
  try {
    browser = await CdpBrowser.launch(executablePath, [...ARGS, ...sandboxArgs()]);
  } catch (err) {
    throw launchFailed(executablePath, err);
  }
  try {
    return await PrintPage.open(browser);
  } catch (err) {
    await browser.close();
    throw launchFailed(executablePath, err);
  }
}

/** Latin and common Japanese text: the font subsets most kits print with. */
const WARM_TEXT = 'Québec, le 16 juin 2025 — « Pour diffusion immédiate » BOSTON, June 16: 2025 – 30 –. 東京都の株式会社が新しい研究成果を発表しました。山田花子、広報担当。';

/**
 * One small page printed and thrown away, with the template's style sheet and its usual fonts:
 * the first real print then finds the renderer's layout, shaping and PDF code warm and the
 * common fonts decoded (each served at the URL the real print will ask for). About 0.3 s of a
 * cold process's first print, moved to while the process is still opening its library.
 */
async function warmUp(page: PrintPage): Promise<void> {
  const faces = await Promise.all([fontFaces('inter', WARM_TEXT), fontFaces('jp', WARM_TEXT)]);
  const jp = `'${familyName('jp')}'`;
  const css = printCss({ pageSize: 'letter', accent: '#1f4e79', textFont: `'${familyName('inter')}', ${jp}, serif`, headFont: `'${familyName('inter')}', ${jp}, sans-serif` });
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>-</title><style>\n${faces.map((f) => f.css).join('\n')}\n${css}</style></head>
<body class="print letter"><article class="page release"><h1>${WARM_TEXT}</h1><p><strong>${WARM_TEXT}</strong> <em>${WARM_TEXT}</em> ${WARM_TEXT}</p><ul><li>${WARM_TEXT}</li></ul></article></body></html>`;
  await render(page, html, { pageSize: 'letter', title: '-', lang: 'fr' });
}

/** A browser started by startPrinterEarly, waiting for the first printer of the process. */
let early: { page: Promise<PrintPage>; asked: { yes: boolean } } | null = null;

/**
 * Starts Chromium and its print page now, without waiting, so that the launch overlaps with
 * whatever the process does before its first print (opening the library, building the HTML).
 * The next printer made by createChromiumPrinter() (with no explicit path) takes it over.
 * Idempotent while that launch is waiting to be taken; never throws, never leaves a rejection
 * unhandled: a failure is reported by the print itself, which then tries again.
 */
export function startPrinterEarly(): void {
  if (early) return;
  let executablePath: string;
  try {
    executablePath = findChromium();
  } catch {
    return;
  }
  const asked = { yes: false };
  const page = launchPage(executablePath).then(async (p) => {
    // Only while nobody waits: a print already asked for would wait for the warm-up instead.
    // A failed warm-up costs nothing but time; a page it broke is replaced.
    if (!asked.yes) await Promise.race([warmUp(p), p.gone]).catch(() => undefined);
    return p;
  });
  const started = { page, asked };
  page.catch(() => {
    if (early === started) early = null;
  });
  early = started;
}

function takeEarly(): Promise<PrintPage> | null {
  const taken = early;
  early = null;
  if (!taken) return null;
  taken.asked.yes = true;
  return taken.page;
}

export class ChromiumPdfPrinter implements PdfPrinter {
  private page: Promise<PrintPage> | null = null;
  /** Prints share one page, so they take turns. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly executablePath?: string) {}

  /**
   * One page kept warm with the browser. Safe to reuse because user content can leave nothing
   * behind: JavaScript is off, every request but our fonts is refused, and each print replaces the
   * whole document; a page that navigated away or crashed is replaced.
   */
  private warmPage(): Promise<PrintPage> {
    if (!this.page) {
      const fresh = () => launchPage(this.executablePath ?? findChromium());
      const adopted = this.executablePath ? null : takeEarly();
      this.page = (async () => {
        if (adopted) {
          const page = await adopted.catch(() => null);
          if (page?.browser.running && !page.broken && !page.retired) return page;
          await page?.browser.close();
        }
        return fresh();
      })();
      this.page.catch(() => {
        this.page = null;
      });
    }
    return this.page;
  }

  private async usablePage(): Promise<PrintPage> {
    const page = await this.warmPage();
    if (!page.broken && !page.retired && page.browser.running) return page;
    this.page = null;
    if (page.browser.running) {
      // Same browser, new page.
      await page.close();
      this.page = PrintPage.open(page.browser);
      this.page.catch(() => {
        this.page = null;
      });
      return this.page;
    }
    await page.browser.close();
    return this.warmPage();
  }

  print(html: string, options: PdfPrintOptions): Promise<Uint8Array> {
    const run = () => this.printNow(html, options);
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async printNow(html: string, options: PdfPrintOptions): Promise<Uint8Array> {
    const page = await this.usablePage();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no PDF after ${PRINT_TIMEOUT_MS / 1000} s`)), PRINT_TIMEOUT_MS);
    });
    try {
      const pdf = await Promise.race([render(page, html, options), timeout, page.gone]);
      return pdf;
    } catch (err) {
      // A page that failed (crashed, or stuck on hostile content) is not reused.
      page.broken = true;
      if (err instanceof AppError) throw err;
      const why = err instanceof Error ? err.message : String(err);
      throw new AppError('EXPORT_FAILED', { en: `The PDF could not be printed: ${why}`, fr: `Le PDF n’a pas pu être imprimé\u00a0: ${why}` });
    } finally {
      clearTimeout(timer);
    }
  }

  async close(): Promise<void> {
    const page = this.page;
    this.page = null;
    const p = page ? await page.catch(() => null) : null;
    await p?.browser.close();
  }
}

/** A new printer; the handler context keeps one per process, so one browser stays warm. */
export function createChromiumPrinter(executablePath?: string): PdfPrinter {
  return new ChromiumPdfPrinter(executablePath);
}
