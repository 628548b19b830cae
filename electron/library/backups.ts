import { constants } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../model/errors.js';
import { fsyncDir, writeFileAtomic } from './atomic-write.js';
import { readFile } from 'node:fs/promises';

export const BACKUP_COUNT = 20;
const BACKUP_RE = /^library-(\d{8}T\d{9}Z)(-\d+)?\.json$/;

export interface BackupInfo {
  name: string;
  path: string;
  bytes: number;
  savedAt: string;
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

/** Puts a backup back as library.json; the file it replaces is kept aside, never deleted. */
export async function restoreBackup(libraryFile: string, backupsDir: string, name: string): Promise<{ restored: string; keptAside: string | null }> {
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
  let keptAside: string | null = null;
  try {
    await stat(libraryFile);
    keptAside = path.join(path.dirname(libraryFile), `library.replaced-${new Date().toISOString().replace(/[-:.]/g, '')}.json`);
    await rename(libraryFile, keptAside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  await writeFileAtomic(libraryFile, bytes);
  return { restored: name, keptAside };
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
