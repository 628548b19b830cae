import { blocksText } from '../model/blocks.js';
import type { CollectionName, LibraryDocument } from '../model/library-document.js';

/**
 * What the search index holds for each entity and how its words are read: tokens (Japanese cut
 * into bigrams), folding (accents and case away, so "Montreal" finds "Montréal"), French and
 * English stop words, and the snippet shown under a hit. MiniSearch (search-service.ts) is given
 * `tokenize` and `processTerm`; everything else about scoring is MiniSearch's own.
 */

export interface SearchHit {
  collection: CollectionName;
  id: string;
  title: string;
  snippet: string;
  score: number;
}

/** One entity as indexed: `key` is `<collection>:<id>`. */
export interface IndexedDoc {
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

export function describe(organizations: ReadonlyMap<string, string>, collection: CollectionName, entity: LibraryDocument[CollectionName][number]): IndexedDoc {
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

/** Bump when tokenizing, folding, stop words or what `describe` indexes change: a saved index from before is then rebuilt. */
export const INDEX_FORMAT = 3;

/** Folded, stop words left out: what is indexed and what a query looks up. */
export function processTerm(t: string): string | null {
  const term = foldTerm(t);
  return term && !STOP_WORDS.has(term) ? term : null;
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

export function snippet({ flat, folded }: SnippetText, terms: string[]): string {
  let at = -1;
  for (const t of terms) {
    at = folded.indexOf(t);
    if (at >= 0) break;
  }
  if (at < 0) return flat.slice(0, 120);
  const start = Math.max(0, at - 40);
  return (start > 0 ? '…' : '') + flat.slice(start, start + 120) + (start + 120 < flat.length ? '…' : '');
}
