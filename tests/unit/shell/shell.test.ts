import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../helpers/temp-dir.js';

/** One fake Electron for every module of the shell: what they register and open is recorded here. */
const electron = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => unknown;
  const handlers = new Map<string, Listener>();
  const windows: FakeWindow[] = [];
  class FakeContents {
    listeners = new Map<string, Listener>();
    openHandler: ((d: { url: string }) => { action: string }) | null = null;
    permissionHandler: ((wc: unknown, p: string, cb: (ok: boolean) => void) => void) | null = null;
    session = {
      setPermissionRequestHandler: (h: FakeContents['permissionHandler']) => (this.permissionHandler = h),
      webRequest: { onBeforeRequest: vi.fn() },
    };
    on(event: string, l: Listener) {
      this.listeners.set(event, l);
    }
    setWindowOpenHandler(h: FakeContents['openHandler']) {
      this.openHandler = h;
    }
    executeJavaScript = vi.fn();
  }
  class FakeWindow {
    webContents = new FakeContents();
    loaded: string | null = null;
    constructor(readonly options: { webPreferences: Record<string, unknown> }) {
      windows.push(this);
    }
    once() {}
    show() {}
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    isMinimized() {
      return false;
    }
    focus() {}
  }
  let ready: () => void = () => undefined;
  const whenReadyPromise = new Promise<void>((r) => (ready = r));
  return {
    handlers,
    windows,
    ready: () => ready(),
    exposed: new Map<string, unknown>(),
    menuTemplate: null as unknown,
    module: {
      app: {
        requestSingleInstanceLock: vi.fn(() => true),
        setName: vi.fn(),
        on: vi.fn(),
        quit: vi.fn(),
        whenReady: () => whenReadyPromise,
        getPath: vi.fn(() => '/nonexistent-userdata'),
        getLocale: vi.fn(() => 'fr-CA'),
      },
      BrowserWindow: FakeWindow,
      ipcMain: { handle: (channel: string, l: Listener) => handlers.set(channel, l) },
      ipcRenderer: { invoke: vi.fn(async (...args: unknown[]) => ({ invoked: args })) },
      contextBridge: { exposeInMainWorld: vi.fn() },
      dialog: { showMessageBox: vi.fn(), showOpenDialog: vi.fn() },
      shell: { openExternal: vi.fn(), showItemInFolder: vi.fn(), openPath: vi.fn() },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((t: unknown) => t) },
    },
  };
});

vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

describe('the Electron shell (electron mocked)', () => {
  beforeEach(() => vi.clearAllMocks());

  it('opens the library, registers one IPC channel that checks its sender, and a locked-down window', async () => {
    const dir = await tempDir();
    process.env.MEDIAKIT_LIBRARY = dir;
    await import('../../../electron/shell/main.js');
    electron.ready();
    await vi.waitFor(() => expect(electron.windows).toHaveLength(1));

    expect([...electron.handlers.keys()]).toEqual(['mediakit:call']);
    const handler = electron.handlers.get('mediakit:call')!;
    const trusted = await handler({ senderFrame: { url: 'app://mediakit/index.html' } }, 'library.info', {});
    expect(trusted).toMatchObject({ ok: true, result: { path: dir } });
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://other/index.html', undefined]) {
      const refused = await handler({ senderFrame: { url } }, 'library.info', {});
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    const invalid = await handler({ senderFrame: { url: 'app://mediakit/' } }, 'releases.create', { data: { lang: 'zz' } });
    expect(invalid).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });

    const win = electron.windows[0]!;
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false });
    expect(String(win.options.webPreferences.preload)).toMatch(/preload\.cjs$/);
    expect(win.loaded).toBe('app://mediakit/index.html');

    const navigate = win.webContents.listeners.get('will-navigate')!;
    const foreign = { preventDefault: vi.fn() };
    navigate(foreign, 'https://evil.example/');
    expect(foreign.preventDefault).toHaveBeenCalled();
    const own = { preventDefault: vi.fn() };
    navigate(own, 'app://mediakit/index.html#/kits');
    const sibling = { preventDefault: vi.fn() };
    navigate(sibling, 'app://elsewhere/index.html');
    expect(sibling.preventDefault).toHaveBeenCalled();
    expect(own.preventDefault).not.toHaveBeenCalled();

    expect(win.webContents.openHandler!({ url: 'https://journal.example/article' })).toEqual({ action: 'deny' });
    expect(electron.module.shell.openExternal).toHaveBeenCalledWith('https://journal.example/article');
    expect(win.webContents.openHandler!({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.module.shell.openExternal).toHaveBeenCalledTimes(1);
    const granted = vi.fn();
    win.webContents.permissionHandler!(null, 'geolocation', granted);
    expect(granted).toHaveBeenCalledWith(false);
    expect(electron.module.protocol.registerSchemesAsPrivileged).toHaveBeenCalled();
    expect(electron.module.Menu.setApplicationMenu).toHaveBeenCalled();

    // Quitting closes the library (its lock goes), after its last writes: nothing is left half-written.
    const quit = electron.module.app.on.mock.calls.find(([event]) => event === 'before-quit')?.[1] as (() => void) | undefined;
    expect(quit).toBeDefined();
    quit!();
    const { access } = await import('node:fs/promises');
    await vi.waitFor(async () => expect(await access(`${dir}/.lock`).then(() => 'held', () => 'released')).toBe('released'), { timeout: 20_000 });
  });

  it('asks for the export folder and shows an exported file in the file manager, through the shell', async () => {
    // The module from the first test is loaded: its IPC handler serves the library it opened.
    const handler = electron.handlers.get('mediakit:call')!;
    const sender = { senderFrame: { url: 'app://mediakit/index.html' } };
    const chosen = await tempDir();
    electron.module.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [chosen] });
    const folder = (await handler(sender, 'desktop.chooseFolder', { title: 'Où exporter « Trousse »' })) as { ok: true; result: { path: string } };
    expect(folder).toEqual({ ok: true, result: { path: chosen } });
    expect(electron.module.dialog.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ title: 'Où exporter « Trousse »', properties: ['openDirectory', 'createDirectory'] }));
    // A file the export wrote into that folder (the export itself is tested in tests/unit/export).
    const file = path.join(chosen, 'Trousse média — Bioalliance.pdf');
    await writeFile(file, '%PDF-1.7\n');
    expect(await handler(sender, 'desktop.showFile', { path: file })).toEqual({ ok: true, result: {} });
    expect(electron.module.shell.showItemInFolder).toHaveBeenCalledWith(file);
    // Only documents the app writes: never an executable, whatever the page asks.
    const refused = await handler(sender, 'desktop.showFile', { path: '/bin/sh' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('exposes exactly one function to the page, on the same channel main listens to', async () => {
    await import('../../../electron/shell/preload.js');
    const { IPC_CHANNEL } = await import('../../../electron/host/ipc.js');
    expect(electron.module.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [name, api] = electron.module.contextBridge.exposeInMainWorld.mock.calls[0] as unknown as [string, Record<string, (...a: unknown[]) => unknown>];
    expect(name).toBe('mediakit');
    expect(Object.keys(api)).toEqual(['call']);
    await api.call!('library.info', {});
    expect(electron.module.ipcRenderer.invoke).toHaveBeenCalledWith(IPC_CHANNEL, 'library.info', {});
  });

  it('has a File menu with the usual accelerators, in French for a French system', async () => {
    const { buildMenuTemplate, commandScript } = await import('../../../electron/shell/menu.js');
    const template = buildMenuTemplate(() => null, true, false);
    const file = template.find((m) => m.label === '&Fichier')!;
    const items = file.submenu as { label?: string; accelerator?: string }[];
    expect(items.find((i) => i.accelerator === 'CmdOrCtrl+N')?.label).toBe('Nouveau communiqué');
    expect(items.find((i) => i.accelerator === 'CmdOrCtrl+E')?.label).toBe('Exporter…');
    expect(commandScript('new-release')).toContain('"new-release"');
  });
});
