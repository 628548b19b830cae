import { blocksText } from '../model/blocks.js';
import type { CollectionName, LibraryDocument } from '../model/library-document.js';
import { COLLECTIONS } from '../model/library-document.js';
import { TermIndex, type TermHit } from './term-index.js';

export interface SearchHit {
  collection: CollectionName;
  id: string;
  title: string;
  snippet: string;
  score: number;
}

interface IndexedDoc {
  key: string;
  collection: CollectionName;
  id: string;
  title: string;
  text: string;
}

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/;

/** Accents fold away ("Montreal" finds "Montréal"); Japanese, written without spaces, is cut into bigrams. */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  // Most texts hold no Japanese at all: test the whole text once, not every word.
  const mayHaveCjk = CJK.test(text);
  for (const raw of text.split(/[\s\p{P}\p{S}]+/u)) {
    if (!raw) continue;
    if (!mayHaveCjk || !CJK.test(raw)) {
      out.push(raw);
      continue;
    }
    const chars = [...raw];
    if (chars.length === 1) out.push(raw);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}

/**
 * French and English words too common to tell releases apart ("la", "de", "the"…): left out of the
 * index and of queries. Every French release holds "la": a query for "La Presse" would otherwise
 * score thousands of releases to find the few that name the paper.
 */
const STOP_WORDS = new Set(
  ('a au aux avec ce ces dans de des du en et il elle est la le les leur lui ne nos notre nous on ou par pas pour qu que qui sa se ses son sur ta un une vos votre vous ' +
    'an and are as at be by for from has have in is it its of on or that the their this to was were will with').split(' '),
);

const folded = new Map<string, string>();
const FOLD_CACHE_MAX = 200_000;

/** Indexing a library folds the same few thousand words hundreds of thousands of times: remember them. */
export function foldTerm(term: string): string {
  let out = folded.get(term);
  if (out === undefined) {
    out = fold(term);
    if (folded.size >= FOLD_CACHE_MAX) folded.clear();
    folded.set(term, out);
  }
  return out;
}

/** Folds a whole text as foldTerm folds a term (not cached). */
export function fold(text: string): string {
  return /^[\x00-\x7f]*$/.test(text) ? text.toLowerCase() : withoutMarks(text.normalize('NFD')).toLowerCase();
}

/** 1 = a combining mark (\p{M}), 2 = not, 0 = not yet looked up; per UTF-16 unit of the BMP. */
const markTable = new Uint8Array(0x10000);

/**
 * `text.replace(/\p{M}/gu, '')`, without running a Unicode-property regex over every character of a
 * release (most of them ASCII): each BMP character is classified once. Astral text takes the regex.
 */
function withoutMarks(text: string): string {
  if (/[\ud800-\udfff]/.test(text)) return text.replace(/\p{M}/gu, '');
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x300) continue;
    let kind = markTable[c]!;
    if (!kind) kind = markTable[c] = /\p{M}/u.test(text[i]!) ? 1 : 2;
    if (kind === 1) {
      out += text.slice(from, i);
      from = i + 1;
    }
  }
  return from ? out + text.slice(from) : text;
}

function describe(organizations: ReadonlyMap<string, string>, collection: CollectionName, entity: LibraryDocument[CollectionName][number]): IndexedDoc {
  const base = { key: `${collection}:${entity.id}`, collection, id: entity.id };
  switch (collection) {
    case 'releases': {
      const r = entity as LibraryDocument['releases'][number];
      return { ...base, title: r.headline || '(untitled)', text: [r.label, r.subheadline, r.dateline.city, r.tags.join(' '), r.lang, r.status, blocksText(r.body)].join('\n') };
    }
    case 'contacts': {
      const c = entity as LibraryDocument['contacts'][number];
      return { ...base, title: c.name || c.emails[0] || '(no name)', text: [c.title, c.organization, c.emails.join(' '), c.phones.join(' '), c.tags.join(' '), c.notes].join('\n') };
    }
    case 'logos': {
      const l = entity as LibraryDocument['logos'][number];
      const org = l.organizationId ? organizations.get(l.organizationId) : undefined;
      return { ...base, title: l.name, text: [l.variant, l.file.format, l.usageNotes, org ?? '', l.originalFileName].join('\n') };
    }
    case 'organizations': {
      const o = entity as LibraryDocument['organizations'][number];
      return { ...base, title: o.name, text: [o.shortName, o.website, ...Object.values(o.boilerplates)].join('\n') };
    }
    case 'sheets': {
      const s = entity as LibraryDocument['sheets'][number];
      return { ...base, title: s.name, text: s.description };
    }
    case 'kits': {
      const k = entity as LibraryDocument['kits'][number];
      return { ...base, title: k.name, text: [k.event.name, k.event.location, k.event.date ?? '', k.lang].join('\n') };
    }
  }
}

const texts = new WeakMap<object, SnippetText>();

/** Bump when tokenizing, folding, stop words or what `describe` indexes change: a saved index from before is then rebuilt. */
export const INDEX_FORMAT = 2;

/** Folded, stop words left out: what is indexed and what a query looks up. */
export function processTerm(t: string): string | null {
  const term = foldTerm(t);
  return term && !STOP_WORDS.has(term) ? term : null;
}

// A one-letter prefix would expand to a good part of the vocabulary: prefixes start at two letters.
const prefix = (term: string) => term.length >= 2;
const fuzzy = (term: string) => (term.length > 4 ? 0.2 : false);

/**
 * Kept in step with the library incrementally: the store's documents are immutable (immer),
 * so an entity whose reference did not change since the last sync needs no re-indexing.
 */
export class SearchIndex {
  private terms: TermIndex;
  private seen = new Map<string, object>();
  private organizations: Map<string, string> | null = null;

  constructor(terms?: TermIndex) {
    this.terms = terms ?? new TermIndex(tokenize, processTerm);
  }

  /**
   * An index read from disk (search-index-file.ts) for `doc`, the document parsed from the very bytes
   * it was built from; null when its documents are not exactly the live entities of `doc`.
   */
  static restore(terms: TermIndex, doc: LibraryDocument): SearchIndex | null {
    let live = 0;
    for (const collection of COLLECTIONS) for (const entity of doc[collection]) if (!entity.deletedAt) live++;
    if (live !== terms.documentCount) return null;
    const index = new SearchIndex(terms);
    // Which entity object each key stands for is only needed at the first change (see `sync`): at 112,000
    // entities, mapping them all at open cost more than the rest of loading the index.
    index.restored = doc;
    index.doc = doc;
    return index;
  }

  /** The document a saved index was restored for, until `seen` is filled from it. */
  private restored: LibraryDocument | null = null;
  /** While `restored`: id → entity, per collection, made for the collections that have hits. */
  private byId = new Map<CollectionName, Map<string, object>>();

  private fillSeen(): void {
    const doc = this.restored!;
    this.restored = null;
    this.byId.clear();
    for (const collection of COLLECTIONS) {
      for (const entity of doc[collection]) {
        if (entity.deletedAt) continue;
        const key = `${collection}:${entity.id}`;
        // An entity the index does not hold stays out of `seen`, so that `sync` adds it.
        if (this.terms.byKey.has(key)) this.seen.set(key, entity);
      }
    }
  }

  private entityOf(key: string): object | undefined {
    if (!this.restored) return this.seen.get(key);
    const at = key.indexOf(':');
    const collection = key.slice(0, at) as CollectionName;
    let ids = this.byId.get(collection);
    if (!ids) {
      ids = new Map<string, object>();
      for (const entity of this.restored[collection]) if (!entity.deletedAt) ids.set(entity.id, entity);
      this.byId.set(collection, ids);
    }
    return ids.get(key.slice(at + 1));
  }

  /**
   * A saved index that was built from another library.json (saved by the CLI, edited elsewhere, or the app
   * stopped before it could save the index): each entity whose title and text hash as they did when indexed
   * keeps its entries; the others are dropped, and `sync` indexes them again. About a tenth of a rebuild.
   */
  static reuse(terms: TermIndex, doc: LibraryDocument): SearchIndex {
    const index = new SearchIndex(terms);
    const organizations = new Map(doc.organizations.map((o) => [o.id, o.name]));
    const live = new Set<string>();
    for (const collection of COLLECTIONS) {
      for (const entity of doc[collection]) {
        if (entity.deletedAt) continue;
        const key = `${collection}:${entity.id}`;
        live.add(key);
        const d = describe(organizations, collection, entity);
        if (terms.indexes(key, d.title, d.text)) index.seen.set(key, entity);
        else terms.remove(key);
      }
    }
    for (const key of [...terms.byKey.keys()]) if (!live.has(key)) terms.remove(key);
    return index;
  }

  /** Whether every entity of `doc` is indexed as it is in `doc` (no `sync` needed). */
  get exact(): boolean {
    return this.doc !== null;
  }

  private doc: LibraryDocument | null = null;

  /** The compact index, for the file; folds pending changes first. */
  state(): ReturnType<TermIndex['state']> {
    return this.terms.state();
  }

  /**
   * Brings the index in step with `doc`. With a `deadline` (a performance.now() time) it stops
   * once past it and returns false; calling again continues where it left off.
   */
  sync(doc: LibraryDocument, deadline = Infinity): boolean {
    if (this.restored) {
      if (doc === this.restored) return true;
      this.fillSeen();
    }
    const live = new Set<string>();
    let organizations: Map<string, string> | null = null;
    for (const collection of COLLECTIONS) {
      for (const entity of doc[collection]) {
        if (entity.deletedAt) continue;
        const key = `${collection}:${entity.id}`;
        live.add(key);
        if (this.seen.get(key) === entity) continue;
        if (performance.now() > deadline) return false;
        organizations ??= new Map(doc.organizations.map((o) => [o.id, o.name]));
        const d = describe(organizations, collection, entity);
        this.terms.add(key, d.title, d.text);
        this.seen.set(key, entity);
      }
    }
    for (const key of [...this.seen.keys()]) {
      if (!live.has(key)) {
        this.terms.remove(key);
        this.seen.delete(key);
      }
    }
    // A first build ends with everything in the append-only part: fold it into sorted arrays once
    // (edits add a few terms each, searched well enough where they are).
    if (this.terms.pendingTerms > 2000) this.terms.freeze();
    if (this.doc !== doc) this.organizations = null;
    this.doc = doc;
    return true;
  }

  search(query: string, limit = 50, collections?: readonly CollectionName[]): SearchHit[] {
    const q = query.trim();
    if (!q) return [];
    // Fuzzy matching compares many terms: only pay for it when exact and prefix matches run short.
    let results = this.run(q, false, collections);
    if (results.length < limit) results = this.run(q, fuzzy, collections);
    return results.slice(0, limit).map(({ key, hit }) => {
      const at = key.indexOf(':');
      return {
        collection: key.slice(0, at) as CollectionName,
        id: key.slice(at + 1),
        title: this.terms.titles[hit.doc]!,
        snippet: snippet(this.textOf(key), hit.matched),
        score: hit.score,
      };
    });
  }

  private run(q: string, withFuzzy: typeof fuzzy | false, collections?: readonly CollectionName[]) {
    const out: { key: string; hit: TermHit }[] = [];
    for (const hit of this.terms.query(q, { prefix, fuzzy: withFuzzy })) {
      const key = this.terms.keys[hit.doc]!;
      if (collections?.length && !collections.includes(key.slice(0, key.indexOf(':')) as CollectionName)) continue;
      out.push({ key, hit });
    }
    // Stable: equal scores keep the order in which documents matched, as MiniSearch's results do.
    return out.sort((a, b) => b.hit.score - a.hit.score);
  }

  /**
   * The indexed text of a hit, for its snippet: made again from the entity indexed (and kept while the
   * entity lives) rather than stored for every document, which the index file would carry too.
   */
  private textOf(key: string): SnippetText {
    const entity = this.entityOf(key);
    if (!entity || !this.doc) return { flat: '', folded: '' };
    let text = texts.get(entity);
    if (text === undefined) {
      const doc = this.doc;
      this.organizations ??= new Map(doc.organizations.map((o) => [o.id, o.name]));
      const collection = key.slice(0, key.indexOf(':')) as CollectionName;
      text = snippetText(describe(this.organizations, collection, entity as LibraryDocument[CollectionName][number]).text);
      texts.set(entity, text);
    }
    return text;
  }
}

/** A hit's text on one line, and folded as terms are: made once per indexed entity that is ever a hit. */
export interface SnippetText {
  flat: string;
  folded: string;
}

export function snippetText(text: string): SnippetText {
  // As replace(/\s+/g, ' '), without a replacement at every single space between words.
  const flat = text.replace(/\s{2,}|[^\S ]/g, ' ').trim();
  // Not through foldTerm's cache: whole texts would fill it with strings never looked up again.
  return { flat, folded: fold(flat) };
}

function snippet({ flat, folded }: SnippetText, terms: string[]): string {
  let at = -1;
  for (const t of terms) {
    at = folded.indexOf(t);
    if (at >= 0) break;
  }
  if (at < 0) return flat.slice(0, 120);
  const start = Math.max(0, at - 40);
  return (start > 0 ? '…' : '') + flat.slice(start, start + 120) + (start + 120 < flat.length ? '…' : '');
}
