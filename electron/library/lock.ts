import { randomBytes } from 'node:crypto';
import { link, open, readFile, rename, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../model/errors.js';
import { LIBRARY_FILES } from './library-layout.js';

/**
 * One writer per library. The lock file records who holds it; a lock whose process is gone
 * (same machine, pid no longer alive) was left by a crash and is taken over at once.
 *
 * Why our own and not proper-lockfile (no longer a dependency): proper-lockfile decides that a lock
 * is stale by its mtime, so its holder must refresh it on a timer and a relaunch after a crash waits
 * for the staleness period (10 s by default) before the officer can work again; its lock is a
 * directory that records nothing, so a second app refused could not say who holds the library
 * (which app, which process, since when). A pid check answers at once and the
 * record says who.
 *
 * Two rules make it safe when several processes start at once:
 * - a lock appears whole or not at all: its record is written to a file of our own, then linked
 *   to `.lock` (link fails if `.lock` exists), so nobody ever reads a half-written lock as a dead one;
 * - a dead process's lock is removed only by whoever holds `.lock.takeover` (an exclusive create),
 *   after reading `.lock` again under it: a fresh lock cannot be removed by someone who saw the old one.
 */
export interface LockOwner {
  pid: number;
  host: string;
  since: string;
  app: string;
}

/** How long a start may wait for a lock being written or taken over by another process. */
const PATIENCE_MS = 10_000;
/** A lock being written by a file system without hard links (exFAT, some shares): not dead yet. */
const YOUNG_MS = 5000;

export class LibraryLock {
  private constructor(
    readonly file: string,
    readonly owner: LockOwner,
  ) {}

  static async acquire(dir: string, app: string): Promise<LibraryLock> {
    const file = path.join(dir, LIBRARY_FILES.lock);
    const owner: LockOwner = { pid: process.pid, host: os.hostname(), since: new Date().toISOString(), app };
    const record = JSON.stringify(owner);
    for (const deadline = Date.now() + PATIENCE_MS; Date.now() < deadline; ) {
      if (await createWhole(file, record)) return new LibraryLock(file, owner);
      const seen = await readRaw(file);
      if (seen === null) continue; // released meanwhile: try again
      const holder = parseOwner(seen);
      if (holder && holder.pid === process.pid && holder.host === owner.host) {
        throw lockedError(dir, holder, { en: 'this process already has it open', fr: 'ce processus l’a déjà ouverte' });
      }
      if (holder && !isStale(holder)) throw lockedError(dir, holder);
      if (!holder && (await youngerThan(file, YOUNG_MS))) {
        await pause();
        continue;
      }
      await takeOver(file, seen, record);
    }
    throw new AppError('LIBRARY_LOCKED', {
      en: `The library ${dir} is locked and the lock could not be taken over. Try again in a moment.`,
      fr: `La bibliothèque ${dir} est verrouillée et le verrou n’a pas pu être repris. Réessayez dans quelques instants.`,
    });
  }

  async release(): Promise<void> {
    const holder = parseOwner((await readRaw(this.file)) ?? '');
    if (holder && holder.pid === this.owner.pid && holder.since === this.owner.since) {
      await rm(this.file, { force: true });
    }
  }
}

/**
 * Removes the dead lock `seen`, if it is still the one at `file`, under the takeover mutex. The
 * caller then competes for `.lock` like everyone else: exactly one create succeeds.
 */
async function takeOver(file: string, seen: string, record: string): Promise<void> {
  const mutex = `${file}.takeover`;
  if (!(await createWhole(mutex, record))) {
    await clearDeadMutex(mutex);
    await pause();
    return;
  }
  try {
    if ((await readRaw(file)) === seen) await rm(file, { force: true });
  } finally {
    await rm(mutex, { force: true });
  }
}

/**
 * A takeover interrupted by a crash leaves its mutex behind. Moved aside under a name of our own,
 * then checked: if what we moved is not the dead one we read, it is put back.
 */
async function clearDeadMutex(mutex: string): Promise<void> {
  const seen = await readRaw(mutex);
  if (seen === null) return;
  const holder = parseOwner(seen);
  if (holder ? !isStale(holder) : await youngerThan(mutex, YOUNG_MS)) return;
  const aside = `${mutex}.${process.pid}.${randomBytes(6).toString('hex')}.dead`;
  try {
    await rename(mutex, aside);
  } catch {
    return;
  }
  if ((await readRaw(aside)) !== seen) await link(aside, mutex).catch(() => undefined);
  await rm(aside, { force: true });
}

/** Creates `file` holding `text`, all at once; false if it exists. */
async function createWhole(file: string, text: string): Promise<boolean> {
  const tmp = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    // Written whole before it is linked: a full disk fails here and leaves neither lock nor temp file.
    const handle = await open(tmp, 'wx', 0o600);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(tmp, file);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // No hard links on this file system (exFAT, FAT32, some network shares): an exclusive create,
    // whose brief empty state readers treat as "being written" (YOUNG_MS), not as dead.
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EOPNOTSUPP' || code === 'ENOSYS' || code === 'EXDEV') return createExclusive(file, text);
    throw err;
  } finally {
    await rm(tmp, { force: true });
  }
}

async function createExclusive(file: string, text: string): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    await handle.writeFile(text);
    await handle.sync();
  } catch (err) {
    // A lock that could not be written whole (a full disk) is not left behind, empty, for others to wait on.
    await handle.close();
    await rm(file, { force: true });
    throw err;
  }
  await handle.close();
  return true;
}

async function readRaw(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}

function parseOwner(text: string): LockOwner | null {
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') {
      return { pid: parsed.pid, host: parsed.host, since: String(parsed.since ?? ''), app: String(parsed.app ?? '') };
    }
    return null;
  } catch {
    return null;
  }
}

async function youngerThan(file: string, ms: number): Promise<boolean> {
  try {
    return Date.now() - (await stat(file)).mtimeMs < ms;
  } catch {
    return false;
  }
}

function pause(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20));
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
