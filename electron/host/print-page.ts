import type { PdfPrintOptions } from '../export/pdf.js';
import type { CdpBrowser, CdpEvent, CdpEventName, CdpMethod, CdpParams, CdpResult, CdpSession } from './cdp-pipe.js';
import { FontServer } from './served-fonts.js';

/**
 * The page the Chromium printer prints in, and one print: the document written into about:blank,
 * its fonts served from memory, everything loaded, then Page.printToPDF with the footer.
 */

/** The generic families Chromium falls back to (as playwright sets them), so that pages print the same everywhere. */
const FONT_FAMILIES: Record<string, Record<string, string>> = {
  linux: { standard: 'Times New Roman', fixed: 'Monospace', serif: 'Times New Roman', sansSerif: 'Arial', cursive: 'Comic Sans MS', fantasy: 'Impact' },
  darwin: { standard: 'Times', fixed: 'Courier', serif: 'Times', sansSerif: 'Helvetica', cursive: 'Apple Chancery', fantasy: 'Papyrus' },
  win32: { standard: 'Times New Roman', fixed: 'Consolas', serif: 'Times New Roman', sansSerif: 'Arial', cursive: 'Comic Sans MS', fantasy: 'Impact' },
};

const PAPER = { letter: { width: 8.5, height: 11 }, a4: { width: 8.27, height: 11.7 } } as const;
/** Millimetres to inches the way the margins were always converted (3.78 px per mm), so pages keep their size. */
const inches = (mm: number) => (mm * 3.78) / 96;

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

/** Fonts are served by URL from one map per process: the same font always has the same URL. */
const fonts = new FontServer();

/**
 * The page prints are made in: JavaScript off, every request answered by `onEvent` (our fonts, or
 * refused), frames in other processes held until they are under the same rules.
 */
export class PrintPage {
  /** Set when the page left our document or its renderer died: it is not printed in again. */
  broken = false;
  /** Set when the document asked to navigate: the page finishes its print, then is replaced. */
  retired = false;
  /** Rejects when the page or its browser dies, so that a print waiting for an event fails at once. */
  readonly gone: Promise<never>;
  private die: (why: string) => void = () => undefined;
  private readonly off: () => void;
  private waiters: { method: CdpEventName; resolve: () => void }[] = [];
  private readonly session: CdpSession;

  private constructor(
    readonly browser: CdpBrowser,
    readonly targetId: string,
    readonly sessionId: string,
  ) {
    this.session = browser.session(sessionId);
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
    const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank' });
    const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
    const page = new PrintPage(browser, targetId, sessionId);
    const s = page.session;
    try {
      await Promise.all([
        s.send('Emulation.setScriptExecutionDisabled', { value: true }),
        s.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }),
        s.send('Page.enable'),
        s.send('Inspector.enable'),
        s.send('Page.setFontFamilies', { fontFamilies: FONT_FAMILIES[process.platform] ?? FONT_FAMILIES.linux! }),
        s.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true }),
      ]);
    } catch (err) {
      await page.close();
      throw err;
    }
    return page;
  }

  send<M extends CdpMethod>(method: M, ...params: CdpParams<M>): Promise<CdpResult<M>> {
    return this.session.send(method, ...params);
  }

  /** Resolves at the next `method` event of this page. */
  next(method: CdpEventName): Promise<void> {
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
      const { requestId } = e.params;
      const body = fonts.base64(e.params.request.url);
      const from = b.session(e.sessionId);
      const reply = body
        ? from.send('Fetch.fulfillRequest', {
            requestId,
            responseCode: 200,
            responseHeaders: [
              { name: 'Content-Type', value: 'font/woff2' },
              { name: 'Access-Control-Allow-Origin', value: '*' },
              { name: 'Cache-Control', value: 'public, max-age=31536000, immutable' },
            ],
            body,
          })
        : from.send('Fetch.failRequest', { requestId, errorReason: 'BlockedByClient' });
      reply.catch(() => undefined);
      return;
    }
    if (e.method === 'Target.attachedToTarget' && e.sessionId === this.sessionId) {
      // A frame in another process: same rules as the page before it may run.
      const child = b.session(e.params.sessionId);
      this.children.add(child.sessionId);
      const quiet = <T>(p: Promise<T>) => p.catch(() => undefined);
      void Promise.all([
        quiet(child.send('Emulation.setScriptExecutionDisabled', { value: true })),
        quiet(child.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] })),
      ]).then(() => quiet(child.send('Runtime.runIfWaitingForDebugger')));
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
      const { frame } = e.params;
      // Our documents are written into about:blank; a page that went elsewhere (a meta refresh) is done for.
      if (!frame.parentId && frame.url !== 'about:blank') this.broken = true;
    } else if (e.method === 'Page.frameRequestedNavigation' || e.method === 'Page.frameScheduledNavigation') {
      // The document asked to leave (a meta refresh): its own print may still come first, but the page
      // is not printed in again, or the navigation could land in the middle of the next document's print.
      if (e.params.frameId === this.targetId) this.retired = true;
    }
    const due = this.waiters.filter((w) => w.method === e.method);
    if (due.length) {
      this.waiters = this.waiters.filter((w) => w.method !== e.method);
      for (const w of due) w.resolve();
    }
  }

  private readonly children = new Set<string>();
}

export async function render(page: PrintPage, html: string, options: PdfPrintOptions): Promise<Uint8Array> {
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
  const { data } = await page.send('Page.printToPDF', {
    landscape: false,
    displayHeaderFooter: false,
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
