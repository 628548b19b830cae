import { COLLECTIONS, type CollectionName, type EntityOf, type HistoryEntry, type LibraryDocument, type PackageEntities } from '../model/index.js';
import { orgKey } from './org-match.js';

/**
 * What a kit package would do to a library, worked out before anything changes: each incoming
 * entity is matched by id, then a contact by e-mail, a logo by its file's hash, an organization by
 * its name. A match whose content is the same is "already there"; one whose content differs keeps the
 * recipient's version (never overwritten silently); the rest is added, with its references pointed
 * at what it matched.
 */

export type MergeStatus = 'add' | 'same' | 'kept';
export type MatchedBy = 'id' | 'email' | 'hash' | 'name';

export interface MergeItem {
  collection: CollectionName;
  /** The id in the package. */
  id: string;
  /** The id in the library after the import (the match's, when there is one). */
  libraryId: string;
  name: string;
  status: MergeStatus;
  matchedBy: MatchedBy | null;
  /** The match is in the recipient's trash: it stays there (and is restored from the trash, not by the import). */
  inTrash: boolean;
  /** For a version kept as the recipient's: the fields in which the package's differs (headline, body…). */
  differs: string[];
}

export interface MergePlan {
  items: MergeItem[];
  /** Package id → library id, for every entity that matched one already there. */
  idMap: Map<string, string>;
}

type AnyEntity = { id: string; deletedAt: string | null };

export function entityName(collection: CollectionName, e: Record<string, unknown>): string {
  if (collection === 'releases') return String(e.headline || e.label || e.id);
  if (collection === 'contacts') return String(e.name || [e.firstName, e.lastName].filter(Boolean).join(' ') || (e.emails as string[])[0] || e.id);
  return String(e.name ?? e.id);
}

/** Only what the package carries is compared: what stays home (history, notes, the outreach log) and bookkeeping do not count. */
function comparableFields(collection: CollectionName, e: Record<string, unknown>, map: (id: string) => string): Record<string, string> {
  const { createdAt: _c, updatedAt: _u, deletedAt: _d, ...rest } = e;
  const out: Record<string, unknown> = rest;
  if (collection === 'releases') {
    delete out.history;
    delete out.source;
  }
  if (collection === 'contacts') delete out.notes;
  if (collection === 'logos') delete out.thumbnailSha256;
  if (collection === 'kits') out.outreach = { templates: (rest.outreach as { templates: unknown }).templates };
  return Object.fromEntries(Object.entries(remap(collection, out, map)).map(([k, v]) => [k, stableJson(v)]));
}

/** The fields whose values differ between two entities of one collection (none: the same). */
function differingFields(a: Record<string, string>, b: Record<string, string>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => k !== 'id' && (a[k] ?? 'null') !== (b[k] ?? 'null')).sort();
}

function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** The entity with its references to other entities pointed through `map`. */
export function remap<T extends Record<string, unknown>>(collection: CollectionName, e: T, map: (id: string) => string): T {
  const ids = (list: unknown) => (list as string[]).map(map);
  const one = (id: unknown) => (typeof id === 'string' ? map(id) : id);
  switch (collection) {
    case 'releases':
      return { ...e, organizationIds: ids(e.organizationIds), contactIds: ids(e.contactIds) };
    case 'logos':
    case 'contacts':
      return { ...e, organizationId: one(e.organizationId) };
    case 'sheets':
      return { ...e, contactIds: ids(e.contactIds), releaseId: one(e.releaseId) };
    case 'kits': {
      const kit = e as unknown as EntityOf<'kits'>;
      return {
        ...e,
        cover: { ...kit.cover, logoIds: kit.cover.logoIds.map(map) },
        sections: kit.sections.map((s) => {
          if (s.type === 'release') return { ...s, releaseId: map(s.releaseId) };
          if (s.type === 'contacts') return { ...s, sheetId: map(s.sheetId) };
          if (s.type === 'logos') return { ...s, logoIds: s.logoIds.map(map) };
          if (s.type === 'boilerplates') return { ...s, organizationIds: s.organizationIds.map(map) };
          return s;
        }),
      };
    }
    default:
      return e;
  }
}

function findMatch(doc: LibraryDocument, collection: CollectionName, incoming: Record<string, unknown>): { match: AnyEntity; by: MatchedBy } | null {
  const list = doc[collection] as AnyEntity[];
  const byId = list.find((e) => e.id === incoming.id);
  if (byId) return { match: byId, by: 'id' };
  if (collection === 'contacts') {
    const emails = new Set((incoming.emails as string[]).map((m) => m.toLowerCase()));
    const c = doc.contacts.find((x) => !x.deletedAt && x.emails.some((m) => emails.has(m.toLowerCase())));
    if (c) return { match: c, by: 'email' };
  }
  if (collection === 'logos') {
    const sha = (incoming.file as { sha256: string }).sha256;
    const l = doc.logos.find((x) => !x.deletedAt && x.file.sha256 === sha);
    if (l) return { match: l, by: 'hash' };
  }
  if (collection === 'organizations') {
    const key = orgKey(String(incoming.name));
    const o = key ? doc.organizations.find((x) => !x.deletedAt && orgKey(x.name) === key) : undefined;
    if (o) return { match: o, by: 'name' };
  }
  return null;
}

/** Matches first (every collection), then compares with the references already pointed at the matches. */
export function planKitPackage(doc: LibraryDocument, entities: PackageEntities): MergePlan {
  const idMap = new Map<string, string>();
  const matches = new Map<string, { match: AnyEntity; by: MatchedBy }>();
  for (const collection of COLLECTIONS) {
    for (const e of entities[collection] as Array<Record<string, unknown> & { id: string }>) {
      const found = findMatch(doc, collection, e);
      if (!found) continue;
      matches.set(`${collection}:${e.id}`, found);
      idMap.set(e.id, found.match.id);
    }
  }
  const map = (id: string) => idMap.get(id) ?? id;
  const items: MergeItem[] = [];
  for (const collection of COLLECTIONS) {
    for (const e of entities[collection] as Array<Record<string, unknown> & { id: string }>) {
      const found = matches.get(`${collection}:${e.id}`);
      const name = entityName(collection, e);
      if (!found) {
        items.push({ collection, id: e.id, libraryId: e.id, name, status: 'add', matchedBy: null, inTrash: false, differs: [] });
        continue;
      }
      const mine = found.match as unknown as Record<string, unknown>;
      const differs = differingFields(comparableFields(collection, mine, (id) => id), comparableFields(collection, e, map));
      items.push({ collection, id: e.id, libraryId: found.match.id, name, status: differs.length ? 'kept' : 'same', matchedBy: found.by, inTrash: !!found.match.deletedAt, differs });
    }
  }
  return { items, idMap };
}

export interface ApplyKitPackageOptions {
  now: string;
  fileName: string;
  by: string;
  /** For each entity kept as the recipient's: the stored copy of the incoming version (a file by hash). */
  keptVersions: Map<string, string>;
  /** Logo file hash → the thumbnail made on import. */
  thumbnails: Map<string, string>;
}

/**
 * Adds what the plan says to add, references pointed at the matches. Added entities keep their ids,
 * so the same package opened again finds every one of them. A release kept as the recipient's gets a
 * history line naming the package and where the version that was not applied is kept.
 */
export function applyKitPackage(draft: LibraryDocument, entities: PackageEntities, plan: MergePlan, options: ApplyKitPackageOptions): void {
  const map = (id: string) => plan.idMap.get(id) ?? id;
  const imported: HistoryEntry = { at: options.now, event: 'imported', detail: options.fileName, ...(options.by ? { by: options.by } : {}) };
  for (const item of plan.items) {
    const incoming = (entities[item.collection] as Array<Record<string, unknown> & { id: string }>).find((e) => e.id === item.id)!;
    if (item.status === 'add') {
      const e = remap(item.collection, { ...incoming }, map);
      if (item.collection === 'releases') e.history = [imported];
      if (item.collection === 'logos') e.thumbnailSha256 = options.thumbnails.get((e.file as { sha256: string }).sha256) ?? null;
      (draft[item.collection] as unknown[]).push(e);
    } else if (item.status === 'kept' && item.collection === 'releases') {
      const mine = draft.releases.find((r) => r.id === item.libraryId);
      const version = options.keptVersions.get(item.id);
      if (!mine) continue;
      mine.history.push({
        ...imported,
        detail: `${options.fileName}: another version (saved ${String(incoming.updatedAt)}) was not applied; yours is kept${version ? `. That version is kept in the library as files/${version.slice(0, 2)}/${version}` : ''}`,
      });
    }
  }
}
