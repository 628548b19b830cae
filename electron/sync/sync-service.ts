import os from 'node:os';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { Library } from '../library/library.js';
import { AppError, type Localized } from '../model/errors.js';
import type { CollectionName, EntityOf } from '../model/library-document.js';
import { applyRemote } from './apply.js';
import { conflictViews, resolveConflict, type ConflictView, type Resolution } from './conflicts.js';
import type { SyncCredentials } from './credentials.js';
import type { Cancelable, Db, SyncHandle } from './pouch.js';
import { pushLocal } from './push.js';
import { openRemote, openReplica } from './replica.js';
import { syncError } from './sync-errors.js';
import { readRevs, readState, syncDir, writeRevs, writeState, type Notice, type Refusal, type Revs, type SyncState } from './sync-state.js';
import { checkSyncUrl } from './sync-url.js';

export type SyncPhase = 'off' | 'idle' | 'syncing' | 'up-to-date' | 'offline' | 'error';

export interface SyncStatus {
  configured: boolean;
  url: string | null;
  user: string | null;
  phase: SyncPhase;
  live: boolean;
  /** Documents still to move, as PouchDB last reported it. */
  pending: number;
  conflicts: { id: string; collection: CollectionName; since: string }[];
  refused: Refusal[];
  notices: Notice[];
  lastSync: SyncState['lastSync'];
  lastError: { at: string; code: string; message: Localized } | null;
  passwordKnown: boolean;
}

export interface SyncReport {
  pushed: number;
  pulled: number;
  sent: number;
  received: number;
  conflicts: string[];
  refused: Refusal[];
}

const now = (): string => new Date().toISOString();

/**
 * One library's link to its team library: push (library → local replica), replicate (replica ⇄
 * server, PouchDB's protocol with its checkpoints), apply (replica → library). Steps never overlap.
 * A library that never joined a team library never creates one of these (see `syncServiceFor`).
 */
export class SyncService {
  private queue: Promise<unknown> = Promise.resolve();
  private live: { handle: SyncHandle; feed: Cancelable; unlisten: () => void; timers: Set<NodeJS.Timeout> } | null = null;
  private phase: SyncPhase = 'idle';
  private pending = 0;
  private closed = false;

  private constructor(
    private readonly library: Library,
    private state: SyncState,
    private revs: Revs,
    private readonly libraryDir: string,
    private readonly credentials: SyncCredentials,
  ) {}

  private replicaDb: Promise<Db> | null = null;

  /** Opened on first use: a status read needs no replica (and another process may hold it). */
  private replica(): Promise<Db> {
    this.replicaDb ??= openReplica(this.libraryDir);
    return this.replicaDb;
  }

  static async load(library: Library, credentials: SyncCredentials): Promise<SyncService | null> {
    const state = await readState(library.dir);
    if (!state) return null;
    return new SyncService(library, state, await readRevs(library.dir), library.dir, credentials);
  }

  /**
   * Joins a team library: checks the address, the password and that the database exists before
   * anything is written. Joining a different address starts a new replica (the library is kept).
   */
  static async setup(library: Library, input: { url: string; user: string; password?: string | null }, credentials: SyncCredentials, existing: SyncService | null): Promise<SyncService> {
    const url = checkSyncUrl(input.url);
    const user = input.user.trim();
    const password = input.password ?? (user ? await credentials.get(url, user) : null);
    const remote = await openRemote({ url, user, password });
    try {
      await checkReachable(remote);
    } catch (err) {
      throw syncError(err, url, user, password);
    } finally {
      await remote.close().catch(() => undefined);
    }
    if (input.password && user) await credentials.set(url, user, input.password);
    if (existing) {
      await existing.close();
      if (existing.state.url === url) {
        existing.state = { ...existing.state, user };
        await writeState(library.dir, existing.state);
        return SyncService.load(library, credentials) as Promise<SyncService>;
      }
    }
    await rm(syncDir(library.dir), { recursive: true, force: true });
    const state: SyncState = { version: 1, url, user, appliedSeq: 0, conflicts: {}, refused: [], notices: [], waiting: [], lastSync: null, lastError: null };
    await writeState(library.dir, state);
    await writeRevs(library.dir, { entities: {}, files: [] });
    return new SyncService(library, state, { entities: {}, files: [] }, library.dir, credentials);
  }

  get url(): string {
    return this.state.url;
  }

  /** The officer's name on what this library writes (settings, else the sender, else the system user). */
  private by(): string {
    const s = this.library.doc.settings;
    return s.displayName || s.sender.name || safeUserName();
  }

  private enqueue<T>(step: () => Promise<T>): Promise<T> {
    const next = this.queue.then(step, step);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async save(): Promise<void> {
    await writeState(this.library.dir, this.state);
    await writeRevs(this.library.dir, this.revs);
  }

  private async remote(): Promise<{ db: Db; password: string | null }> {
    const password = this.state.user ? await this.credentials.get(this.state.url, this.state.user) : null;
    if (this.state.user && password === null) {
      throw new AppError('SYNC_AUTH', {
        en: `No password for “${this.state.user}” at ${this.state.url}: set MEDIAKIT_SYNC_PASSWORD, or enter it in Settings → Team library.`,
        fr: `Aucun mot de passe pour «\u00a0${this.state.user}\u00a0» sur ${this.state.url}\u00a0: définissez MEDIAKIT_SYNC_PASSWORD ou saisissez-le dans Réglages → Bibliothèque d’équipe.`,
      });
    }
    return { db: await openRemote({ url: this.state.url, user: this.state.user, password }), password };
  }

  private async fail(err: unknown, password: string | null): Promise<never> {
    const error = syncError(err, this.state.url, this.state.user, password);
    this.state.lastError = errorNote(error);
    this.phase = error.code === 'SYNC_UNREACHABLE' ? 'offline' : 'error';
    await writeState(this.library.dir, this.state).catch(() => undefined);
    throw error;
  }

  /** One push and pull, then done: `mediakit sync`, and the "Sync now" button. */
  syncOnce(): Promise<SyncReport> {
    return this.enqueue(async () => {
      let password: string | null = null;
      this.phase = 'syncing';
      try {
        const replica = await this.replica();
        const pushed = await pushLocal(this.library, replica, this.revs, this.by());
        await this.save();
        const remote = await this.remote();
        password = remote.password;
        let moved: Awaited<SyncHandle>;
        try {
          moved = await replica.sync(remote.db, { batch_size: 200, batches_limit: 4 });
        } finally {
          await remote.db.close().catch(() => undefined);
        }
        const applied = await applyRemote(this.library, replica, this.state, this.revs, now);
        this.state.lastSync = { at: now(), pushed, pulled: applied.pulled };
        this.state.lastError = null;
        await this.save();
        this.phase = 'up-to-date';
        return {
          pushed,
          pulled: applied.pulled,
          sent: moved.push?.docs_written ?? 0,
          received: moved.pull?.docs_written ?? 0,
          conflicts: Object.keys(this.state.conflicts),
          refused: applied.refused,
        };
      } catch (err) {
        return this.fail(err, password);
      }
    });
  }

  /**
   * Continuous replication while the app is open: saves are pushed as they happen, the server's
   * changes applied as they arrive; PouchDB retries with a growing delay (up to a minute) when
   * the network drops, and the status says "offline" meanwhile.
   */
  async start(): Promise<void> {
    if (this.live || this.closed) return;
    let remote: Awaited<ReturnType<SyncService['remote']>>;
    let replica: Db;
    try {
      replica = await this.replica();
      remote = await this.remote();
    } catch (err) {
      return this.fail(err, null);
    }
    const timers = new Set<NodeJS.Timeout>();
    const later = (ms: number, step: () => Promise<unknown>): (() => void) => {
      let timer: NodeJS.Timeout | null = null;
      return () => {
        if (timer || this.closed) return;
        timer = setTimeout(() => {
          timers.delete(timer!);
          timer = null;
          void this.enqueue(step).catch((err: unknown) => this.fail(err, remote.password).catch(() => undefined));
        }, ms);
        timers.add(timer);
      };
    };
    const push = later(100, async () => {
      if ((await pushLocal(this.library, replica, this.revs, this.by())) > 0) await this.save();
    });
    const apply = later(50, async () => {
      const applied = await applyRemote(this.library, replica, this.state, this.revs, now);
      if (applied.pulled || applied.refused.length) this.state.lastSync = { at: now(), pushed: 0, pulled: applied.pulled };
      await this.save();
    });
    const handle = replica.sync(remote.db, {
      live: true,
      retry: true,
      batch_size: 200,
      back_off_function: (delay) => (delay === 0 ? 1000 : Math.min(delay * 2, 60_000)),
    });
    // Each direction reports its own state: the sync as a whole is offline when either failed,
    // syncing when either moves, up to date when both wait for changes.
    const directions = { push: 'idle', pull: 'idle' } as Record<'push' | 'pull', 'idle' | 'active' | 'error'>;
    const settle = (): void => {
      if (directions.push === 'error' || directions.pull === 'error') this.phase = 'offline';
      else if (directions.push === 'active' || directions.pull === 'active') this.phase = 'syncing';
      else {
        this.phase = 'up-to-date';
        this.pending = 0;
        this.state.lastError = null;
      }
    };
    for (const direction of ['push', 'pull'] as const) {
      handle[direction]
        .on('active', () => {
          directions[direction] = 'active';
          settle();
        })
        .on('paused', (err?: unknown) => {
          directions[direction] = err ? 'error' : 'idle';
          if (err) this.state.lastError = errorNote(syncError(err, this.state.url, this.state.user, remote.password));
          settle();
        })
        .on('change', (info: { pending?: number }) => {
          this.pending = info.pending ?? this.pending;
        });
    }
    handle.on('error', (err: unknown) => {
      void this.fail(err, remote.password).catch(() => undefined);
    });
    // Every change reaching the replica, from the server or from a resolution, goes to the library.
    const feed = replica.changes({ since: 'now', live: true }).on('change', apply);
    const unlisten = this.library.onChange(push);
    this.live = { handle, feed, unlisten, timers };
    this.phase = 'syncing';
    push();
    apply();
  }

  async stop(): Promise<void> {
    const live = this.live;
    if (!live) return;
    this.live = null;
    live.unlisten();
    for (const t of live.timers) clearTimeout(t);
    live.feed.cancel();
    live.handle.cancel();
    await this.queue;
    this.phase = 'idle';
  }

  async status(): Promise<SyncStatus> {
    return {
      configured: true,
      url: this.state.url,
      user: this.state.user || null,
      phase: this.phase,
      live: !!this.live,
      pending: this.pending,
      conflicts: Object.entries(this.state.conflicts).map(([id, c]) => ({ id, collection: c.collection, since: c.since })),
      refused: this.state.refused,
      notices: this.state.notices,
      lastSync: this.state.lastSync,
      lastError: this.state.lastError,
      passwordKnown: !this.state.user || (await this.credentials.get(this.state.url, this.state.user)) !== null,
    };
  }

  conflicts(): Promise<ConflictView[]> {
    return this.enqueue(async () => conflictViews(await this.replica(), this.state));
  }

  resolve(id: string, resolution: Resolution): Promise<EntityOf<CollectionName>> {
    return this.enqueue(async () => {
      const entity = await resolveConflict(this.library, await this.replica(), this.state, this.revs, id, resolution, this.by(), now());
      await this.save();
      return entity;
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.stop();
    this.closed = true;
    await this.queue;
    const replica = await this.replicaDb?.catch(() => null);
    await replica?.close().catch(() => undefined);
  }
}

function errorNote(error: AppError): NonNullable<SyncState['lastError']> {
  return { at: now(), code: error.code, message: error.fr ? { en: error.message, fr: error.fr } : error.message };
}

const STATUS_OF: Record<string, number> = { unauthorized: 401, forbidden: 403, not_found: 404 };

/** PouchDB's info() answers a refusal with the server's error body instead of failing: make it fail. */
async function checkReachable(remote: Db): Promise<void> {
  const info = (await remote.info()) as Awaited<ReturnType<Db['info']>> & { error?: string; reason?: string };
  if (info.error) throw { status: STATUS_OF[info.error] ?? 500, name: info.error, message: info.reason ?? info.error };
}

function safeUserName(): string {
  try {
    return os.userInfo().username;
  } catch {
    return '';
  }
}

/** Where the replica lives, for messages and docs. */
export function replicaPath(libraryDir: string): string {
  return path.join(syncDir(libraryDir), 'replica');
}
