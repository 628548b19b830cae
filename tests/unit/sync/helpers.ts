import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createContext } from '../../../electron/host/context.js';
import { Library } from '../../../electron/library/library.js';
import { COLLECTIONS } from '../../../electron/model/library-document.js';
import { closeSync } from '../../../electron/sync/index.js';
import { environmentCredentials } from '../../../electron/sync/credentials.js';
import { call } from '../../helpers/api.js';
import type { CouchServer } from '../../helpers/couch-server.js';
import { tempDir } from '../../helpers/temp-dir.js';

export const USER = 'officer';
export const PASSWORD = 'correct horse battery';

export interface Member {
  name: string;
  dir: string;
  lib: Library;
  ctx: ReturnType<typeof createContext>;
  close(): Promise<void>;
}

/** One officer's library in a temp folder, opened as the app opens it, with the password in the environment. */
export async function member(name: string, dir?: string): Promise<Member> {
  const folder = dir ?? (await tempDir(`mediakit-sync-${name}-`));
  const lib = await Library.open(folder, { app: `sync test ${name}` });
  const ctx = createContext(lib, 'cli');
  ctx.credentials = environmentCredentials({ MEDIAKIT_SYNC_PASSWORD: PASSWORD });
  await call(ctx, 'settings.update', { displayName: name });
  return {
    name,
    dir: folder,
    lib,
    ctx,
    async close() {
      await closeSync(lib);
      await ctx.dispose();
      await lib.close();
    },
  };
}

export async function join(m: Member, server: CouchServer, db = 'team'): Promise<void> {
  await call(m.ctx, 'sync.setup', { url: server.db(db), user: USER });
}

/** What must be equal between two libraries of one team: every entity, field by field. */
export function entities(lib: Library): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  for (const c of COLLECTIONS) out[c] = [...(lib.doc[c] as { id: string }[])].sort((a, b) => a.id.localeCompare(b.id));
  return out;
}

/** The stored files of a library, by hash. */
export async function fileHashes(dir: string): Promise<string[]> {
  const root = path.join(dir, 'files');
  const out: string[] = [];
  for (const sub of await readdir(root).catch(() => [] as string[])) {
    for (const f of await readdir(path.join(root, sub))) out.push(f);
  }
  return out.sort();
}

export async function readJson(file: string): Promise<unknown> {
  return JSON.parse(await readFile(file, 'utf8'));
}
