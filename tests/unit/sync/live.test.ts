import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../../helpers/api.js';
import { startCouchServer, type CouchServer } from '../../helpers/couch-server.js';
import { join, member, PASSWORD, USER } from './helpers.js';

let server: CouchServer;
beforeAll(async () => {
  server = await startCouchServer({ [USER]: PASSWORD });
});
afterAll(async () => {
  await server?.dispose();
});

async function until<T>(what: string, probe: () => T | Promise<T>, ok: (v: T) => boolean, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v)) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}: last ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('continuous sync while the app is open', () => {
  it('brings a saved edit to the other library without anyone pressing a button, and says offline when the server goes', async () => {
    await server.createDb('live');
    const a = await member('Marie');
    const b = await member('Kenji');
    try {
      await join(a, server, 'live');
      await join(b, server, 'live');
      const rel = await call(a.ctx, 'releases.create', { data: { lang: 'fr-CA', headline: 'Avant' } });
      await call(a.ctx, 'sync.start', {});
      await call(b.ctx, 'sync.start', {});
      await until('the release on B', () => b.lib.doc.releases.find((r) => r.id === rel.id)?.headline, (h) => h === 'Avant');

      await call(a.ctx, 'releases.update', { id: rel.id, patch: { headline: 'Après' } });
      await until('the edit on B', () => b.lib.doc.releases.find((r) => r.id === rel.id)?.headline, (h) => h === 'Après');
      expect((await call(b.ctx, 'sync.status', {})).live).toBe(true);

      // The network drops: the status says offline, saves go on locally, and arrive when it is back.
      await server.stop('SIGKILL');
      await call(a.ctx, 'releases.update', { id: rel.id, patch: { subheadline: 'Écrit hors ligne' } });
      await until('offline on A', async () => (await call(a.ctx, 'sync.status', {})).phase, (p) => p === 'offline');
      await server.start();
      await until('the offline edit on B', () => b.lib.doc.releases.find((r) => r.id === rel.id)?.subheadline, (s) => s === 'Écrit hors ligne', 90_000);
      await call(a.ctx, 'sync.stop', {});
      expect((await call(a.ctx, 'sync.status', {})).live).toBe(false);
    } finally {
      await a.close();
      await b.close();
    }
  }, 150_000);
});
