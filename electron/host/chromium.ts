import { existsSync } from 'node:fs';
import { AppError } from '../model/errors.js';
import type { PdfPrinter, PdfPrintOptions } from '../export/pdf.js';
import { familyName, fontFaces } from '../export/fonts.js';
import { printCss } from '../export/print-css.js';
import { CdpBrowser, type CdpEvent } from './cdp-pipe.js';
import { FontServer } from './served-fonts.js';

/**
 * A PdfPrinter driving the system's Chromium (never a downloaded one) over the DevTools protocol.
 * One browser and one page are made on first use (or early, see startPrinterEarly) and kept warm
 * for every later print of the process.
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
  '--headless',
  '--no-sandbox',
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
  // Colours of logos are printed as sRGB whatever the machine's display profile.
  '--force-color-profile=srgb',
  // Defence in depth behind the request handler: anything that slipped past it would meet a dead proxy.
  '--proxy-server=127.0.0.1:9',
  '--proxy-bypass-list=<-loopback>',
];

/** The generic families Chromium falls back to (as playwright sets them), so that pages print the same everywhere. */
const FONT_FAMILIES: Record<string, Record<string, string>> = {
  linux: { standard: 'Times New Roman', fixed: 'Monospace', serif: 'Times New Roman', sansSerif: 'Arial', cursive: 'Comic Sans MS', fantasy: 'Impact' },
  darwin: { standard: 'Times', fixed: 'Courier', serif: 'Times', sansSerif: 'Helvetica', cursive: 'Apple Chancery', fantasy: 'Papyrus' },
  win32: { standard: 'Times New Roman', fixed: 'Consolas', serif: 'Times New Roman', sansSerif: 'Arial', cursive: 'Comic Sans MS', fantasy: 'Impact' },
};

const PAPER = { letter: { width: 8.5, height: 11 }, a4: { width: 8.27, height: 11.7 } } as const;
/** Millimetres to inches the way the margins were always converted (3.78 px per mm), so pages keep their size. */
const inches = (mm: number) => (mm * 3.78) / 96;

/** A print that takes longer is stuck on something (hostile content, a hung renderer). */
const PRINT_TIMEOUT_MS = 60_000;

/** Every declared face loaded before printing: Chromium prints with whatever has arrived. */
const FONTS_LOADED = `Promise.all(Array.from(document.fonts, (f) => f.status === 'unloaded' ? f.load().catch(() => null) : null)).then(() => document.fonts.ready).then(() => true)`;

/**
 * The page is only ever printed, never looked at, yet a visible page is also styled, laid out and
 * painted for the screen: a third of the renderer's work for each print. A screen-only rule at the
 * top of the page's first style sheet (where the template keeps its own) leaves print untouched.
 */
function unseen(html: string): string {
  const at = html.indexOf('<style>');
  return at < 0 ? html : `${html.slice(0, at)}<style>@media screen { html { display: none } }\n${html.slice(at + '<style>'.length)}`;
}

function footerTemplate(o: PdfPrintOptions): string {
  const of = o.footerOf ?? 'of';
  // Chromium fills the .pageNumber/.totalPages spans; the template has no access to the page's fonts.
  return `<div style="width:100%;font-size:8px;font-family:'Noto Sans JP','Inter',Arial,sans-serif;color:#6b7280;text-align:center;padding:0 20mm">
${o.footerLabel ? `${escapeText(o.footerLabel)} ` : ''}<span class="pageNumber"></span> ${escapeText(of)} <span class="totalPages"></span></div>`;
}

function escapeText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Fonts are served by URL from one map per process: the same font always has the same URL. */
const fonts = new FontServer();

function launchFailed(executablePath: string, err: unknown): AppError {
  const why = err instanceof Error ? err.message : String(err);
  return new AppError('PRINTER_UNAVAILABLE', {
    en: `Chromium at ${executablePath} could not be started: ${why}`,
    fr: `Chromium (${executablePath}) n’a pas pu être lancé\u00a0: ${why}`,
  });
}

/**
 * The page prints are made in: JavaScript off, every request answered by `onEvent` (our fonts, or
 * refused), frames in other processes held until they are under the same rules.
 */
class PrintPage {
  /** Set when the page left our document or its renderer died: it is not printed in again. */
  broken = false;
  /** Rejects when the page or its browser dies, so that a print waiting for an event fails at once. */
  readonly gone: Promise<never>;
  private die: (why: string) => void = () => undefined;
  private readonly off: () => void;
  private waiters: { method: string; resolve: () => void }[] = [];

  private constructor(
    readonly browser: CdpBrowser,
    readonly targetId: string,
    readonly sessionId: string,
  ) {
    this.gone = new Promise<never>((_, reject) => {
      this.die = (why) => {
        this.broken = true;
        reject(new Error(why));
      };
    });
    // Only prints race it; a page that dies between prints must not be an unhandled rejection.
    this.gone.catch(() => undefined);
    this.off = browser.on((e) => this.onEvent(e));
    void browser.exit.then(() => this.die('the browser exited'));
  }

  static async open(browser: CdpBrowser): Promise<PrintPage> {
    const { targetId } = await browser.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await browser.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
    const page = new PrintPage(browser, targetId, sessionId);
    const s = (method: string, params: Record<string, unknown> = {}) => browser.send(method, params, sessionId);
    try {
      await Promise.all([
        s('Emulation.setScriptExecutionDisabled', { value: true }),
        s('Fetch.enable', { patterns: [{ urlPattern: '*' }] }),
        s('Page.enable'),
        s('Inspector.enable'),
        s('Page.setFontFamilies', { fontFamilies: FONT_FAMILIES[process.platform] ?? FONT_FAMILIES.linux }),
        s('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }),
      ]);
    } catch (err) {
      await page.close();
      throw err;
    }
    return page;
  }

  send<R extends Record<string, unknown> = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}): Promise<R> {
    return this.browser.send<R>(method, params, this.sessionId);
  }

  /** Resolves at the next `method` event of this page. */
  next(method: string): Promise<void> {
    return new Promise((resolve) => this.waiters.push({ method, resolve }));
  }

  async close(): Promise<void> {
    this.broken = true;
    this.off();
    await this.browser.send('Target.closeTarget', { targetId: this.targetId }).catch(() => undefined);
  }

  private onEvent(e: CdpEvent): void {
    const b = this.browser;
    if (e.method === 'Fetch.requestPaused') {
      if (!e.sessionId || (e.sessionId !== this.sessionId && !this.children.has(e.sessionId))) return;
      const requestId = e.params.requestId as string;
      const url = (e.params.request as { url?: string } | undefined)?.url ?? '';
      const body = fonts.base64(url);
      const reply = body
        ? b.send('Fetch.fulfillRequest', {
            requestId,
            responseCode: 200,
            responseHeaders: [
              { name: 'Content-Type', value: 'font/woff2' },
              { name: 'Access-Control-Allow-Origin', value: '*' },
              { name: 'Cache-Control', value: 'public, max-age=31536000, immutable' },
            ],
            body,
          }, e.sessionId)
        : b.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' }, e.sessionId);
      reply.catch(() => undefined);
      return;
    }
    if (e.method === 'Target.attachedToTarget' && e.sessionId === this.sessionId) {
      // A frame in another process: same rules as the page before it may run.
      const child = e.params.sessionId as string;
      this.children.add(child);
      const c = (method: string, params: Record<string, unknown> = {}) => b.send(method, params, child).catch(() => undefined);
      void Promise.all([c('Emulation.setScriptExecutionDisabled', { value: true }), c('Fetch.enable', { patterns: [{ urlPattern: '*' }] })]).then(() =>
        c('Runtime.runIfWaitingForDebugger'),
      );
      return;
    }
    if (e.method === 'Target.detachedFromTarget' && e.params.sessionId === this.sessionId) {
      this.die('the page was closed');
      b.failSession(this.sessionId, 'the page was closed');
      return;
    }
    if (e.sessionId !== this.sessionId) return;
    if (e.method === 'Inspector.targetCrashed') {
      this.die('the page crashed');
      b.failSession(this.sessionId, 'the page crashed');
    } else if (e.method === 'Page.frameNavigated') {
      const frame = e.params.frame as { parentId?: string; url?: string } | undefined;
      // Our documents are written into about:blank; a page that went elsewhere (a meta refresh) is done for.
      if (frame && !frame.parentId && frame.url !== 'about:blank') this.broken = true;
    }
    const due = this.waiters.filter((w) => w.method === e.method);
    if (due.length) {
      this.waiters = this.waiters.filter((w) => w.method !== e.method);
      for (const w of due) w.resolve();
    }
  }

  private readonly children = new Set<string>();
}

async function launchPage(executablePath: string): Promise<PrintPage> {
  let browser: CdpBrowser;
  try {
    browser = await CdpBrowser.launch(executablePath, ARGS);
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

async function render(page: PrintPage, html: string, options: PdfPrintOptions): Promise<Uint8Array> {
  // Waiting for the load event is waiting for no command: the process must stay alive meanwhile.
  const release = page.browser.retain();
  try {
    return await renderHeld(page, html, options);
  } finally {
    release();
  }
}

async function renderHeld(page: PrintPage, html: string, options: PdfPrintOptions): Promise<Uint8Array> {
  const loaded = page.next('Page.loadEventFired');
  await page.send('Page.setDocumentContent', { frameId: page.targetId, html: unseen(fonts.serve(html)) });
  await loaded;
  await page.send('Runtime.evaluate', { expression: FONTS_LOADED, awaitPromise: true, returnByValue: true });
  if (page.broken) throw new Error('the page navigated away from the document');
  const paper = PAPER[options.pageSize];
  const { data } = await page.send<{ data: string }>('Page.printToPDF', {
    landscape: false,
    displayHeaderFooter: true,
    headerTemplate: '<div></div>',
    footerTemplate: footerTemplate(options),
    printBackground: true,
    scale: 1,
    paperWidth: paper.width,
    paperHeight: paper.height,
    marginTop: inches(18),
    marginBottom: inches(20),
    marginLeft: inches(20),
    marginRight: inches(20),
    pageRanges: '',
    preferCSSPageSize: true,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  });
  if (page.broken) throw new Error('the page navigated away from the document');
  return new Uint8Array(Buffer.from(data, 'base64'));
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
  await render(page, html, { pageSize: 'letter', title: '-', lang: 'fr', footerLabel: 'Page', footerOf: 'de' });
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
          if (page?.browser.running && !page.broken) return page;
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
    if (!page.broken && page.browser.running) return page;
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
