import path from 'node:path';
import { syncDir } from './sync-state.js';

import type { Db, PouchStatic } from './pouch.js';

export type { Db, Doc } from './pouch.js';

let loading: Promise<PouchStatic> | null = null;

/** PouchDB (and its LevelDB store) is loaded only by a library that joined a team library. */
async function pouch(): Promise<PouchStatic> {
  // @ts-expect-error: pouchdb-node ships no types; ./pouch.ts types the part we use.
  loading ??= import('pouchdb-node').then((m: { default?: PouchStatic }) => m.default ?? (m as unknown as PouchStatic));
  return loading;
}

/**
 * The library's own full copy of the team database, in `<library>/sync/replica` (LevelDB): its
 * replication checkpoints live there too, so a restart resumes where it stopped. Old revisions'
 * bodies are compacted away; the leaves (the versions of a conflict) are kept.
 */
export async function openReplica(libraryDir: string): Promise<Db> {
  const PouchDB = await pouch();
  return new PouchDB(path.join(syncDir(libraryDir), 'replica'), { auto_compaction: true });
}

export interface RemoteOptions {
  url: string;
  user: string;
  password: string | null;
}

/**
 * The server's database. The password goes in an Authorization header built by PouchDB's HTTP
 * adapter, never in the URL (which appears in errors). `skip_setup`: a team database is made by
 * its administrator (docs/TEAM.md), not by whoever connects first.
 */
export async function openRemote({ url, user, password }: RemoteOptions): Promise<Db> {
  const PouchDB = await pouch();
  const options: Record<string, unknown> = { skip_setup: true };
  if (user) options.auth = { username: user, password: password ?? '' };
  return new PouchDB(url, options);
}
