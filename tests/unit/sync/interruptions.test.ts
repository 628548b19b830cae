import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/library/library.js';
import { newId } from '../../../electron/model/common.js';
import { Contact, Release } from '../../../electron/model/entities.js';
import { call } from '../../helpers/api.js';
import { startCouchServer, type CouchServer } from '../../helpers/couch-server.js';
import { entities, join, member, PASSWORD, USER } from './helpers.js';

const BIN = path.resolve(__dirname, '../../../bin/mediakit.js');
const CONTACTS = 1500;
const RELEASES = 60;

let server: CouchServer;
beforeAll(async () => {
  server = await startCouchServer({ [USER]: PASSWORD });
});
afterAll(async () => {
  await server?.dispose();
});

/** A library big enough that a sync takes a while: entities written in one save, as an import would. */
async function fill(lib: Library, tag: string): Promise<void> {
  const now = new Date().toISOString();
  const meta = () => ({ createdAt: now, updatedAt: now, deletedAt: null });
  await lib.mutate((draft) => {
    for (let i = 0; i < CONTACTS; i++) {
      draft.contacts.push(Contact.parse({ id: newId('contact'), ...meta(), name: `Journaliste ${tag} ${i}`, emails: [`j${i}.${tag}@presse.example`] }));
    }
    for (let i = 0; i < RELEASES; i++) {
      draft.releases.push(Release.parse({ id: newId('release'), ...meta(), lang: 'fr-CA', headline: `Communiqué ${tag} ${i}` }));
    }
  });
}

async function docCount(db: string): Promise<number> {
  const r = await server.request('GET', `/${db}`);
  return (r.json as { doc_count?: number } | null)?.doc_count ?? 0;
}

/** Resolves once the server holds some, but not all, of the documents: the middle of a sync. */
async function midway(db: string, total: number, busy: () => boolean): Promise<number> {
  for (;;) {
    if (!busy()) return -1;
    const count = await docCount(db).catch(() => 0);
    if (count > 0 && count < total) return count;
    await new Promise((r) => setTimeout(r, 5));
  }
}

function cliSync(dir: string) {
  const child = spawn(process.execPath, [BIN, '--library', dir, 'sync'], { env: { ...process.env, MEDIAKIT_SYNC_PASSWORD: PASSWORD }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, done, stderr: () => stderr };
}

describe('a sync interrupted', () => {
  it('by the server stopping in the middle: the library is intact, the next sync completes, nothing is duplicated', async () => {
    await server.createDb('stopped');
    const a = await member('Marie');
    const b = await member('Kenji');
    try {
      await fill(a.lib, 'a');
      await join(a, server, 'stopped');
      await join(b, server, 'stopped');
      const total = CONTACTS + RELEASES;
      let busy = true;
      const first = call(a.ctx, 'sync.run', {}).then(
        () => 'completed',
        (e: { code?: string }) => e.code,
      ).finally(() => (busy = false));
      const seen = await midway('stopped', total, () => busy);
      console.info(`interrupted with ${seen} of ${total} documents on the server`);
      await server.stop('SIGKILL');
      const outcome = await first;
      expect(seen).toBeGreaterThan(0);
      expect(outcome).toBe('SYNC_UNREACHABLE');
      const status = await call(a.ctx, 'sync.status', {});
      expect(status.lastError?.code).toBe('SYNC_UNREACHABLE');

      // An acknowledged save while offline, then the server comes back.
      const late = await call(a.ctx, 'releases.create', { data: { lang: 'en-US', headline: 'Saved while the server was down' } });
      await server.start();
      await call(a.ctx, 'sync.run', {});
      await call(b.ctx, 'sync.run', {});
      expect(await docCount('stopped')).toBe(total + 1);
      expect(entities(b.lib)).toEqual(entities(a.lib));
      expect(b.lib.doc.releases.some((r) => r.id === late.id)).toBe(true);
      await a.close();
      const reopened = await Library.open(a.dir, { app: 'reopen' });
      expect(reopened.doc.contacts).toHaveLength(CONTACTS);
      await reopened.close();
    } finally {
      await a.close().catch(() => undefined);
      await b.close().catch(() => undefined);
    }
  });

  it('by the client killed with SIGKILL in the middle: the next sync completes and every acknowledged save arrives once', async () => {
    await server.createDb('killed');
    const a = await member('Marie');
    const b = await member('Kenji');
    try {
      await fill(a.lib, 'k');
      await join(a, server, 'killed');
      await join(b, server, 'killed');
      await a.close();
      const total = CONTACTS + RELEASES;
      const run = cliSync(a.dir);
      let busy = true;
      void run.done.then(() => (busy = false));
      const seen = await midway('killed', total, () => busy);
      console.info(`interrupted with ${seen} of ${total} documents on the server`);
      run.child.kill('SIGKILL');
      await run.done;

      // The killed process left its lock and the replica's: the next run takes them over.
      const again = cliSync(a.dir);
      expect(await again.done, again.stderr()).toBe(0);
      expect(seen).toBeGreaterThan(0);
      expect(seen).toBeLessThan(total);
      expect(await docCount('killed')).toBe(total);

      await call(b.ctx, 'sync.run', {});
      const reopened = await Library.open(a.dir, { app: 'reopen' });
      try {
        expect(entities(b.lib)).toEqual(entities(reopened));
        expect(b.lib.doc.contacts).toHaveLength(CONTACTS);
        expect(new Set(b.lib.doc.contacts.map((c) => c.id)).size).toBe(CONTACTS);
      } finally {
        await reopened.close();
      }
    } finally {
      await a.close().catch(() => undefined);
      await b.close().catch(() => undefined);
    }
  });
});
