import { useSyncExternalStore } from 'react';
import type { MethodOutput } from '../../electron/api/contract';
import { send } from '../api/client.js';
import { dataChanged } from './data.js';

export type SyncStatus = MethodOutput<'sync.status'>;

/**
 * The team library's status, polled while the window listens: every 2 s in a team library, every
 * 30 s otherwise (the library may join one from the command line). When the team's changes land
 * in the library, every screen reloads what it shows.
 */
let current: SyncStatus | null = null;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setTimeout> | undefined;

function notify(): void {
  for (const l of listeners) l();
}

let asked = 0;
let applied = 0;

export async function refreshSyncStatus(): Promise<SyncStatus | null> {
  clearTimeout(timer);
  const ticket = ++asked;
  try {
    const next = await send('sync.status');
    // A poll sent before a later one may answer after it: the older answer is stale.
    if (ticket < applied) return current;
    applied = ticket;
    const landed = current && next.lastSync?.at !== current.lastSync?.at && (next.lastSync?.pulled ?? 0) > 0;
    current = next;
    notify();
    if (landed) {
      dataChanged();
      window.dispatchEvent(new CustomEvent('mk:team-change'));
    }
  } catch {
    // The status is a nicety: a failed poll just waits for the next one.
  }
  if (listeners.size) timer = setTimeout(() => void refreshSyncStatus(), current?.configured ? 2000 : 30_000);
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (listeners.size === 1) void refreshSyncStatus();
  return () => {
    listeners.delete(listener);
    if (!listeners.size) clearTimeout(timer);
  };
}

export function useSyncStatus(): SyncStatus | null {
  return useSyncExternalStore(subscribe, () => current);
}

/** Whether an entity is in conflict, for the lists' badges and the editors' banners. */
export function useInConflict(id: string | undefined): boolean {
  const status = useSyncStatus();
  return !!id && !!status?.conflicts.some((c) => c.id === id);
}
