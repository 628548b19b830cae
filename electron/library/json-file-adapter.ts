import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './atomic-write.js';
import { JSON_LAYOUT, entityText, memberLine, memberValue } from './library-layout.js';

/**
 * lowdb adapter for library.json. lowdb's own JSONFile does not fsync, and JSONFilePreset
 * silently swaps in a memory adapter under NODE_ENV=test; this one always touches the disk.
 * `read` returns the raw parsed JSON: validation and migration are the store's job, because
 * an invalid file must be reported, not coerced.
 */
export class AtomicJsonFile<T> implements Adapter<T> {
  constructor(readonly file: string) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    return JSON.parse(text) as T;
  }

  /** The bytes of the last successful write, as buffers in order: the store hashes them off the save's path. */
  lastWritten: readonly Buffer[] = [];

  async write(data: T): Promise<void> {
    const parts = serializeParts(data);
    await writeFileAtomic(this.file, parts);
    this.lastWritten = parts;
  }
}

/**
 * Entities are immutable (immer gives a changed entity a new object), so each one's JSON is kept,
 * already UTF-8 encoded, and reused by reference: a save after one edit encodes that entity and
 * copies the others' bytes, instead of stringifying the whole library (a long stall at 10,000 contacts).
 */
const entityBytes = new WeakMap<object, Buffer>();

function entity(value: object): Buffer {
  let bytes = entityBytes.get(value);
  if (bytes === undefined) {
    bytes = Buffer.from(entityText(value));
    entityBytes.set(value, bytes);
  }
  return bytes;
}

const isEntity = (v: unknown): v is object => v !== null && typeof v === 'object' && !Array.isArray(v) && !('toJSON' in v);
const ENTITY_SEPARATOR = Buffer.from(JSON_LAYOUT.entitySeparator);

/**
 * The layout of library-layout.ts: byte for byte what `JSON.stringify(data, null, 1)` gives,
 * assembled from the per-entity cache.
 */
export function serialize(data: unknown): Buffer {
  return Buffer.concat(serializeParts(data));
}

/**
 * A collection array seen unchanged at two saves in a row (same reference) is joined once and its
 * bytes reused whole; one that changes at every save (the releases being edited) is written as its
 * entities' buffers, without copying megabytes into one at each save.
 */
const collectionBytes = new WeakMap<object, Buffer>();
const seenOnce = new WeakSet<object>();

function collection(value: readonly object[], parts: Buffer[]): void {
  const cached = collectionBytes.get(value);
  if (cached) {
    parts.push(cached);
    return;
  }
  const own: Buffer[] = [Buffer.from(JSON_LAYOUT.collectionOpen)];
  value.forEach((v, i) => {
    if (i) own.push(ENTITY_SEPARATOR);
    own.push(entity(v));
  });
  own.push(Buffer.from(JSON_LAYOUT.collectionClose));
  if (seenOnce.has(value)) {
    const bytes = Buffer.concat(own);
    collectionBytes.set(value, bytes);
    parts.push(bytes);
  } else {
    seenOnce.add(value);
    for (const b of own) parts.push(b);
  }
}

/** The file as buffers, written in order (writev) without first copying them into one. */
export function serializeParts(data: unknown): Buffer[] {
  if (!isEntity(data)) return [Buffer.from(JSON.stringify(data, null, JSON_LAYOUT.indent) + '\n')];
  const parts: Buffer[] = [];
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    // `{` then the first member's line, or `,` then the next one's.
    parts.push(Buffer.from(`${parts.length ? ',' : '{'}${memberLine(key)}`));
    if (Array.isArray(value) && value.length && value.every(isEntity)) collection(value, parts);
    else parts.push(Buffer.from(memberValue(value)));
  }
  parts.push(Buffer.from(parts.length ? JSON_LAYOUT.fileEnd : '{}\n'));
  return parts;
}
