import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveKit } from '../../../electron/export/kit.js';
import type { PdfPrinter } from '../../../electron/export/pdf.js';
import { printPdf } from '../../../electron/export/writers.js';
import { createChromiumPrinter } from '../../../electron/host/chromium.js';
import { buildFixture, IDS, type Fixture } from '../../fixtures/export/library-fixture.js';
import { poppler, tempDir } from '../export/helpers.js';

/**
 * The desktop app's PDF engine (electron/shell/electron-printer.ts) with Electron mocked: its hidden
 * window is a fake whose printToPDF prints the loaded page with system Chromium, so what the shell
 * asks Electron for is checked, and the kit it prints is read back as a real PDF.
 */
const electron = vi.hoisted(() => {
  const state = {
    windows: [] as FakeWindow[],
    printOptions: [] as Record<string, unknown>[],
    /** The real printer that stands in for Electron's Chromium. */
    chromium: null as { print(html: string): Promise<Uint8Array> } | null,
  };
  class FakeWindow {
    destroyed = false;
    loaded = '';
    readonly requestFilter: { current: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null } = { current: null };
    readonly webContents = {
      setWindowOpenHandler: vi.fn(),
      on: vi.fn(),
      session: {
        setPermissionRequestHandler: vi.fn(),
        webRequest: { onBeforeRequest: (f: (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) => (this.requestFilter.current = f) },
      },
      printToPDF: async (options: Record<string, unknown>) => {
        state.printOptions.push(options);
        const html = Buffer.from(this.loaded.replace(/^data:text\/html;charset=utf-8;base64,/, ''), 'base64').toString('utf8');
        if (!state.chromium) throw new Error('no printer');
        return Buffer.from(await state.chromium.print(html));
      },
    };
    constructor(readonly options: { show: boolean; webPreferences: Record<string, unknown> }) {
      state.windows.push(this);
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return { state, module: { BrowserWindow: FakeWindow } };
});
vi.mock('electron', () => electron.module);

const { createElectronPrinter } = await import('../../../electron/shell/electron-printer.js');

let fx: Fixture;
let chromium: PdfPrinter;

beforeAll(async () => {
  fx = await buildFixture();
  chromium = createChromiumPrinter();
  electron.state.chromium = { print: (html) => chromium.print(html, { pageSize: 'letter', title: 't', lang: 'fr-CA' }) };
});
afterAll(async () => {
  await chromium.close();
});

describe('the desktop app’s PDF printer', () => {
  it('prints in one hidden window without script or network, and a kit comes out with its contents’ page numbers and folios', async () => {
    const printer = createElectronPrinter();
    const doc = resolveKit(fx.doc, IDS.kit);
    const pdf = await printPdf(doc, fx.files, printer);

    expect(electron.state.windows).toHaveLength(1);
    const win = electron.state.windows[0]!;
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toMatchObject({ javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false });
    const allowed = (url: string) => new Promise<boolean>((resolve) => win.requestFilter.current!({ url }, (r) => resolve(!r.cancel)));
    expect(await allowed('data:font/woff2;base64,AAAA')).toBe(true);
    expect(await allowed('https://tracker.example/pixel.gif')).toBe(false);
    expect(await allowed('file:///etc/passwd')).toBe(false);

    // Twice (the contents' page numbers are read from the first print), each time tagged, with the
    // folio left to the page's own margin boxes, in the kit's typeface.
    expect(electron.state.printOptions).toHaveLength(2);
    for (const o of electron.state.printOptions) {
      expect(o).toMatchObject({ pageSize: 'Letter', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false, generateTaggedPDF: true });
    }

    const dir = await tempDir();
    const pages = Number(/Pages:\s+(\d+)/.exec(await poppler('pdfinfo', pdf, dir))?.[1]);
    const cover = await poppler('pdftotext', pdf, dir, ['-layout', '-f', '1', '-l', '1']);
    for (const s of doc.sections) {
      const title = s.type === 'release' ? s.headline : s.title;
      const entry = cover.split('\n').find((l) => l.trim().startsWith(title.slice(0, 20)));
      expect(entry, `the contents list "${title}"`).toMatch(/\s(\d+)\s*$/);
      const page = Number(/(\d+)\s*$/.exec(entry!)![1]);
      expect(await poppler('pdftotext', pdf, dir, ['-f', String(page), '-l', String(page)])).toContain(title.slice(0, 20));
    }
    expect(cover).not.toMatch(/Page 1 de/);
    expect(await poppler('pdftotext', pdf, dir, ['-f', '2', '-l', '2'])).toContain(`Page 2 de ${pages}`);

    await printer.close();
    expect(win.destroyed).toBe(true);
  });
});
