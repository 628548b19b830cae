import { createHash, webcrypto } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { COLLECTIONS, type CollectionName, type LibraryDocument } from '../model/library-document.js';
import { writeFileAtomic } from './atomic-write.js';
import { LIBRARY_FILES } from './library-layout.js';
import { INDEX_FORMAT, describe, processTerm, snippet, snippetText, tokenize, type IndexedDoc, type SearchHit, type SnippetText } from './search-documents.js';

/**
 * The library's search index as a service beside the store: MiniSearch over every live entity, kept in
 * step with the document by reference (immer gives a changed entity a new object, so an entity whose
 * object did not change needs no re-indexing), built after open in short slices so the window shows
 * the library first, and saved beside library.json with MiniSearch's own `toJSON` / `loadJSONAsync` (or `loadJSON`).
 *
 * The saved file names the SHA-256 of the library.json bytes it was built from. Opened with those bytes
 * it is used whole; opened with others (the CLI wrote, a hand edit), each entity whose indexed title and
 * text still hash the same keeps its entry and the rest are indexed again. A damaged file (its checksum)
 * or another format means a rebuild, never a wrong result.
 */
export const SEARCH_INDEX_FILE = LIBRARY_FILES.searchIndex;
/** Our own binary index of earlier versions: removed at the first save of this one. */
const LEGACY_FILES = ['search-index.bin'];

/** Bump when the file's envelope changes (MiniSearch's own part carries its serialization version). */
const FILE_FORMAT = 1;

// A one-letter prefix would expand to a good part of the vocabulary: prefixes start at two letters.
const prefix = (term: string) => term.length >= 2;
const fuzzy = (term: string) => (term.length > 4 ? 0.2 : false);

const OPTIONS: Options<IndexedDoc> = {
  idField: 'key',
  fields: ['title', 'text'],
  storeFields: ['title'],
  tokenize,
  processTerm,
  searchOptions: { boost: { title: 3 }, prefix, fuzzy: false, combineWith: 'AND' },
};

/** A slice of the background build: the host answers requests between slices. */
const SLICE_MS = 15;

interface Header {
  format: number;
  indexFormat: number;
  /** SHA-256 (hex) of the library.json bytes the index was built from. */
  library: string;
  /** SHA-256 (hex) of everything after the header line. */
  sha256: string;
}

/** A saved index whose checksum holds, not yet loaded into MiniSearch. */
export interface SavedIndex {
  library: string;
  prints: string;
  index: string;
}

/** The document as parsed from the library.json bytes hashed `sha256`. */
export interface ParsedFile {
  doc: LibraryDocument;
  sha256: string;
}

/** What an entity was indexed from, in 12 characters: equal prints mean the entry can be kept. */
function printOf(d: IndexedDoc): string {
  return createHash('sha1').update(d.title).update('\0').update(d.text).digest('base64').slice(0, 12);
}

type Entity = LibraryDocument[CollectionName][number];

/** Every entity not in the trash, with its key in the index (`<collection>:<id>`). */
function* liveEntities(doc: LibraryDocument): Generator<[key: string, collection: CollectionName, entity: Entity]> {
  for (const c of COLLECTIONS) for (const e of doc[c]) if (!e.deletedAt) yield [`${c}:${e.id}`, c, e];
}

function liveCount(doc: LibraryDocument): number {
  let n = 0;
  for (const _ of liveEntities(doc)) n++;
  return n;
}

/**
 * The saved file's parts if its checksum holds, read and checked on libuv's thread pool: started with
 * open, it runs while the main thread parses library.json.
 */
export async function readSavedIndex(file: string): Promise<SavedIndex | null> {
  try {
    const bytes = await readFile(file);
    const eol = bytes.indexOf(0x0a);
    if (eol < 0) return null;
    const header = JSON.parse(bytes.toString('utf8', 0, eol)) as Partial<Header>;
    if (header.format !== FILE_FORMAT || header.indexFormat !== INDEX_FORMAT || typeof header.library !== 'string') return null;
    const rest = bytes.subarray(eol + 1);
    const sum = Buffer.from(await webcrypto.subtle.digest('SHA-256', rest)).toString('hex');
    if (sum !== header.sha256) return null;
    const split = rest.indexOf(0x0a);
    if (split < 0) return null;
    return { library: header.library, prints: rest.toString('utf8', 0, split), index: rest.toString('utf8', split + 1) };
  } catch {
    return null;
  }
}

export class SearchService {
  readonly file: string;
  private mini: MiniSearch<IndexedDoc> | null = null;
  /** key → the entity object indexed under it. */
  private readonly seen = new Map<string, object>();
  /** key → print of what was indexed (saved with the index, for `reuse`). */
  private readonly prints = new Map<string, string>();
  /** The document the index is exactly in step with, or null. */
  private indexedDoc: LibraryDocument | null = null;
  /** The library.json hash of the file saved last (or restored whole). */
  private savedKey: string | null = null;
  /** What open parsed, and the saved index read beside it: consumed by the first build. */
  private opened: ParsedFile | null = null;
  private saved: Promise<SavedIndex | null> | null = null;
  /** The build under way (restore, then slices), if any. */
  private building: Promise<void> | null = null;
  /** A search is waiting: the build stops slicing. */
  private hurry = false;
  private stopped = false;
  private organizations: { doc: LibraryDocument; byId: Map<string, string> } | null = null;
  private readonly texts = new WeakMap<object, SnippetText>();

  constructor(dir: string) {
    this.file = path.join(dir, SEARCH_INDEX_FILE);
  }

  /**
   * What open read: the document parsed from library.json and its hash; with `prefetch`, the saved
   * index is read from now on (a host that will search).
   */
  prepare(opened: ParsedFile | null, prefetch: boolean): void {
    this.opened = opened;
    this.saved = prefetch ? readSavedIndex(this.file) : null;
  }

  /** library.json was replaced (a backup restored): what open prepared describes the old file. */
  forgetOpened(): void {
    this.opened = null;
    this.saved = null;
  }

  /** Builds the index now, in slices between other work; `built` is called once it is in step. */
  buildInBackground(current: () => LibraryDocument, built: () => void): void {
    // Started after the caller of open has run, so that a search it asks at once finds no load under way.
    setImmediate(() => {
      if (this.stopped) return;
      void this.build(current, false).then(
        () => {
          if (!this.stopped) built();
        },
        () => undefined,
      );
    });
  }

  private build(current: () => LibraryDocument, now: boolean): Promise<void> {
    if (now) this.hurry = true;
    this.building ??= (async () => {
      if (!this.mini) await this.load(current());
      for (;;) {
        if (this.stopped) return;
        if (this.sync(current(), this.hurry ? Infinity : performance.now() + SLICE_MS)) return;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })().finally(() => {
      this.building = null;
    });
    return this.building;
  }

  /** The saved index if it matches `doc` (whole, or entity by entity), else an empty one. */
  private async load(doc: LibraryDocument): Promise<void> {
    const opened = this.opened;
    const saving = this.saved ?? readSavedIndex(this.file);
    this.opened = this.saved = null;
    const saved = await saving;
    if (saved && !this.mini) {
      try {
        // In the background, loadJSONAsync: it yields every 1,000 keys, so the host keeps answering (the window's
        // first requests come right after open). A search already waiting takes the synchronous loadJSON, 2–3×
        // faster in all (docs/PERFORMANCE.md, "Libraries").
        const mini = this.hurry ? MiniSearch.loadJSON<IndexedDoc>(saved.index, OPTIONS) : await MiniSearch.loadJSONAsync<IndexedDoc>(saved.index, OPTIONS);
        const prints = JSON.parse(saved.prints) as Record<string, string>;
        if (!this.mini) this.adopt(mini, prints, saved.library, opened, opened?.doc ?? doc);
      } catch {
        // Another MiniSearch serialization, or a file that parses but is not ours: rebuilt below.
        this.seen.clear();
        this.prints.clear();
        this.mini = null;
      }
    }
    this.mini ??= new MiniSearch(OPTIONS);
  }

  private adopt(mini: MiniSearch<IndexedDoc>, prints: Record<string, string>, library: string, opened: ParsedFile | null, doc: LibraryDocument): void {
    const keys = Object.keys(prints);
    if (keys.length !== mini.documentCount || keys.some((k) => !mini.has(k))) return;
    this.mini = mini;
    for (const k of keys) this.prints.set(k, prints[k]!);
    if (opened && library === opened.sha256 && liveCount(opened.doc) === mini.documentCount) {
      // Built from these very bytes: every live entity is in it as it reads now.
      let whole = true;
      for (const [key, , e] of liveEntities(opened.doc)) {
        if (!this.prints.has(key)) whole = false;
        else this.seen.set(key, e);
      }
      if (whole) {
        this.indexedDoc = opened.doc;
        this.savedKey = opened.sha256;
        return;
      }
      this.seen.clear();
    }
    // Built from other bytes: keep the entries of entities that still read the same, drop the rest.
    const orgs = this.orgNames(doc);
    const live = new Set<string>();
    for (const [key, c, e] of liveEntities(doc)) {
      live.add(key);
      const print = this.prints.get(key);
      if (print === undefined) continue;
      if (print === printOf(describe(orgs, c, e))) this.seen.set(key, e);
      else this.remove(key);
    }
    for (const key of [...this.prints.keys()]) if (!live.has(key)) this.remove(key);
  }

  private remove(key: string): void {
    this.mini!.discard(key);
    this.prints.delete(key);
    this.seen.delete(key);
  }

  private orgNames(doc: LibraryDocument): Map<string, string> {
    if (this.organizations?.doc.organizations !== doc.organizations) {
      this.organizations = { doc, byId: new Map(doc.organizations.map((o) => [o.id, o.name])) };
    }
    return this.organizations.byId;
  }

  /**
   * Brings the index in step with `doc`: what changed since the last sync is indexed again. With a
   * `deadline` (a performance.now() time) it returns false once past it; called again, it continues.
   */
  private sync(doc: LibraryDocument, deadline: number): boolean {
    if (this.indexedDoc === doc) return true;
    const mini = this.mini!;
    const live = new Set<string>();
    for (const [key, c, entity] of liveEntities(doc)) {
      live.add(key);
      if (this.seen.get(key) === entity) continue;
      if (performance.now() > deadline) return false;
      const d = describe(this.orgNames(doc), c, entity);
      if (mini.has(key)) mini.discard(key);
      mini.add(d);
      this.seen.set(key, entity);
      this.prints.set(key, printOf(d));
    }
    for (const key of [...this.prints.keys()]) if (!live.has(key)) this.remove(key);
    this.indexedDoc = doc;
    return true;
  }

  async search(doc: LibraryDocument, query: string, limit = 50, collections?: readonly CollectionName[]): Promise<SearchHit[]> {
    const q = query.trim();
    if (!q) return [];
    if (this.indexedDoc !== doc || this.building) await this.build(() => doc, true);
    // Another save may have landed while the build finished: search what the caller asked about.
    if (this.indexedDoc !== doc) this.sync(doc, Infinity);
    const mini = this.mini!;
    const filter = collections?.length ? (r: SearchResult) => collections.includes(collectionOf(r.id as string)) : undefined;
    // Fuzzy matching compares many terms: only pay for it when exact and prefix matches run short.
    let results = mini.search(q, { filter });
    if (results.length < limit) results = mini.search(q, { filter, fuzzy });
    return results.slice(0, limit).map((r) => {
      const key = r.id as string;
      return {
        collection: collectionOf(key),
        id: key.slice(key.indexOf(':') + 1),
        title: r.title as string,
        snippet: snippet(this.textOf(doc, key), r.terms),
        score: r.score,
      };
    });
  }

  /** A hit's text for its snippet, made again from the entity (and kept while it lives) rather than stored. */
  private textOf(doc: LibraryDocument, key: string): SnippetText {
    const entity = this.seen.get(key);
    if (!entity) return { flat: '', folded: '' };
    let text = this.texts.get(entity);
    if (text === undefined) {
      text = snippetText(describe(this.orgNames(doc), collectionOf(key), entity as Entity).text);
      this.texts.set(entity, text);
    }
    return text;
  }

  /**
   * Saves the index beside library.json, named for the library.json bytes `onDisk` describes, when
   * the index is in step with exactly that document and what is saved is not already that.
   */
  async save(onDisk: ParsedFile | null): Promise<void> {
    if (!this.mini || !onDisk || this.building || this.indexedDoc !== onDisk.doc || this.savedKey === onDisk.sha256) return;
    const prints = Buffer.from(JSON.stringify(Object.fromEntries(this.prints)) + '\n');
    const index = Buffer.from(JSON.stringify(this.mini));
    const sha256 = createHash('sha256').update(prints).update(index).digest('hex');
    const header: Header = { format: FILE_FORMAT, indexFormat: INDEX_FORMAT, library: onDisk.sha256, sha256 };
    try {
      await writeFileAtomic(this.file, [Buffer.from(JSON.stringify(header) + '\n'), prints, index]);
      this.savedKey = onDisk.sha256;
      await Promise.all(LEGACY_FILES.map((f) => rm(path.join(path.dirname(this.file), f), { force: true })));
    } catch {
      // A full disk or a read-only folder: the next open builds the index again.
    }
  }

  /** No more building (the library is closing). */
  stop(): void {
    this.stopped = true;
  }
}

function collectionOf(key: string): CollectionName {
  return key.slice(0, key.indexOf(':')) as CollectionName;
}
