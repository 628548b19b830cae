import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, shell } from 'electron';
import { AppError } from '../model/errors.js';
import { Library } from '../library/library.js';
import { restoreUnderLock } from '../library/backups.js';
import { createContext, uiLangFrom } from '../host/context.js';
import { IPC_CHANNEL, handleIpcCall } from '../host/ipc.js';
import { APP_NAME } from '../host/library-path.js';
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol.js';
import { createElectronPrinter } from './electron-printer.js';
import { keychainCredentials } from './keychain-credentials.js';
import { closeSync, startSyncIfConfigured } from '../sync/index.js';
import { installMenu } from './menu.js';
import { createMainWindow } from './window.js';
import { createFileOpener } from './open-files.js';

const here = path.dirname(fileURLToPath(import.meta.url));
let mainWindow: BrowserWindow | null = null;
/** `.mkit` files the system hands the app (double-click, a second start): see open-files.ts. */
const files = createFileOpener(() => mainWindow);

/** Opens the library; a damaged one is never overwritten: the user may restore the newest backup or quit. */
export async function openLibraryInteractively(dir: string): Promise<Library | null> {
  for (;;) {
    try {
      return await Library.open(dir, { app: APP_NAME, indexInBackground: true });
    } catch (err) {
      const e = err instanceof AppError ? err : new AppError('INTERNAL', String(err));
      const backup = (e.details as { newestBackup?: string | null } | undefined)?.newestBackup ?? null;
      const fr = uiLangFrom(app.getLocale()) === 'fr';
      const buttons = backup ? [fr ? 'Restaurer la sauvegarde' : 'Restore the backup', fr ? 'Quitter' : 'Quit'] : [fr ? 'Quitter' : 'Quit'];
      const { response } = await dialog.showMessageBox({ type: 'error', title: APP_NAME, message: e.message, buttons, defaultId: 0, cancelId: buttons.length - 1 });
      if (!backup || response !== 0) return null;
      await restoreUnderLock(dir, backup, APP_NAME);
    }
  }
}

async function start(): Promise<void> {
  const library = await openLibraryInteractively(process.env.MEDIAKIT_LIBRARY ?? path.join(app.getPath('userData'), 'library'));
  if (!library) {
    app.quit();
    return;
  }
  const ctx = createContext(library, 'ipc', async () => createElectronPrinter());
  ctx.uiLang = uiLangFrom(app.getLocale());
  ctx.desktop = {
    chooseFolder: async (title) => {
      const r = await dialog.showOpenDialog({ title, properties: ['openDirectory', 'createDirectory'] });
      return r.canceled ? null : (r.filePaths[0] ?? null);
    },
    showInFolder: (file) => shell.showItemInFolder(file),
    openPath: (file) => shell.openPath(file),
  };
  ctx.credentials = keychainCredentials(path.join(app.getPath('userData'), 'sync-credentials.json'));
  // Messages follow the language chosen in the app (kept in settings), else the system's.
  ipcMain.handle(IPC_CHANNEL, (event, method: unknown, input: unknown) =>
    handleIpcCall({ ...ctx, uiLang: library.doc.settings.uiLang ?? ctx.uiLang }, APP_ORIGIN, { url: event.senderFrame?.url }, method, input),
  );
  serveRenderer(path.resolve(here, '../renderer'));
  mainWindow = createMainWindow(path.join(here, 'preload.cjs'));
  mainWindow.webContents.on('did-finish-load', () => files.pageLoaded());
  files.openFromArgs(process.argv, process.cwd());
  installMenu(() => mainWindow, app.getLocale());
  // A team library keeps syncing while the window is open.
  void startSyncIfConfigured(library, ctx.credentials);
  app.on('before-quit', () => {
    void ctx.dispose();
    void closeSync(library).finally(() => library.close());
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.setName(APP_NAME);
  registerAppScheme();
  // A second start (a .mkit double-clicked while the app runs) hands its command line to this one, and quits.
  app.on('second-instance', (_event, argv: string[], workingDirectory: string) => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
    files.openFromArgs(argv, workingDirectory);
  });
  // macOS names the file in an event, possibly before the app is ready.
  app.on('open-file', (event, file: string) => {
    event.preventDefault();
    files.open(file);
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}
