import { readFile } from 'node:fs/promises';
import { safeStorage } from 'electron';
import { writeFileAtomic } from '../library/atomic-write.js';
import type { SyncCredentials } from '../sync/credentials.js';

/**
 * Team-library passwords in the desktop app: encrypted with the system keychain (Electron's
 * safeStorage: Keychain on macOS, DPAPI on Windows, libsecret/kwallet on Linux) and written in the
 * app's own folder, never in the library folder (which is shared, backed up, synced). Where the
 * system offers no encryption, the password is kept for this session only, never written in clear.
 */
export function keychainCredentials(file: string): SyncCredentials {
  const session = new Map<string, string>();
  const key = (url: string, user: string): string => `${user}\n${url}`;
  const load = async (): Promise<Record<string, string>> => {
    try {
      return JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
    } catch {
      return {};
    }
  };
  return {
    kind: 'keychain',
    async get(url, user) {
      const k = key(url, user);
      if (session.has(k)) return session.get(k)!;
      const sealed = (await load())[k];
      if (!sealed || !safeStorage.isEncryptionAvailable()) return null;
      try {
        return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        return null;
      }
    },
    async set(url, user, password) {
      const k = key(url, user);
      session.set(k, password);
      if (!safeStorage.isEncryptionAvailable()) return;
      const all = await load();
      all[k] = safeStorage.encryptString(password).toString('base64');
      await writeFileAtomic(file, JSON.stringify(all));
    },
    async forget(url, user) {
      const k = key(url, user);
      session.delete(k);
      const all = await load();
      if (!(k in all)) return;
      delete all[k];
      await writeFileAtomic(file, JSON.stringify(all));
    },
  };
}
