import { createHash } from 'node:crypto';
import type { Localized } from '../model/errors.js';
import { collectionOfId } from '../model/constants.js';
import { ENTITY_SCHEMAS, type CollectionName, type EntityOf } from '../model/library-document.js';
import { MAX_IMAGE_BYTES, MAX_RELEASE_BYTES } from '../import/limits.js';

/**
 * One CouchDB document per entity, `_id` = the entity's id (ids are already unique across
 * collections), and one per stored file, `_id` = `file:<sha256>`, the bytes as its attachment.
 * Files are immutable and named by their content: they never conflict.
 */
export interface EntityDoc {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _revisions?: { start: number; ids: string[] };
  kind: CollectionName;
  entity: EntityOf<CollectionName>;
  /** The display name of the officer whose library wrote this revision. */
  by: string;
}

export const FILE_DOC_PREFIX = 'file:';
export const fileDocId = (sha256: string): string => `${FILE_DOC_PREFIX}${sha256}`;
/** The biggest file a library keeps (a logo or an imported original). */
export const MAX_SYNC_FILE_BYTES = Math.max(MAX_IMAGE_BYTES, MAX_RELEASE_BYTES);
/** A release with a long body is ~100 KB of JSON: anything near this is not one of ours. */
export const MAX_DOC_CHARS = 2_000_000;

export { collectionOfId };

/** A stable fingerprint of an entity as stored: equal content, equal hash. */
export function entityHash(entity: unknown): string {
  return createHash('sha1').update(JSON.stringify(entity)).digest('hex');
}

/**
 * A revision id that depends only on its parent and its content: writing the same content on the
 * same parent twice (a push repeated after a crash) is the same revision, not a conflict.
 */
export function nextRev(parent: string | null, content: unknown): { rev: string; revisions: { start: number; ids: string[] } } {
  const generation = parent ? Number(parent.split('-')[0]) + 1 : 1;
  const id = createHash('md5').update(`${parent ?? ''}\n${JSON.stringify(content)}`).digest('hex');
  const ids = parent ? [id, parent.slice(parent.indexOf('-') + 1)] : [id];
  return { rev: `${generation}-${id}`, revisions: { start: generation, ids } };
}

/** Markup or script where the app only ever stores text: nothing of ours writes this. */
const HOSTILE = /<\s*\/?\s*(?:script|iframe|object|embed|style|link|meta|base)\b|\bjavascript\s*:|\bvbscript\s*:|\bon[a-z]+\s*=\s*["'`]/i;

function hostileString(value: unknown, depth = 0): string | null {
  if (depth > 40) return '(nested too deep)';
  if (typeof value === 'string') return HOSTILE.test(value) ? value : null;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = hostileString(v, depth + 1);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) {
      const found = hostileString(v, depth + 1);
      if (found !== null) return found;
    }
  }
  return null;
}

export type ReadDoc =
  | { ok: true; collection: CollectionName; entity: EntityOf<CollectionName> }
  | { ok: false; reason: Localized };

/**
 * A document from the server, checked like a library.json read from disk (the same zod schema)
 * and more: a replica is written by other machines. Returns the entity or why it is refused.
 */
export function readEntityDoc(doc: Record<string, unknown>, size: number): ReadDoc {
  const id = String(doc._id ?? '');
  if (size > MAX_DOC_CHARS) {
    return { ok: false, reason: { en: `too large (${Math.round(size / 1024)} KB) for a library entity`, fr: `trop volumineux (${Math.round(size / 1024)} Ko) pour une fiche de bibliothèque` } };
  }
  const collection = collectionOfId(id);
  if (!collection || doc.kind !== collection) {
    return { ok: false, reason: { en: 'not a Media Kit Manager document (unknown kind or id)', fr: 'pas un document de Media Kit Manager (type ou identifiant inconnu)' } };
  }
  const parsed = ENTITY_SCHEMAS[collection].safeParse(doc.entity);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || '(root)';
    return { ok: false, reason: { en: `invalid ${collection.slice(0, -1)}: ${where}: ${issue?.message ?? 'invalid'}`, fr: `fiche invalide (${collection})\u00a0: ${where}\u00a0: ${issue?.message ?? 'invalide'}` } };
  }
  if (parsed.data.id !== id) {
    return { ok: false, reason: { en: 'the entity inside does not carry the document’s id', fr: 'la fiche contenue ne porte pas l’identifiant du document' } };
  }
  const hostile = hostileString(parsed.data);
  if (hostile !== null) {
    const shown = hostile.length > 60 ? `${hostile.slice(0, 57)}…` : hostile;
    return { ok: false, reason: { en: `contains markup or script where text is expected: "${shown}"`, fr: `contient du balisage ou un script là où du texte est attendu\u00a0: «\u00a0${shown}\u00a0»` } };
  }
  return { ok: true, collection, entity: parsed.data };
}

export function toEntityDoc(collection: CollectionName, entity: EntityOf<CollectionName>, by: string): EntityDoc {
  return { _id: entity.id, kind: collection, entity, by };
}

/** The SHA-256 digests of the stored files an entity points to (they travel with it). */
export function filesOf(collection: CollectionName, entity: EntityOf<CollectionName>): string[] {
  if (collection === 'logos') {
    const logo = entity as EntityOf<'logos'>;
    return logo.thumbnailSha256 ? [logo.file.sha256, logo.thumbnailSha256] : [logo.file.sha256];
  }
  if (collection === 'releases') {
    const release = entity as EntityOf<'releases'>;
    return release.source ? [release.source.sha256] : [];
  }
  return [];
}
