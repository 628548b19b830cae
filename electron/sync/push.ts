import { createHash } from 'node:crypto';
import type { Library } from '../library/library.js';
import { COLLECTIONS, type CollectionName, type EntityOf } from '../model/library-document.js';
import { entityHash, filesOf, fileDocId, nextRev, type EntityDoc } from './entity-documents.js';
import type { Db, Doc } from './replica.js';
import type { Revs } from './sync-state.js';

/** Hashes of entity objects already seen: immer gives a changed entity a new object, so an unchanged library costs lookups only. */
const hashes = new WeakMap<object, string>();

function hashOf(entity: object): string {
  let h = hashes.get(entity);
  if (h === undefined) {
    h = entityHash(entity);
    hashes.set(entity, h);
  }
  return h;
}

interface Change {
  collection: CollectionName;
  entity: EntityOf<CollectionName>;
  hash: string;
}

/**
 * Library → replica: every entity whose content differs from the revision it was last synced as
 * becomes a new revision of its document, child of that revision. If the replica has moved on
 * meanwhile (another officer's edit arrived), the new revision is a sibling: a conflict, kept,
 * never an overwrite. Entities purged from the library become deletions. Files the entities
 * point to go first, as documents of their own.
 */
export async function pushLocal(library: Library, replica: Db, revs: Revs, by: string): Promise<number> {
  const doc = library.doc;
  const seen = new Set<string>();
  const changes: Change[] = [];
  const wantFiles = new Set<string>();
  for (const collection of COLLECTIONS) {
    for (const entity of doc[collection] as EntityOf<CollectionName>[]) {
      seen.add(entity.id);
      for (const sha of filesOf(collection, entity)) wantFiles.add(sha);
      const hash = hashOf(entity);
      const known = revs.entities[entity.id];
      if (known && !known.deleted && known.hash === hash) continue;
      changes.push({ collection, entity, hash });
    }
  }
  const purged = Object.keys(revs.entities).filter((id) => !seen.has(id) && !revs.entities[id]!.deleted);
  if (!changes.length && !purged.length && [...wantFiles].every((sha) => revs.files.includes(sha))) return 0;

  await pushFiles(library, replica, revs, wantFiles);

  // The replica may already hold this very content (a pull applied to library.json before its
  // revision was recorded, then a crash): adopt that revision instead of writing a twin.
  const current = await replica.allDocs({ keys: [...changes.map((c) => c.entity.id), ...purged], include_docs: true });
  const currentOf = new Map<string, { rev: string; deleted: boolean; doc: Doc | null }>();
  for (const row of current.rows) {
    if ('error' in row || !row.value) continue;
    currentOf.set(row.id, { rev: row.value.rev, deleted: !!row.value.deleted, doc: (row.doc as Doc | null | undefined) ?? null });
  }

  const docs: Doc[] = [];
  const written: { id: string; rev: string; hash: string; deleted?: boolean }[] = [];
  for (const { collection, entity, hash } of changes) {
    const here = currentOf.get(entity.id);
    if (here && !here.deleted && here.doc && entityHash(here.doc.entity) === hash) {
      revs.entities[entity.id] = { rev: here.rev, hash };
      continue;
    }
    const parent = revs.entities[entity.id]?.rev ?? (here ? here.rev : null);
    const body: EntityDoc = { _id: entity.id, kind: collection, entity, by };
    const { rev, revisions } = nextRev(parent, body);
    docs.push({ ...body, _rev: rev, _revisions: revisions });
    written.push({ id: entity.id, rev, hash });
  }
  for (const id of purged) {
    const parent = revs.entities[id]!.rev;
    const here = currentOf.get(id);
    if (here?.deleted) {
      revs.entities[id] = { rev: here.rev, hash: '', deleted: true };
      continue;
    }
    const { rev, revisions } = nextRev(parent, { _deleted: true });
    docs.push({ _id: id, _rev: rev, _revisions: revisions, _deleted: true });
    written.push({ id, rev, hash: '', deleted: true });
  }
  if (docs.length) {
    // new_edits: false writes these revisions exactly as given: the parent we name is the one our
    // content derives from, whatever the replica's current winner is.
    const results = await replica.bulkDocs(docs, { new_edits: false });
    const failed = results.find((r) => 'error' in r && r.error);
    if (failed && 'error' in failed) throw new Error(`The local replica refused a write: ${failed.message ?? String(failed.error)}`);
  }
  for (const w of written) revs.entities[w.id] = w.deleted ? { rev: w.rev, hash: '', deleted: true } : { rev: w.rev, hash: w.hash };
  return written.length;
}

/** A file's document has one revision, the same on every machine: the same logo added twice is stored once. */
export function fileRev(sha256: string): { rev: string; revisions: { start: number; ids: string[] } } {
  const id = createHash('md5').update(sha256).digest('hex');
  return { rev: `1-${id}`, revisions: { start: 1, ids: [id] } };
}

async function pushFiles(library: Library, replica: Db, revs: Revs, wanted: Set<string>): Promise<void> {
  const known = new Set(revs.files);
  const missing = [...wanted].filter((sha) => !known.has(sha));
  if (!missing.length) return;
  const present = await replica.allDocs({ keys: missing.map(fileDocId) });
  const toSend: string[] = [];
  for (const [i, row] of present.rows.entries()) {
    if (!('error' in row) && row.value && !row.value.deleted) known.add(missing[i]!);
    else toSend.push(missing[i]!);
  }
  // A few at a time: logos are up to 25 MB each.
  for (let i = 0; i < toSend.length; i += 16) {
    const batch = toSend.slice(i, i + 16);
    const docs: Doc[] = [];
    for (const sha of batch) {
      if (!(await library.files.has(sha))) continue; // referenced but never stored here: nothing to send
      const bytes = await library.readFile(sha);
      const { rev, revisions } = fileRev(sha);
      docs.push({
        _id: fileDocId(sha),
        _rev: rev,
        _revisions: revisions,
        kind: 'file',
        bytes: bytes.byteLength,
        _attachments: { data: { content_type: 'application/octet-stream', data: Buffer.from(bytes) } },
      });
    }
    if (docs.length) await replica.bulkDocs(docs, { new_edits: false });
    for (const d of docs) known.add(String(d._id).slice('file:'.length));
  }
  revs.files = [...known];
}
