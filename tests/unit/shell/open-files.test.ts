import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { createContext } from '../../../electron/host/context.js';
import { Library } from '../../../electron/library/library.js';
import { call } from '../../helpers/api.js';
import { tempDir } from '../../helpers/temp-dir.js';

/** A fake Electron recording what the shell registers; the window's page runs the scripts it is sent. */
const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const appListeners = new Map<string, Listener>();
  const handlers = new Map<string, Listener>();
  const windows: FakeWindow[] = [];
  class FakeContents {
    listeners = new Map<string, Listener>();
    session = { setPermissionRequestHandler: () => undefined, webRequest: { onBeforeRequest: () => undefined } };
    on(event: string, l: Listener) {
      this.listeners.set(event, l);
    }
    setWindowOpenHandler() {}
    executeJavaScript = vi.fn(async (_script: string) => undefined);
  }
  class FakeWindow {
    webContents = new FakeContents();
    focused = 0;
    restored = 0;
    minimized = false;
    constructor(readonly options: unknown) {
      windows.push(this);
    }
    once() {}
    show() {}
    loadURL() {
      return Promise.resolve();
    }
    isMinimized() {
      return this.minimized;
    }
    restore() {
      this.restored++;
      this.minimized = false;
    }
    focus() {
      this.focused++;
    }
  }
  let ready: () => void = () => undefined;
  const whenReadyPromise = new Promise<void>((r) => (ready = r));
  return {
    appListeners,
    handlers,
    windows,
    ready: () => ready(),
    module: {
      app: {
        requestSingleInstanceLock: vi.fn(() => true),
        setName: vi.fn(),
        on: vi.fn((event: string, l: Listener) => appListeners.set(event, l)),
        quit: vi.fn(),
        whenReady: () => whenReadyPromise,
        getPath: vi.fn(() => '/nonexistent-userdata'),
        getLocale: vi.fn(() => 'en-US'),
      },
      BrowserWindow: FakeWindow,
      ipcMain: { handle: (channel: string, l: Listener) => handlers.set(channel, l) },
      dialog: { showMessageBox: vi.fn(), showOpenDialog: vi.fn() },
      shell: { openExternal: vi.fn(), showItemInFolder: vi.fn(), openPath: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
      safeStorage: { isEncryptionAvailable: () => false },
    },
  };
});

vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

/** What the page would receive: the script run against a window that records its DOM events. */
function eventsOf(script: string): Array<{ type: string; detail: unknown }> {
  const seen: Array<{ type: string; detail: unknown }> = [];
  class CustomEvent {
    constructor(
      readonly type: string,
      readonly init: { detail: unknown },
    ) {}
  }
  runInNewContext(script, { CustomEvent, window: { dispatchEvent: (e: CustomEvent) => seen.push({ type: e.type, detail: e.init.detail }) } });
  return seen;
}

async function makePackage(dir: string): Promise<string> {
  const library = await Library.open(path.join(dir, 'sender'), { app: 'shell test sender' });
  try {
    const ctx = createContext(library, 'cli');
    await call(ctx, 'sample.load', {});
    const r = await call(ctx, 'export.kit', { id: library.doc.kits[0]!.id, formats: ['mkit'], outDir: path.join(dir, 'out') });
    return r.files[0]!.path;
  } finally {
    await library.close();
  }
}

describe('the .mkit file association (electron mocked)', () => {
  it('hands a double-clicked package to the page: from the first start’s command line, a second start, and macOS’s open-file', async () => {
    const dir = await tempDir('mediakit-shell-open-');
    const pkg = await makePackage(dir);
    const second = path.join(dir, 'second start.mkit');
    await copyFile(pkg, second);
    process.env.MEDIAKIT_LIBRARY = path.join(dir, 'library');
    const argv = process.argv;
    process.argv = [argv[0]!, pkg, '--some-switch', 'notes.txt'];
    try {
      await import('../../../electron/shell/main.js');
      // macOS may name a file before the app is ready: it waits for the page.
      const early = { preventDefault: vi.fn() };
      electron.appListeners.get('open-file')!(early, '/Users/agent/Desktop/osaka.mkit');
      expect(early.preventDefault).toHaveBeenCalled();
      electron.ready();
      await vi.waitFor(() => expect(electron.windows).toHaveLength(1));
    } finally {
      process.argv = argv;
    }
    const win = electron.windows[0]!;
    // Nothing reaches the page before it has loaded (its listener is not there yet).
    expect(win.webContents.executeJavaScript).not.toHaveBeenCalled();
    win.webContents.listeners.get('did-finish-load')!();
    const delivered = () => win.webContents.executeJavaScript.mock.calls.flatMap(([script]) => eventsOf(script));
    expect(delivered()).toEqual([
      { type: 'mediakit:open-file', detail: '/Users/agent/Desktop/osaka.mkit' },
      { type: 'mediakit:open-file', detail: pkg },
    ]);

    // A second start with a package: the running app gets it, restored and focused; the second start quits (single-instance lock).
    win.minimized = true;
    electron.appListeners.get('second-instance')!({}, ['/opt/Media Kit Manager/mediakit', '--allow-file-access-from-files', 'second start.mkit'], dir);
    expect(win.restored).toBe(1);
    expect(delivered().at(-1)).toEqual({ type: 'mediakit:open-file', detail: second });

    // The page then asks the one validated API for a preview of that path, as kit-package-import.tsx does.
    const handler = electron.handlers.get('mediakit:call')!;
    const preview = (await handler({ senderFrame: { url: 'app://mediakit/index.html' } }, 'import.previewKitPackage', { path: second })) as { ok: boolean; result: { counts: { add: number }; fileName: string } };
    expect(preview).toMatchObject({ ok: true, result: { fileName: 'second start.mkit', counts: { add: 11 } } });
    // The page listens for the very event the shell sends.
    expect(await readFile(path.resolve('renderer/components/kit-package-import.tsx'), 'utf8')).toContain("OPEN_FILE_EVENT = 'mediakit:open-file'");

    // Quitting releases the library before the temp folder goes.
    electron.appListeners.get('before-quit')!();
    const { access } = await import('node:fs/promises');
    await vi.waitFor(async () => expect(await access(path.join(dir, 'library/.lock')).then(() => 'held', () => 'released')).toBe('released'), { timeout: 20_000 });
  });
});
