/**
 * Where a team library's password is kept: never in library.json, the sync state, logs or
 * errors. The desktop app encrypts it with the system keychain (Electron's safeStorage, in
 * electron/shell); the CLI and the web host read MEDIAKIT_SYNC_PASSWORD, and a password typed in
 * the web host's settings page lives in that process's memory only.
 */
export interface SyncCredentials {
  readonly kind: 'environment' | 'keychain';
  get(url: string, user: string): Promise<string | null>;
  set(url: string, user: string, password: string): Promise<void>;
  forget(url: string, user: string): Promise<void>;
}

export const PASSWORD_ENV = 'MEDIAKIT_SYNC_PASSWORD';

export function environmentCredentials(env: NodeJS.ProcessEnv = process.env): SyncCredentials {
  const typed = new Map<string, string>();
  const key = (url: string, user: string): string => `${user}\n${url}`;
  return {
    kind: 'environment',
    async get(url, user) {
      return typed.get(key(url, user)) ?? env[PASSWORD_ENV] ?? null;
    },
    async set(url, user, password) {
      typed.set(key(url, user), password);
    },
    async forget(url, user) {
      typed.delete(key(url, user));
    },
  };
}
