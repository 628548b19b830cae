import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../library/atomic-write.js';
import { COLLECTIONS } from '../model/library-document.js';

/**
 * What a library remembers of its team library, in `<library>/sync/`: never the password, and
 * nothing the library itself needs (delete the folder and the library is whole, only unsynced).
 * `state.json` is small and written at every step; `revs.json` maps each entity to the revision
 * its copy in library.json corresponds to, and is written after each push and each pull.
 */
export const SYNC_DIR = 'sync';

const Collection = z.enum(COLLECTIONS);

export const Conflict = z.object({
  collection: Collection,
  /** The revision this library wrote. */
  mine: z.string(),
  /** The other versions, the deterministic winner first when it is not ours. */
  theirs: z.array(z.string()),
  since: z.string(),
});
export type Conflict = z.infer<typeof Conflict>;

const LocalizedText = z.union([z.string(), z.object({ en: z.string(), fr: z.string() })]);

export const Refusal = z.object({ id: z.string(), reason: LocalizedText, at: z.string() });
export type Refusal = z.infer<typeof Refusal>;

export const Notice = z.object({ id: z.string(), collection: Collection, kind: z.literal('edit-kept-over-delete'), at: z.string() });
export type Notice = z.infer<typeof Notice>;

export const SyncState = z.object({
  version: z.literal(1),
  url: z.string(),
  user: z.string(),
  /** The replica's sequence up to which changes were applied to library.json. */
  appliedSeq: z.union([z.number(), z.string()]).default(0),
  conflicts: z.record(z.string(), Conflict).default({}),
  /** Documents from the server that did not reach the library, newest last (kept to 50). */
  refused: z.array(Refusal).default([]),
  notices: z.array(Notice).default([]),
  /** Entities that arrived before the file they point to: applied once the file is here. */
  waiting: z.array(z.string()).default([]),
  lastSync: z.object({ at: z.string(), pushed: z.number(), pulled: z.number() }).nullable().default(null),
  lastError: z.object({ at: z.string(), code: z.string(), message: LocalizedText }).nullable().default(null),
});
export type SyncState = z.infer<typeof SyncState>;

export const Revs = z.object({
  /** entity id → the revision library.json's copy corresponds to, and that copy's hash. */
  entities: z.record(z.string(), z.object({ rev: z.string(), hash: z.string(), deleted: z.boolean().optional() })).default({}),
  /** Files (by SHA-256) known to be in the replica. */
  files: z.array(z.string()).default([]),
});
export type Revs = z.infer<typeof Revs>;

export function syncDir(libraryDir: string): string {
  return path.join(libraryDir, SYNC_DIR);
}

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T | null> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  const parsed = schema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues[0]?.message ?? 'not a sync state file'}`);
  return parsed.data;
}

/** The team-library settings of a library, or null when it never joined one (the common case: nothing is loaded). */
export function readState(libraryDir: string): Promise<SyncState | null> {
  return readJson(path.join(syncDir(libraryDir), 'state.json'), SyncState);
}

export async function writeState(libraryDir: string, state: SyncState): Promise<void> {
  await mkdir(syncDir(libraryDir), { recursive: true });
  await writeFileAtomic(path.join(syncDir(libraryDir), 'state.json'), `${JSON.stringify(state, null, 2)}\n`);
}

export async function readRevs(libraryDir: string): Promise<Revs> {
  return (await readJson(path.join(syncDir(libraryDir), 'revs.json'), Revs)) ?? { entities: {}, files: [] };
}

export async function writeRevs(libraryDir: string, revs: Revs): Promise<void> {
  await mkdir(syncDir(libraryDir), { recursive: true });
  await writeFileAtomic(path.join(syncDir(libraryDir), 'revs.json'), JSON.stringify(revs));
}
