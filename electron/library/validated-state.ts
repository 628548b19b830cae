import { createHash, webcrypto } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { SCHEMA_VERSION } from '../model/library-document.js';
import { writeFileAtomic } from './atomic-write.js';
import { LIBRARY_FILES } from './library-layout.js';
import { validationFormat } from './validation-format.js';
import type { BackupInfo } from './backups.js';

/**
 * A note beside library.json: "the library.json whose bytes hash to this SHA-256 was written or fully
 * validated by this app, at this schema version, and parses to exactly what validation returns".
 * Opening those same bytes again can skip validation (~100 ms at 10,000 contacts); a file changed by
 * anyone else has another hash and is fully validated. A missing, stale or damaged note only costs
 * that validation. It also names the backup last seen holding those bytes, so that open need not
 * read and compare the newest backup to know whether library.json needs a new one.
 */
export const VALIDATED_FILE = LIBRARY_FILES.validated;

/** A backup as listBackups describes it: a rewrite in place would change its size or time. */
export type BackupStamp = Pick<BackupInfo, 'name' | 'bytes' | 'savedAt'>;

export interface Note {
  sha256: string;
  schemaVersion: number;
  /** The schema's fingerprint when the note was written (validation-format.ts). */
  format: string;
  backup: BackupStamp | null;
}

/** The note, if it is one this version wrote at this schema version. */
export async function readNote(dir: string): Promise<Note | null> {
  try {
    const note = JSON.parse(await readFile(path.join(dir, VALIDATED_FILE), 'utf8')) as Partial<Note>;
    if (note.schemaVersion !== SCHEMA_VERSION || note.format !== validationFormat() || typeof note.sha256 !== 'string') return null;
    const b = note.backup;
    const backup = b && typeof b.name === 'string' && typeof b.bytes === 'number' && typeof b.savedAt === 'string' ? { name: b.name, bytes: b.bytes, savedAt: b.savedAt } : null;
    return { sha256: note.sha256, schemaVersion: note.schemaVersion, format: note.format, backup };
  } catch {
    return null;
  }
}

export async function writeNote(dir: string, sha256: string, backup: BackupStamp | null): Promise<void> {
  const note: Note = { sha256, schemaVersion: SCHEMA_VERSION, format: validationFormat(), backup };
  await writeFileAtomic(path.join(dir, VALIDATED_FILE), JSON.stringify(note) + '\n');
}

export function sameStamp(a: BackupStamp | null | undefined, b: BackupStamp | null | undefined): boolean {
  return !!a && !!b && a.name === b.name && a.bytes === b.bytes && a.savedAt === b.savedAt;
}

export async function stampOf(backupsDir: string, name: string): Promise<BackupStamp> {
  const s = await stat(path.join(backupsDir, name));
  return { name, bytes: s.size, savedAt: s.mtime.toISOString() };
}

/** SHA-256 (hex) of bytes, computed on libuv's thread pool: it runs while the main thread parses them. */
export async function sha256Off(bytes: Uint8Array): Promise<string> {
  return Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes)).toString('hex');
}

/** SHA-256 (hex) of buffers in order, yielding every few megabytes so that requests are answered between. */
export async function sha256Parts(parts: readonly Uint8Array[]): Promise<string> {
  const hash = createHash('sha256');
  const SLICE = 2 << 20;
  let since = 0;
  for (const part of parts) {
    for (let at = 0; at < part.byteLength; at += SLICE) {
      const piece = at === 0 && part.byteLength <= SLICE ? part : part.subarray(at, at + SLICE);
      hash.update(piece);
      since += piece.byteLength;
      if (since >= SLICE) {
        since = 0;
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  }
  return hash.digest('hex');
}

/**
 * Whether two JSON values hold the same data (object key order aside): the check that validation
 * returned the file's content unchanged (no default filled in, no unknown key dropped).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  let count = 0;
  for (const key in ra) {
    if (!Object.prototype.hasOwnProperty.call(ra, key)) continue;
    // JSON.stringify leaves undefined members out: a key holding undefined is no key at all.
    if (ra[key] === undefined) continue;
    count++;
    if (!Object.prototype.hasOwnProperty.call(rb, key) || !sameJson(ra[key], rb[key])) return false;
  }
  for (const key in rb) if (Object.prototype.hasOwnProperty.call(rb, key) && rb[key] !== undefined) count--;
  return count === 0;
}
