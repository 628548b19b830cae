import type { Library } from '../library/library.js';
import { AppError } from '../model/errors.js';
import { ENTITY_SCHEMAS, type CollectionName, type EntityOf } from '../model/library-document.js';
import { entityHash, readEntityDoc, type EntityDoc } from './entity-documents.js';
import type { Db, Doc } from './pouch.js';
import type { Revs, SyncState } from './sync-state.js';

export interface Version {
  rev: string;
  /** Who wrote it (their display name), '' when unknown. */
  by: string;
  entity: EntityOf<CollectionName>;
}

export interface ConflictView {
  id: string;
  collection: CollectionName;
  since: string;
  mine: Version;
  theirs: Version;
  /** Top-level fields whose values differ: what "merge by field" chooses between. */
  fields: string[];
}

/** Fields that are lists of events: merged by union, whatever side the officer picks. */
const LOGS: Partial<Record<CollectionName, (mine: EntityOf<CollectionName>, theirs: EntityOf<CollectionName>) => Record<string, unknown>>> = {
  releases: (a, b) => {
    const mine = a as EntityOf<'releases'>;
    const theirs = b as EntityOf<'releases'>;
    return { history: unionBy([...mine.history, ...theirs.history], (h) => `${h.at}|${h.event}|${h.detail}`).sort((x, y) => x.at.localeCompare(y.at)) };
  },
  kits: (a, b) => {
    const mine = a as EntityOf<'kits'>;
    const theirs = b as EntityOf<'kits'>;
    const log = unionBy([...mine.outreach.log, ...theirs.outreach.log], (e) => `${e.at}|${e.subject}`).sort((x, y) => x.at.localeCompare(y.at));
    return { outreach: { ...mine.outreach, log } };
  },
};

function unionBy<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

async function versions(replica: Db, id: string, revs: readonly string[]): Promise<Map<string, Version>> {
  const found = await replica.get(id, { open_revs: [...revs] });
  const out = new Map<string, Version>();
  for (const leaf of found) {
    if (!('ok' in leaf)) continue;
    const doc = leaf.ok;
    if (doc._deleted) continue;
    const read = readEntityDoc(doc, JSON.stringify(doc).length);
    if (read.ok) out.set(String(doc._rev), { rev: String(doc._rev), by: String((doc as Partial<EntityDoc>).by ?? ''), entity: read.entity });
  }
  return out;
}

export async function conflictViews(replica: Db, state: SyncState): Promise<ConflictView[]> {
  const views: ConflictView[] = [];
  for (const [id, c] of Object.entries(state.conflicts)) {
    const found = await versions(replica, id, [c.mine, ...c.theirs]);
    const mine = found.get(c.mine);
    const theirs = c.theirs.map((r) => found.get(r)).find((v) => v);
    if (!mine || !theirs) continue;
    views.push({ id, collection: c.collection, since: c.since, mine, theirs, fields: differingFields(mine.entity, theirs.entity) });
  }
  return views;
}

function differingFields(a: object, b: object): string[] {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  // The release's history is merged by union whatever is chosen: not a choice to offer.
  const ignored = new Set(['id', 'createdAt', 'updatedAt', 'history']);
  return [...keys].filter((k) => !ignored.has(k) && JSON.stringify((a as Record<string, unknown>)[k]) !== JSON.stringify((b as Record<string, unknown>)[k]));
}

export type Resolution = { choice: 'mine' } | { choice: 'theirs' } | { choice: 'merge'; fields: Record<string, 'mine' | 'theirs'> };

/**
 * Ends a conflict: one new revision, child of the current winner, holding the chosen content;
 * every other version deleted, so that the conflict is gone on every replica after the next sync.
 * The release's history and the kit's outreach log keep both sides' entries.
 */
export async function resolveConflict(
  library: Library,
  replica: Db,
  state: SyncState,
  revs: Revs,
  id: string,
  resolution: Resolution,
  by: string,
  now: string,
): Promise<EntityOf<CollectionName>> {
  const conflict = state.conflicts[id];
  if (!conflict) {
    throw new AppError('NOT_FOUND', { en: `${id} is not in conflict.`, fr: `${id} n’est pas en conflit.` });
  }
  const current = (await replica.get(id, { conflicts: true })) as Doc;
  const leaves = [String(current._rev), ...(current._conflicts ?? [])];
  const found = await versions(replica, id, leaves);
  const mine = found.get(conflict.mine) ?? found.get(String(current._rev));
  const theirs = conflict.theirs.map((r) => found.get(r)).find((v) => v) ?? [...found.values()].find((v) => v !== mine);
  if (!mine || !theirs) throw new AppError('NOT_FOUND', { en: `The versions of ${id} are no longer in conflict.`, fr: `Les versions de ${id} ne sont plus en conflit.` });

  let chosen: Record<string, unknown>;
  if (resolution.choice === 'mine') chosen = { ...mine.entity };
  else if (resolution.choice === 'theirs') chosen = { ...theirs.entity };
  else {
    chosen = { ...mine.entity };
    for (const [field, side] of Object.entries(resolution.fields)) {
      if (side === 'theirs' && field in theirs.entity) chosen[field] = (theirs.entity as Record<string, unknown>)[field];
    }
  }
  Object.assign(chosen, LOGS[conflict.collection]?.(mine.entity, theirs.entity) ?? {}, { id, updatedAt: now });
  if (conflict.collection === 'releases') {
    const detail = resolution.choice === 'merge' ? 'conflict resolved: merged by field' : `conflict resolved: kept ${resolution.choice === 'mine' ? 'mine' : 'theirs'}`;
    chosen.history = [...((chosen.history as unknown[]) ?? []), { at: now, event: 'updated', detail, by }];
  }
  const parsed = ENTITY_SCHEMAS[conflict.collection].safeParse(chosen);
  if (!parsed.success) {
    throw new AppError('INVALID_INPUT', { en: `The merged version of ${id} is not valid: ${parsed.error.issues[0]?.message ?? ''}`, fr: `La version fusionnée de ${id} n’est pas valide\u00a0: ${parsed.error.issues[0]?.message ?? ''}` });
  }
  const entity = parsed.data;
  const body: EntityDoc = { _id: id, _rev: String(current._rev), kind: conflict.collection, entity, by };
  const results = await replica.bulkDocs([body as unknown as Doc, ...leaves.slice(1).map((rev) => ({ _id: id, _rev: rev, _deleted: true }))]);
  const head = results[0];
  if (!head || !('ok' in head)) throw new Error(`The local replica refused the resolution of ${id}: ${head && 'message' in head ? head.message : 'unknown error'}`);

  await library.mutate((draft) => {
    const list = draft[conflict.collection] as { id: string }[];
    const at = list.findIndex((e) => e.id === id);
    if (at >= 0) list[at] = entity as never;
    else list.push(entity as never);
  });
  revs.entities[id] = { rev: head.rev, hash: entityHash(entity) };
  delete state.conflicts[id];
  return entity;
}
