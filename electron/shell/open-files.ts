import path from 'node:path';
import type { BrowserWindow } from 'electron';

/**
 * Files the system asks the app to open (a double-click on a `.mkit`, the file association of
 * build/electron-builder.yml): in the command line of the first start on Windows and Linux, in the
 * command line a second start hands to the running one (`second-instance`), or in macOS's
 * `open-file` event, which may come before the window exists. Each path reaches the page as a DOM
 * event, as menu commands do (menu.ts): the page then asks the one validated API to preview it.
 */

/** The DOM event the page listens to (renderer/components/kit-package-import.tsx). */
export const OPEN_FILE_EVENT = 'mediakit:open-file';

export function openFileScript(file: string): string {
  return `window.dispatchEvent(new CustomEvent(${JSON.stringify(OPEN_FILE_EVENT)}, { detail: ${JSON.stringify(file)} }))`;
}

/** The `.mkit` files named in a command line (not the program, not a switch), made absolute against `cwd`. */
export function kitPackagesIn(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((a) => !a.startsWith('-') && /\.mkit$/i.test(a))
    .map((a) => path.resolve(cwd, a));
}

export interface FileOpener {
  /** One file to open: handed to the page now if it is loaded, else when it is. */
  open(file: string): void;
  openFromArgs(argv: readonly string[], cwd: string): void;
  /** The page has loaded: what came before it is handed over, in order. */
  pageLoaded(): void;
}

export function createFileOpener(win: () => BrowserWindow | null): FileOpener {
  const waiting: string[] = [];
  let loaded = false;
  const deliver = (file: string) => void win()?.webContents.executeJavaScript(openFileScript(file));
  const opener: FileOpener = {
    open(file) {
      const w = win();
      if (w?.isMinimized()) w.restore();
      w?.focus();
      if (loaded && w) deliver(file);
      else waiting.push(file);
    },
    openFromArgs(argv, cwd) {
      for (const file of kitPackagesIn(argv, cwd)) opener.open(file);
    },
    pageLoaded() {
      loaded = true;
      for (const file of waiting.splice(0)) deliver(file);
    },
  };
  return opener;
}
