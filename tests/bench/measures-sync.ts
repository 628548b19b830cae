import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { dispatch } from '../../electron/api/dispatch.js';
import { createContext } from '../../electron/host/context.js';
import { Library } from '../../electron/library/library.js';
import { environmentCredentials } from '../../electron/sync/credentials.js';
import { closeSync } from '../../electron/sync/index.js';
import { startCouchServer } from '../helpers/couch-server.js';
import type { Generated } from './generate.js';
import { sample, summarize, type Figure } from './stats.js';

export interface SyncOptions {
  root: string;
  gen: Generated;
  work: string;
  runs: number;
  log: (s: string) => void;
}

const USER = 'bench';
const PASSWORD = 'bench password';

function fig(key: string, label: string, samples: number[], extra: Partial<Figure> = {}): Figure {
  return { key, label, unit: 'ms', ...summarize(samples), ...extra };
}

async function open(dir: string) {
  const lib = await Library.open(dir, { app: 'the benchmark (sync)', indexInBackground: true });
  const ctx = createContext(lib, 'cli');
  ctx.credentials = environmentCredentials({ MEDIAKIT_SYNC_PASSWORD: PASSWORD });
  const call = async (method: string, input: unknown): Promise<unknown> => {
    const r = await dispatch(method, input, ctx);
    if (!r.ok) throw new Error(`${method}: ${r.error.code}: ${r.error.message}`);
    return r.result;
  };
  return {
    lib,
    call,
    async close() {
      await closeSync(lib);
      await ctx.dispose();
      await lib.close();
    },
  };
}

/**
 * The team library (issue #14): the first sync of the whole library to an empty server and from it
 * into an empty library, one edited field from one library to the other with both syncing
 * continuously, and open/save of a library in a team library (idle) against the same without.
 */
export async function measureSync(o: SyncOptions): Promise<Figure[]> {
  const { gen, runs, log } = o;
  const server = await startCouchServer({ [USER]: PASSWORD }, path.join(o.root, 'tests/helpers/couch-server-main.cjs'));
  const figures: Figure[] = [];
  const docs = gen.counts.releases + gen.counts.contacts + gen.counts.logos + gen.counts.organizations + gen.counts.sheets + gen.counts.kits;
  try {
    await server.request('PUT', '/team');
    const dirA = path.join(await mkdtemp(path.join(o.work, 'sync-a-')), 'library');
    await cp(gen.dir, dirA, { recursive: true });
    const a = await open(dirA);
    await a.call('sync.setup', { url: server.db('team'), user: USER });
    log(`sync: first push of ${docs} entities and their files to an empty server`);
    let t = performance.now();
    const pushed = (await a.call('sync.run', {})) as { sent: number };
    const push = performance.now() - t;
    figures.push(fig('sync.first.push', `first sync to an empty server (${pushed.sent} documents)`, [push], { note: `${Math.round(pushed.sent / (push / 1000))} documents/s` }));

    const dirB = path.join(await mkdtemp(path.join(os.tmpdir(), 'mediakit-bench-sync-b-')), 'library');
    const b = await open(dirB);
    await b.call('sync.setup', { url: server.db('team'), user: USER });
    log('sync: first pull into an empty library');
    t = performance.now();
    const pulled = (await b.call('sync.run', {})) as { received: number };
    const pull = performance.now() - t;
    figures.push(fig('sync.first.pull', `first sync into an empty library (${pulled.received} documents)`, [pull], { note: `${Math.round(pulled.received / (pull / 1000))} documents/s` }));

    // One field, saved in A, until B's library holds it: both sync continuously, as in the app.
    await a.call('sync.start', {});
    await b.call('sync.start', {});
    const release = a.lib.doc.releases[0]!;
    log('sync: one edited field, A → B');
    const latency = await sample(runs, async (i) => {
      const headline = `${release.headline.slice(0, 60)} (${i})`;
      await a.call('releases.update', { id: release.id, patch: { headline } });
      const deadline = performance.now() + 30_000;
      while (b.lib.doc.releases.find((r) => r.id === release.id)?.headline !== headline) {
        if (performance.now() > deadline) throw new Error('the edit did not reach the other library in 30 s');
        await new Promise((r) => setTimeout(r, 2));
      }
    });
    figures.push(fig('sync.edit', 'one edited field reaches the other library (both syncing)', latency, { target: { max: 1000, of: 'ms' } }));

    // An idle team library costs nothing: the same save with continuous sync on and off. B stops
    // first: it stands for another officer's computer, whose work must not be counted here. Saves
    // are spaced as autosave spaces them, so each one's push is done before the next save.
    await b.call('sync.stop', {});
    log('sync: save with sync on (idle) and off');
    const contact = a.lib.doc.contacts[0]!;
    const spaced = (i: number) => async () => {
      await new Promise((r) => setTimeout(r, 400));
      const t = performance.now();
      await a.call('contacts.update', { id: contact.id, patch: { title: `Journaliste ${i}` } });
      return performance.now() - t;
    };
    const saveOn: number[] = [];
    for (let i = -1; i < runs; i++) {
      const ms = await spaced(i)();
      if (i >= 0) saveOn.push(ms);
    }
    await a.call('sync.stop', {});
    const saveOff: number[] = [];
    for (let i = -1; i < runs; i++) {
      const ms = await spaced(i + 100)();
      if (i >= 0) saveOff.push(ms);
    }
    figures.push(fig('sync.save.off', 'save, library not syncing', saveOff));
    figures.push(fig('sync.save.on', 'save, library syncing continuously (idle)', saveOn, { against: 'sync.save.off', target: { max: 1.25, of: 'ratio' } }));
    await a.close();
    await b.close();

    log('sync: open with and without a team library');
    const plain = path.join(await mkdtemp(path.join(o.work, 'sync-plain-')), 'library');
    await cp(gen.dir, plain, { recursive: true });
    const openOf = async (dir: string) =>
      sample(runs, async () => {
        const s = await open(dir);
        await s.lib.search('bench');
        await s.call('sync.status', {});
        await s.close();
      });
    figures.push(fig('sync.open.off', 'open, library not in a team library', await openOf(plain)));
    figures.push(fig('sync.open.on', 'open, library in a team library', await openOf(dirA), { against: 'sync.open.off', target: { max: 1.25, of: 'ratio' } }));
  } finally {
    await server.dispose();
  }
  return figures;
}
