import { open, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../model/errors.js';

/**
 * One writer per library. The lock file records who holds it; a lock whose process is gone
 * (same machine, pid no longer alive) was left by a crash and is taken over at once, instead
 * of waiting for an mtime to go stale as proper-lockfile would (that needs a timer refreshing it
 * and makes a relaunch after a crash wait).
 */
export interface LockOwner {
  pid: number;
  host: string;
  since: string;
  app: string;
}

export class LibraryLock {
  private constructor(
    readonly file: string,
    readonly owner: LockOwner,
  ) {}

  static async acquire(dir: string, app: string): Promise<LibraryLock> {
    const file = path.join(dir, '.lock');
    const owner: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString(), app };
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        const handle = await open(file, 'wx', 0o600);
        await handle.writeFile(JSON.stringify(owner));
        await handle.sync();
        await handle.close();
        return new LibraryLock(file, owner);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
      const holder = await readOwner(file);
      if (holder && holder.pid === process.pid && holder.host === owner.host) {
        throw lockedError(dir, holder, { en: 'this process already has it open', fr: 'ce processus l’a déjà ouverte' });
      }
      if (holder && !isStale(holder)) throw lockedError(dir, holder);
      // Stale or unreadable (a crash between create and write): take it over.
      await rm(file, { force: true });
    }
    throw new AppError('LIBRARY_LOCKED', {
      en: `The library ${dir} is locked and the lock could not be taken over.`,
      fr: `La bibliothèque ${dir} est verrouillée et le verrou n’a pas pu être repris. Réessayez dans quelques instants.`,
    });
  }

  async release(): Promise<void> {
    const holder = await readOwner(this.file);
    if (holder && holder.pid === this.owner.pid && holder.since === this.owner.since) {
      await rm(this.file, { force: true });
    }
  }
}

async function readOwner(file: string): Promise<LockOwner | null> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host, since: String(parsed.since ?? ''), app: String(parsed.app ?? '') };
    }
    return null;
  } catch {
    return null;
  }
}

function isStale(holder: LockOwner): boolean {
  // Another machine (a synced or network folder): we cannot see its processes, so trust the lock.
  if (holder.host !== os.hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function lockedError(dir: string, holder: LockOwner, why?: { en: string; fr: string }): AppError {
  return new AppError(
    'LIBRARY_LOCKED',
    {
      en: `The library ${dir} is already open in ${holder.app || 'another Media Kit Manager'} (process ${holder.pid} on ${holder.host}, since ${holder.since})${why ? `: ${why.en}` : ''}. Close it there first.`,
      fr: `La bibliothèque ${dir} est déjà ouverte dans ${holder.app || 'un autre Media Kit Manager'} (processus ${holder.pid} sur ${holder.host}, depuis ${holder.since})${why ? `\u00a0: ${why.fr}` : ''}. Fermez-la d’abord dans cette application, puis réessayez.`,
    },
    { holder },
  );
}
