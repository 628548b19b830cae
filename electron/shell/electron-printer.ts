import { BrowserWindow } from 'electron';
import type { PdfPrinter, PdfPrintOptions } from '../export/pdf.js';

/**
 * The desktop app's PDF engine: the same print HTML, printed by Electron's own Chromium in a
 * hidden window with JavaScript off and no network, so user content can run nothing.
 */
export function createElectronPrinter(): PdfPrinter {
  let win: BrowserWindow | null = null;
  const ensure = () => {
    if (win && !win.isDestroyed()) return win;
    // Its own in-memory session: the request blocker below must not apply to the app window's default session.
    win = new BrowserWindow({
      show: false,
      webPreferences: {
        javascript: false,
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        partition: 'mediakit-print',
        disableBlinkFeatures: 'Auxclick',
      },
    });
    win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    win.webContents.on('will-navigate', (event) => event.preventDefault());
    win.webContents.session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    win.webContents.session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !/^(data|about|blob):/.test(details.url) }));
    return win;
  };
  return {
    async print(html: string, options: PdfPrintOptions): Promise<Uint8Array> {
      const w = ensure();
      await w.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html).toString('base64')}`);
      const pdf = await w.webContents.printToPDF({
        pageSize: options.pageSize === 'a4' ? 'A4' : 'Letter',
        printBackground: true,
        preferCSSPageSize: true,
        displayHeaderFooter: false,
        generateTaggedPDF: true,
        generateDocumentOutline: true,
      });
      return new Uint8Array(pdf);
    },
    async close() {
      if (win && !win.isDestroyed()) win.destroy();
      win = null;
    },
  };
}
