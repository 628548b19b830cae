import { createHash, webcrypto } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { endianness } from 'node:os';
import { writeFileAtomic } from './atomic-write.js';
import { INDEX_FORMAT, SearchIndex, processTerm, tokenize } from './search-index.js';
import { FIELD_BOOSTS, TermIndex } from './term-index.js';
import type { LibraryDocument } from '../model/library-document.js';

/**
 * The search index saved beside library.json, so that opening a library does not re-tokenize every
 * release and contact. It names the SHA-256 of the exact library.json bytes it was built from and is
 * used only for a document parsed from bytes with that hash; anything else (another hash, another
 * index format, a damaged file) means a rebuild, never a wrong result. Layout: "MKSI", the SHA-256 of
 * everything after it, a length-prefixed JSON header (key, document keys and titles, vocabulary), then
 * 4-byte-aligned little-endian arrays: fingerprints of what each document was indexed from, field lengths,
 * postings offsets, postings documents and frequencies.
 * Loading is one JSON.parse of the header and typed-array views on the rest.
 */
export const SEARCH_INDEX_FILE = 'search-index.bin';

const MAGIC = Buffer.from('MKSI');
const FIELDS = FIELD_BOOSTS.length;

interface Header {
  indexFormat: number;
  endian: string;
  /** SHA-256 (hex) of the library.json bytes the index was built from. */
  library: string;
  keys: string[];
  titles: string[];
  terms: string[];
  postings: number;
}

export async function writeSearchIndex(file: string, index: SearchIndex, libraryHash: string): Promise<void> {
  const { keys, titles, prints, lengths, frozen } = index.state();
  const header: Header = { indexFormat: INDEX_FORMAT, endian: endianness(), library: libraryHash, keys, titles, terms: frozen.terms, postings: frozen.docs.length };
  const json = Buffer.from(JSON.stringify(header));
  const size = Buffer.alloc(4);
  size.writeUInt32LE(json.length);
  // The arrays start 4-byte aligned: magic (4) + checksum (32) + size (4) + header + padding.
  const pad = Buffer.alloc((4 - ((40 + json.length) % 4)) % 4, 0x20);
  const view = (a: Uint32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const rest = [size, json, pad, view(Uint32Array.from(prints)), ...lengths.map((l) => view(Uint32Array.from(l))), view(frozen.offsets), view(frozen.docs), view(frozen.freqs)];
  const hash = createHash('sha256');
  for (const part of rest) hash.update(part);
  await writeFileAtomic(file, [MAGIC, hash.digest(), ...rest]);
}

/**
 * The index saved in `file`, for `doc`: whole if it was built from the library.json bytes hashed
 * `libraryHash` (those `doc` was parsed from); otherwise kept for the entities it indexed exactly as
 * they are now (see SearchIndex.reuse), the others to be indexed again. Null if missing or damaged.
 */
export function readSearchIndex(file: string, libraryHash: string | null, doc: LibraryDocument): SearchIndex | null {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return null;
  }
  if (bytes.length < 40 || !createHash('sha256').update(bytes.subarray(36)).digest().equals(bytes.subarray(4, 36))) return null;
  return decodeSearchIndex(bytes, libraryHash, doc);
}

/**
 * The file's bytes if its checksum holds, read and checked on libuv's thread pool: a host that will search
 * starts this with open, so that it runs while the main thread parses library.json.
 */
export async function prefetchSearchIndex(file: string): Promise<Buffer | null> {
  try {
    const bytes = await readFile(file);
    if (bytes.length < 40) return null;
    const sum = Buffer.from(await webcrypto.subtle.digest('SHA-256', bytes.subarray(36)));
    return sum.equals(bytes.subarray(4, 36)) ? bytes : null;
  } catch {
    return null;
  }
}

/** As readSearchIndex, from bytes whose checksum was checked. */
export function decodeSearchIndex(bytes: Buffer, libraryHash: string | null, doc: LibraryDocument): SearchIndex | null {
  try {
    return decode(bytes, libraryHash, doc);
  } catch {
    return null;
  }
}

function decode(file: Buffer, libraryHash: string | null, doc: LibraryDocument): SearchIndex | null {
  if (file.length < 40 || !file.subarray(0, 4).equals(MAGIC)) return null;
  // Typed-array views need an aligned start; a file read whole normally has its own, aligned, memory.
  const bytes = file.byteOffset % 4 ? Buffer.from(new Uint8Array(file)) : file;
  const size = bytes.readUInt32LE(36);
  const header = JSON.parse(bytes.toString('utf8', 40, 40 + size)) as Header;
  if (header.indexFormat !== INDEX_FORMAT || header.endian !== endianness()) return null;
  const n = header.keys.length;
  const t = header.terms.length;
  const p = header.postings;
  let at = 40 + size + ((4 - ((40 + size) % 4)) % 4);
  const take = (count: number) => {
    const a = new Uint32Array(bytes.buffer, bytes.byteOffset + at, count);
    at += count * 4;
    return a;
  };
  if (at + 4 * (2 * n + FIELDS * n + t * FIELDS + 1 + 2 * p) !== bytes.length || header.titles.length !== n) return null;
  const prints = take(2 * n);
  const lengths = Array.from({ length: FIELDS }, () => take(n));
  const offsets = take(t * FIELDS + 1);
  const docs = take(p);
  const freqs = take(p);
  // The checksum rules out damage; these rule out a writer bug turning into out-of-range reads.
  if (offsets[0] !== 0 || offsets[t * FIELDS] !== p) return null;
  for (let i = 1; i < offsets.length; i++) if (offsets[i]! < offsets[i - 1]!) return null;
  for (let i = 0; i < p; i++) if (docs[i]! >= n) return null;
  for (let i = 1; i < t; i++) if (!(header.terms[i - 1]! < header.terms[i]!)) return null;
  const terms = TermIndex.fromState(tokenize, processTerm, { keys: header.keys, titles: header.titles, prints, lengths, frozen: { terms: header.terms, offsets, docs, freqs } });
  if (terms.byKey.size !== n) return null;
  return (header.library === libraryHash ? SearchIndex.restore(terms, doc) : null) ?? SearchIndex.reuse(terms, doc);
}
