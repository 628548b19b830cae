import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Media Kit Manager';

/**
 * Electron's `userData` for this app, computed without Electron so that the CLI and the
 * desktop app open the same library by default.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

/** `--library DIR`, else MEDIAKIT_LIBRARY, else the app's own folder. */
export function resolveLibraryDir(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return path.resolve(flag);
  if (env.MEDIAKIT_LIBRARY) return path.resolve(env.MEDIAKIT_LIBRARY);
  return path.join(userDataDir(env), 'library');
}
