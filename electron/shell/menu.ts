import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';

export type MenuCommand = 'new-release' | 'new-kit' | 'import' | 'export' | 'search' | 'shortcuts';

/**
 * Menu commands reach the page as a DOM event rather than a second IPC channel: the API
 * surface stays the one validated `call`.
 */
export function commandScript(command: MenuCommand): string {
  return `window.dispatchEvent(new CustomEvent('mediakit:command', { detail: ${JSON.stringify(command)} }))`;
}

export function buildMenuTemplate(win: () => BrowserWindow | null, fr: boolean, isMac: boolean): MenuItemConstructorOptions[] {
  const send = (command: MenuCommand) => () => void win()?.webContents.executeJavaScript(commandScript(command));
  const t = (en: string, frText: string) => (fr ? frText : en);
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: t('&File', '&Fichier'),
      submenu: [
        { label: t('New Release', 'Nouveau communiqué'), accelerator: 'CmdOrCtrl+N', click: send('new-release') },
        { label: t('New Media Kit', 'Nouvelle trousse média'), accelerator: 'CmdOrCtrl+Shift+N', click: send('new-kit') },
        { type: 'separator' },
        { label: t('Import…', 'Importer…'), accelerator: 'CmdOrCtrl+O', click: send('import') },
        { label: t('Export…', 'Exporter…'), accelerator: 'CmdOrCtrl+E', click: send('export') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit', label: t('Quit', 'Quitter') },
      ],
    },
    { role: 'editMenu', label: t('Edit', 'Édition') },
    {
      label: t('&View', '&Affichage'),
      submenu: [
        { label: t('Search', 'Rechercher'), accelerator: 'CmdOrCtrl+K', click: send('search') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu', label: t('Window', 'Fenêtre') },
    { label: t('&Help', 'Aid&e'), submenu: [{ label: t('Keyboard Shortcuts', 'Raccourcis clavier'), accelerator: 'F1', click: send('shortcuts') }] },
  ];
}

export function installMenu(win: () => BrowserWindow | null, locale: string, platform: NodeJS.Platform = process.platform): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(win, /^fr\b/i.test(locale), platform === 'darwin')));
}
