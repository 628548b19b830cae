import type { Library } from '../library/library.js';
import { environmentCredentials, type SyncCredentials } from './credentials.js';
import { readState } from './sync-state.js';
import type { SyncService } from './sync-service.js';

export type { SyncCredentials } from './credentials.js';
export type { SyncReport, SyncStatus } from './sync-service.js';
export type { ConflictView, Resolution } from './conflicts.js';

/** The CLI's and the web host's credentials: MEDIAKIT_SYNC_PASSWORD, or what was typed in this process. */
export const processCredentials: SyncCredentials = environmentCredentials();

const services = new WeakMap<Library, Promise<SyncService | null>>();

/**
 * The library's sync service, or null when it never joined a team library: then nothing of
 * PouchDB is loaded and nothing is created (a library that never syncs pays nothing).
 */
export function syncServiceFor(library: Library, credentials: SyncCredentials = processCredentials): Promise<SyncService | null> {
  let service = services.get(library);
  if (!service) {
    service = readState(library.dir).then(async (state) => {
      if (!state) return null;
      const { SyncService } = await import('./sync-service.js');
      return SyncService.load(library, credentials);
    });
    services.set(library, service);
    service.catch(() => services.delete(library));
  }
  return service;
}

export async function setupSync(library: Library, input: { url: string; user: string; password?: string | null }, credentials: SyncCredentials = processCredentials): Promise<SyncService> {
  const existing = await syncServiceFor(library, credentials).catch(() => null);
  const { SyncService } = await import('./sync-service.js');
  const service = SyncService.setup(library, input, credentials, existing);
  services.set(library, service);
  service.catch(() => services.delete(library));
  return service;
}

/** Leaves the team library: replication stops and the replica goes; library.json is untouched. */
export async function leaveSync(library: Library): Promise<void> {
  const service = await services.get(library)?.catch(() => null);
  await service?.close();
  services.delete(library);
  const { rm } = await import('node:fs/promises');
  const { syncDir } = await import('./sync-state.js');
  await rm(syncDir(library.dir), { recursive: true, force: true });
}

/** For hosts at start: continuous replication when this library is in a team library. Never throws. */
export async function startSyncIfConfigured(library: Library, credentials: SyncCredentials = processCredentials): Promise<void> {
  try {
    await (await syncServiceFor(library, credentials))?.start();
  } catch {
    // The status (sidebar, `mediakit sync status`) says why; the library works offline meanwhile.
  }
}

/** Before the library closes: stops replication and closes the replica. */
export async function closeSync(library: Library): Promise<void> {
  const service = await services.get(library)?.catch(() => null);
  services.delete(library);
  await service?.close();
}
