import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../model/errors.js';
import type { LibraryDocument } from '../model/library-document.js';
import { fsyncDir, writeFileAtomic } from './atomic-write.js';
import { checkLibraryBytes } from './library-bytes.js';
import { LibraryLock } from './lock.js';
import { libraryPaths } from './library-layout.js';

export const BACKUP_COUNT = 20;
const BACKUP_RE = /^library-(\d{8}T\d{9}Z)(-\d+)?\.json$/;

export interface BackupInfo {
  name: string;
  path: string;
  bytes: number;
  savedAt: string;
}

export interface CheckedBackup extends BackupInfo {
  /** Whether it opens: JSON, a library, migrations, the full schema. */
  good: boolean;
  problem?: { en: string; fr: string };
}

/**
 * What is known of each backup, in backups/checked.json: a backup this app made from a library.json
 * it had just validated is good from birth; any other is checked in full once, then remembered by
 * its size and time (a backup changed afterwards is checked again).
 */
const CHECKED = 'checked.json';
type CheckedNote = Record<string, { bytes: number; mtimeMs: number; good: boolean; problem?: { en: string; fr: string } }>;

async function readChecked(backupsDir: string): Promise<CheckedNote> {
  try {
    return JSON.parse(await readFile(path.join(backupsDir, CHECKED), 'utf8')) as CheckedNote;
  } catch {
    return {};
  }
}

async function noteChecked(backupsDir: string, update: (note: CheckedNote) => void): Promise<void> {
  const note = await readChecked(backupsDir);
  update(note);
  const names = new Set(await listNames(backupsDir));
  for (const name of Object.keys(note)) if (!names.has(name)) delete note[name];
  await writeFileAtomic(path.join(backupsDir, CHECKED), JSON.stringify(note)).catch(() => undefined);
}

/** Every backup, newest first, each marked good or damaged (with why). */
export async function checkedBackups(backupsDir: string): Promise<CheckedBackup[]> {
  const all = await listBackups(backupsDir);
  const note = await readChecked(backupsDir);
  const fresh: CheckedNote = {};
  const out: CheckedBackup[] = [];
  for (const b of all) {
    const s = await stat(b.path);
    let known = note[b.name];
    if (!known || known.bytes !== s.size || known.mtimeMs !== s.mtimeMs) {
      const checked = checkLibraryBytes(await readFile(b.path));
      known = checked.ok ? { bytes: s.size, mtimeMs: s.mtimeMs, good: true } : { bytes: s.size, mtimeMs: s.mtimeMs, good: false, problem: checked.problem };
      fresh[b.name] = known;
    }
    out.push(known.good ? { ...b, good: true } : { ...b, good: false, problem: known.problem! });
  }
  if (Object.keys(fresh).length) await noteChecked(backupsDir, (n) => Object.assign(n, fresh));
  return out;
}

/** The newest backup that opens, checked newest first (usually the first one), or null. */
export async function newestGoodBackup(backupsDir: string): Promise<BackupInfo | null> {
  return (await checkedBackups(backupsDir)).find((b) => b.good) ?? null;
}

/**
 * Snapshots of library.json after each good save. A real copy (a reflink where the file system
 * has them), never a hard link: a tool that rewrites library.json in place would otherwise
 * damage the backup along with it.
 */
export async function snapshot(libraryFile: string, backupsDir: string, keep = BACKUP_COUNT): Promise<string> {
  await mkdir(backupsDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:.]/g, '').replace(/(\d{8}T\d{6})(\d{3})Z/, '$1$2Z');
  let name = `library-${stamp}.json`;
  for (let n = 1; (await listNames(backupsDir)).includes(name); n++) name = `library-${stamp}-${n}.json`;
  const target = path.join(backupsDir, name);
  await copyFile(libraryFile, target, constants.COPYFILE_FICLONE);
  await fsyncDir(backupsDir);
  await prune(backupsDir, keep);
  // A copy of the library.json this app just wrote or opened, both validated: good from birth.
  const s = await stat(target);
  await noteChecked(backupsDir, (note) => {
    note[name] = { bytes: s.size, mtimeMs: s.mtimeMs, good: true };
  });
  return name;
}

export async function listBackups(backupsDir: string): Promise<BackupInfo[]> {
  const names = (await listNames(backupsDir)).filter((n) => BACKUP_RE.test(n)).sort().reverse();
  const out: BackupInfo[] = [];
  for (const name of names) {
    const file = path.join(backupsDir, name);
    const s = await stat(file);
    out.push({ name, path: file, bytes: s.size, savedAt: s.mtime.toISOString() });
  }
  return out;
}

/**
 * A backup's bytes, checked in full: a damaged backup is never restored (the message says why and
 * that nothing changed), whatever any note says.
 */
export async function readGoodBackup(backupsDir: string, name: string): Promise<{ bytes: Buffer; doc: LibraryDocument }> {
  if (!BACKUP_RE.test(name)) {
    throw new AppError('INVALID_INPUT', { en: `Not a backup name: ${name}`, fr: `Ce n’est pas un nom de sauvegarde\u00a0: ${name}` });
  }
  const source = path.join(backupsDir, name);
  let bytes: Buffer;
  try {
    bytes = await readFile(source);
  } catch {
    throw new AppError('NOT_FOUND', { en: `No backup named ${name} in ${backupsDir}`, fr: `Aucune sauvegarde nommée ${name} dans ${backupsDir}` });
  }
  const checked = checkLibraryBytes(bytes);
  if (!checked.ok) {
    const s = await stat(source);
    await noteChecked(backupsDir, (note) => {
      note[name] = { bytes: s.size, mtimeMs: s.mtimeMs, good: false, problem: checked.problem };
    });
    throw new AppError(
      'LIBRARY_CORRUPT',
      {
        en: `backups/${name} cannot be restored: ${checked.problem.en}. Nothing was changed.`,
        fr: `backups/${name} ne peut pas être restaurée\u00a0: ${checked.problem.fr}. Rien n’a été modifié.`,
      },
      { backup: name },
    );
  }
  return { bytes, doc: checked.doc };
}

/**
 * Puts a backup back as library.json; the file it replaces is kept aside, never deleted. For a
 * library nobody has open: the caller holds its lock (`restoreUnderLock`); a running app restores
 * through `Library.restoreBackup`, which also replaces what it holds in memory.
 */
export async function restoreBackup(libraryFile: string, backupsDir: string, name: string): Promise<{ restored: string; keptAside: string | null }> {
  const { bytes } = await readGoodBackup(backupsDir, name);
  const keptAside = await setAside(libraryFile);
  await writeFileAtomic(libraryFile, bytes);
  return { restored: name, keptAside };
}

/**
 * The current library.json copied aside as library.replaced-<time>.json (null when there is none).
 * A copy, not a move: until the backup is in place, library.json stays whole.
 */
export async function setAside(libraryFile: string): Promise<string | null> {
  const keptAside = path.join(path.dirname(libraryFile), `library.replaced-${new Date().toISOString().replace(/[-:.]/g, '')}.json`);
  try {
    await copyFile(libraryFile, keptAside, constants.COPYFILE_FICLONE);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  await fsyncDir(path.dirname(libraryFile));
  return keptAside;
}

/**
 * `mediakit restore` and the desktop app's "restore the backup" when the library would not open:
 * like every other write, under the library's lock, so a running app cannot write its own state
 * back over the restored file at its next save.
 */
export async function restoreUnderLock(dir: string, name: string, app: string): Promise<{ restored: string; keptAside: string | null }> {
  const lock = await LibraryLock.acquire(dir, app);
  try {
    const paths = libraryPaths(dir);
    return await restoreBackup(paths.library, paths.backups, name);
  } finally {
    await lock.release();
  }
}

async function prune(backupsDir: string, keep: number): Promise<void> {
  const names = (await listNames(backupsDir)).filter((n) => BACKUP_RE.test(n)).sort();
  for (const old of names.slice(0, Math.max(0, names.length - keep))) {
    await rm(path.join(backupsDir, old), { force: true });
  }
}

async function listNames(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch {
    return [];
  }
}
