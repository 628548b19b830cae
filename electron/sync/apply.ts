import { original, type Draft } from 'immer';
import type { Library } from '../library/library.js';
import { sha256Hex } from '../library/file-store.js';
import type { Localized } from '../model/errors.js';
import type { CollectionName, EntityOf, LibraryDocument } from '../model/library-document.js';
import { entityHash, FILE_DOC_PREFIX, fileDocId, filesOf, MAX_SYNC_FILE_BYTES, readEntityDoc } from './entity-documents.js';
import type { Db, Doc } from './replica.js';
import type { Conflict, Notice, Refusal, Revs, SyncState } from './sync-state.js';

const BATCH = 1000;

interface Upsert {
  collection: CollectionName;
  entity: EntityOf<CollectionName>;
  rev: string;
  hash: string;
}

export interface Applied {
  pulled: number;
  refused: Refusal[];
}

/**
 * Replica → library: the winning revision of every document that changed since the last pass,
 * checked like a file read from disk, written to library.json in batches (one atomic write each).
 * An entity edited here and not yet pushed is left alone: the next push turns the two edits into
 * a conflict the officer resolves, instead of one silently replacing the other.
 */
export async function applyRemote(library: Library, replica: Db, state: SyncState, revs: Revs, now: () => string): Promise<Applied> {
  const applied: Applied = { pulled: 0, refused: [] };
  const retry = state.waiting;
  state.waiting = [];
  if (retry.length) {
    const rows = await replica.allDocs({ keys: retry, include_docs: true, conflicts: true });
    const docs = rows.rows.flatMap((r) => ('error' in r || !r.doc ? [] : [r.doc as unknown as Doc]));
    await applyBatch(library, replica, docs, [], state, revs, now, applied);
  }
  for (;;) {
    const res = await replica.changes({ since: state.appliedSeq, include_docs: true, conflicts: true, limit: BATCH });
    if (!res.results.length) break;
    const docs: Doc[] = [];
    const deleted: string[] = [];
    for (const change of res.results) {
      if (change.id.startsWith('_') || change.id.startsWith(FILE_DOC_PREFIX)) continue;
      if (change.deleted) deleted.push(change.id);
      else if (change.doc) docs.push(change.doc as unknown as Doc);
    }
    await applyBatch(library, replica, docs, deleted, state, revs, now, applied);
    state.appliedSeq = res.last_seq;
    if (res.results.length < BATCH) break;
  }
  return applied;
}

async function applyBatch(
  library: Library,
  replica: Db,
  docs: readonly Doc[],
  deleted: readonly string[],
  state: SyncState,
  revs: Revs,
  now: () => string,
  applied: Applied,
): Promise<void> {
  const upserts: Upsert[] = [];
  for (const doc of docs) {
    const id = String(doc._id);
    const read = readEntityDoc(doc, JSON.stringify(doc).length);
    if (!read.ok) {
      refuse(state, applied, id, read.reason, now());
      continue;
    }
    const files = await fetchFiles(library, replica, filesOf(read.collection, read.entity));
    if (files === 'missing') {
      state.waiting.push(id);
      continue;
    }
    if (typeof files !== 'string' && files) {
      refuse(state, applied, id, files, now());
      continue;
    }
    const rev = String(doc._rev);
    const known = revs.entities[id];
    noteConflict(state, read.collection, id, rev, (doc._conflicts as string[] | undefined) ?? [], known?.rev, now());
    if (known?.deleted) state.notices = [...state.notices, { id, collection: read.collection, kind: 'edit-kept-over-delete', at: now() } satisfies Notice].slice(-50);
    upserts.push({ collection: read.collection, entity: read.entity, rev, hash: entityHash(read.entity) });
  }
  const removals = deleted.filter((id) => revs.entities[id] && !revs.entities[id]!.deleted);
  if (!upserts.length && !removals.length) return;

  const done = new Set<string>();
  let changed = 0;
  await library.mutate((draft) => {
    // Positions in each collection as it was before this batch (upserts only append).
    const positions = new Map<CollectionName, Map<string, number>>();
    const positionsOf = (collection: CollectionName, base: readonly { id: string }[]): Map<string, number> => {
      let map = positions.get(collection);
      if (!map) positions.set(collection, (map = new Map(base.map((e, i) => [e.id, i]))));
      return map;
    };
    for (const u of upserts) {
      const list = draft[u.collection] as Draft<EntityOf<CollectionName>>[];
      const base = (original(list) ?? []) as EntityOf<CollectionName>[];
      const at = positionsOf(u.collection, base).get(u.entity.id) ?? -1;
      if (at >= 0) {
        const here = base[at]!;
        if (unpushed(here, revs)) continue;
        if (entityHash(here) !== u.hash) {
          list[at] = u.entity as Draft<EntityOf<CollectionName>>;
          changed++;
        }
      } else {
        list.push(u.entity as Draft<EntityOf<CollectionName>>);
        changed++;
      }
      done.add(u.entity.id);
    }
    for (const id of removals) {
      for (const collection of Object.keys(draft) as (keyof LibraryDocument)[]) {
        const list = draft[collection];
        if (!Array.isArray(list)) continue;
        const base = (original(list) ?? []) as { id: string }[];
        const at = base.findIndex((e) => e.id === id);
        if (at < 0) continue;
        if (unpushed(base[at] as EntityOf<CollectionName>, revs)) break;
        list.splice(at, 1);
        done.add(id);
        changed++;
        break;
      }
    }
  });
  for (const u of upserts) if (done.has(u.entity.id)) revs.entities[u.entity.id] = { rev: u.rev, hash: u.hash };
  for (const id of removals) if (done.has(id)) revs.entities[id] = { rev: revs.entities[id]!.rev, hash: '', deleted: true };
  applied.pulled += changed;
}

/** Changed here since the revision it was last synced as: the next push will carry it. */
function unpushed(entity: EntityOf<CollectionName>, revs: Revs): boolean {
  const known = revs.entities[entity.id];
  return !!known && !known.deleted && entityHash(entity) !== known.hash;
}

function noteConflict(state: SyncState, collection: CollectionName, id: string, winner: string, losers: readonly string[], mineRev: string | undefined, at: string): void {
  if (!losers.length) {
    delete state.conflicts[id];
    return;
  }
  const leaves = [winner, ...losers];
  const mine = mineRev && leaves.includes(mineRev) ? mineRev : winner;
  const theirs = leaves.filter((r) => r !== mine);
  const before = state.conflicts[id];
  state.conflicts[id] = { collection, mine, theirs, since: before?.since ?? at } satisfies Conflict;
}

function refuse(state: SyncState, applied: Applied, id: string, reason: Localized, at: string): void {
  const refusal: Refusal = { id, reason, at };
  applied.refused.push(refusal);
  state.refused = [...state.refused.filter((r) => r.id !== id), refusal].slice(-50);
}

/**
 * The files an entity points to, copied from the replica into the library's files/ after checking
 * them: each must hash to its name. 'missing' when the replica does not have one yet (it will).
 */
async function fetchFiles(library: Library, replica: Db, shas: readonly string[]): Promise<null | 'missing' | Localized> {
  for (const sha of shas) {
    if (await library.files.has(sha)) continue;
    let data: Blob | Buffer;
    try {
      data = await replica.getAttachment(fileDocId(sha), 'data');
    } catch (err) {
      if ((err as { status?: number }).status === 404) return 'missing';
      throw err;
    }
    const bytes = Buffer.isBuffer(data) ? data : Buffer.from(await (data as Blob).arrayBuffer());
    if (bytes.byteLength > MAX_SYNC_FILE_BYTES) {
      return { en: `its file ${sha.slice(0, 12)}… is larger than any file a library keeps`, fr: `son fichier ${sha.slice(0, 12)}… dépasse la taille de tout fichier d’une bibliothèque` };
    }
    if (sha256Hex(bytes) !== sha) {
      return { en: `its file ${sha.slice(0, 12)}… does not match its SHA-256 (altered or truncated)`, fr: `son fichier ${sha.slice(0, 12)}… ne correspond pas à son empreinte SHA-256 (altéré ou tronqué)` };
    }
    await library.putFile(bytes);
  }
  return null;
}
