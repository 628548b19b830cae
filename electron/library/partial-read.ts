import { readFile } from 'node:fs/promises';
import { COLLECTIONS, ENTITY_SCHEMAS, SCHEMA_VERSION, type CollectionName, type LibraryDocument } from '../model/library-document.js';
import { Settings } from '../model/entities.js';
import { collectionOfId } from '../model/constants.js';
import { JSON_LAYOUT, entityFirstLine, memberLine } from './library-layout.js';

/**
 * Reads from library.json only what some entities need (an export: a kit, its releases, the
 * contacts of its sheet), so that a `mediakit export` command does not parse and validate
 * thousands of releases and contacts to print five of them.
 *
 * It relies on the layout this app writes, defined in library-layout.ts (top-level keys on lines
 * indented by one space, each entity starting with its id's line and ending `\n  }`; no marker can
 * occur inside a value). Entities are found by id (a search for that first line: a long needle, so a fast one),
 * and only those reachable from the requested ids are parsed and validated with the model's
 * schemas, plus the settings and the logos of the organizations reached (the export's one lookup
 * that is not by id).
 *
 * Returns null whenever the file does not look exactly like that (edited by hand, an older schema
 * to migrate, a damaged entity): the caller then opens the library the normal way, which reports
 * any problem in full.
 */

const ENTITY_END = Buffer.from(JSON_LAYOUT.entityEnd);
const FILE_END = Buffer.from(JSON_LAYOUT.fileEnd);
const CLOSE = Buffer.from(JSON_LAYOUT.collectionClose);

interface Span {
  start: number;
  end: number;
}

class LayoutError extends Error {}

export async function readPartialDocument(file: string, ids: readonly string[]): Promise<LibraryDocument | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return null;
  }
  try {
    return pick(bytes, ids);
  } catch {
    // A layout this reader does not know, invalid JSON or an entity the schema refuses.
    return null;
  }
}

function pick(bytes: Buffer, ids: readonly string[]): LibraryDocument | null {
  const header = JSON_LAYOUT.header.exec(bytes.subarray(0, 64).toString('latin1'));
  if (!header || Number(header[1]) !== SCHEMA_VERSION || !bytes.subarray(-FILE_END.length).equals(FILE_END)) return null;
  const spans = topLevelSpans(bytes);
  const settingsSpan = spans?.get('settings');
  if (!spans || !settingsSpan) return null;
  const settings = Settings.parse(JSON.parse(bytes.toString('utf8', settingsSpan.start, settingsSpan.end)));

  // Entities reached from the requested ids, by collection, with their place in the file.
  const found = new Map<CollectionName, Array<{ at: number; value: { id: string } }>>(COLLECTIONS.map((c) => [c, []]));
  const seen = new Set<string>();
  // A kit's sheet names dozens of contacts: past a few lookups, one pass maps the collection's ids.
  const lookups: Partial<Record<CollectionName, number>> = {};
  const firstLines: Partial<Record<CollectionName, Map<string, number>>> = {};
  const reach = (queue: string[]) => {
    while (queue.length) {
      const id = queue.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const collection = collectionOfId(id);
      const span = collection && spans.get(collection);
      if (!collection || !span) continue;
      const at = entityAt(bytes, span, id, (lookups[collection] = (lookups[collection] ?? 0) + 1) > 4 ? (firstLines[collection] ??= idOffsets(bytes, span)) : null);
      if (!at) continue; // Not in the library: the export reports it missing, as after a full open.
      const value = ENTITY_SCHEMAS[collection].parse(JSON.parse(bytes.toString('utf8', at.start, at.end)));
      found.get(collection)!.push({ at: at.start, value });
      queue.push(...referencedIds(value));
    }
  };
  reach([...ids, ...referencedIds(settings)]);
  // A release's header shows its organizations' logos: found by organization, not by id.
  const orgs = new Set(found.get('organizations')!.map((o) => o.value.id));
  const logos = spans.get('logos')!;
  if (orgs.size) {
    const raw = JSON.parse(bytes.toString('utf8', logos.start, logos.end)) as Array<{ id?: unknown; organizationId?: unknown }>;
    reach(raw.flatMap((l) => (typeof l.id === 'string' && typeof l.organizationId === 'string' && orgs.has(l.organizationId) ? [l.id] : [])));
  }

  const doc: Record<string, unknown> = { schemaVersion: SCHEMA_VERSION, settings };
  for (const [name, items] of found) doc[name] = items.sort((a, b) => a.at - b.at).map((e) => e.value);
  return doc as LibraryDocument;
}

/**
 * Where each top-level value lies (`"releases": [ … ]`), found by its key's line; a value ends where
 * the next key's line begins. Long needles only: a search for a short one such as "\n ]" would stop
 * at each of the file's hundreds of thousands of lines.
 */
function topLevelSpans(bytes: Buffer): Map<string, Span> | null {
  const starts: Array<{ key: string; at: number; start: number }> = [];
  let from = 0;
  for (const key of [...COLLECTIONS, 'settings']) {
    const marker = memberLine(key);
    // Keys are written in this order, so each search starts where the previous key was found.
    let at = bytes.indexOf(marker, from, 'utf8');
    if (at < 0) at = bytes.indexOf(marker, 0, 'utf8');
    if (at < 0) return null;
    starts.push({ key, at, start: at + Buffer.byteLength(marker) });
    from = at;
  }
  starts.sort((a, b) => a.at - b.at);
  const spans = new Map<string, Span>();
  for (let i = 0; i < starts.length; i++) {
    const { key, start } = starts[i]!;
    const next = starts[i + 1];
    // A value is followed by ",\n \"next\": " or, for the last key, by "\n}\n".
    const end = next ? next.at - 1 : bytes.length - FILE_END.length;
    if (next && bytes[end] !== 0x2c /* , */) return null;
    const [open, close] = [bytes[start], bytes[end - 1]];
    if (key === 'settings' ? open !== 0x7b || close !== 0x7d : open !== 0x5b || close !== 0x5d) return null;
    spans.set(key, { start, end });
  }
  return spans;
}

/**
 * The entity with this id in a collection, found by its first line; null if it is not there. An id
 * present in another shape means a layout this reader does not know: the caller opens the usual way.
 */
function entityAt(bytes: Buffer, collection: Span, id: string, offsets: Map<string, number> | null): Span | null {
  const start = offsets ? (offsets.get(id) ?? -1) : bytes.indexOf(entityFirstLine(id), collection.start, 'utf8');
  if (start < 0 || start > collection.end) {
    const anywhere = bytes.indexOf(JSON.stringify(id), collection.start, 'utf8');
    if (anywhere >= 0 && anywhere < collection.end) throw new LayoutError(id);
    return null;
  }
  const end = bytes.indexOf(ENTITY_END, start + 1);
  const after = end + ENTITY_END.length;
  // An entity is followed by ",\n  {" or closes its collection with "\n ]".
  const closes = bytes[after] === 0x2c || (after + CLOSE.length === collection.end && bytes.subarray(after, collection.end).equals(CLOSE));
  if (end < 0 || after > collection.end || !closes) throw new LayoutError(id);
  // The entity's text starts at its `{`, after the newline and indentation of its first line.
  return { start: start + JSON_LAYOUT.entityNewline.length, end: after };
}

const FIRST_LINE = Buffer.from(JSON_LAYOUT.entityStart);

/** Where each entity of a collection starts, by id. */
function idOffsets(bytes: Buffer, collection: Span): Map<string, number> {
  const out = new Map<string, number>();
  for (let at = bytes.indexOf(FIRST_LINE, collection.start); at >= 0 && at < collection.end; at = bytes.indexOf(FIRST_LINE, at + 1)) {
    const idStart = at + FIRST_LINE.length;
    out.set(bytes.toString('latin1', idStart, bytes.indexOf(0x22 /* " */, idStart)), at);
  }
  return out;
}

/** Every string in a value that has the shape of an entity id. */
function referencedIds(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') {
    if (collectionOfId(value)) out.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) referencedIds(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) referencedIds(v, out);
  }
  return out;
}
