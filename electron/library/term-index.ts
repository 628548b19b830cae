/**
 * The inverted index behind SearchIndex: BM25+ scoring, prefix and fuzzy expansion and AND
 * combination as MiniSearch computes them (same formula, same weights), on a layout that loads
 * from disk without rebuilding anything: a sorted term list and flat postings arrays ("frozen"),
 * plus an append-only part for documents added since ("delta"). Removed documents are only
 * flagged dead; `freeze` folds everything into a new frozen part.
 */

import { createHash } from 'node:crypto';

/** Field 0 is the title, field 1 the text; a title match counts three times (MiniSearch boost). */
export const FIELD_BOOSTS = [3, 1] as const;
const FIELDS = FIELD_BOOSTS.length;
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_FUZZY = 6;

export interface Frozen {
  /** Sorted (JavaScript string order), unique. */
  terms: string[];
  /** Postings of term t, field f: docs/freqs[offsets[t * FIELDS + f] .. offsets[t * FIELDS + f + 1]]. */
  offsets: Uint32Array;
  docs: Uint32Array;
  freqs: Uint32Array;
}

/** Per field of one term added since the last freeze: document numbers and frequencies, ascending. */
type DeltaPostings = { docs: number[]; freqs: number[] }[];

export interface TermHit {
  doc: number;
  score: number;
  /** Query terms matched (for MiniSearch's "quality" factor). */
  queryTerms: string[];
  /** Index terms matched, in match order (the snippet shows the first one found). */
  matched: string[];
}

export interface QueryOptions {
  /** Prefix expansion of a query term (MiniSearch `prefix`). */
  prefix: (term: string) => boolean;
  /** Fuzzy expansion: a fraction of the term length, or false. */
  fuzzy: ((term: string) => number | false) | false;
}

export class TermIndex {
  readonly keys: string[] = [];
  readonly titles: string[] = [];
  /** Unique raw tokens per field per document, as MiniSearch counts a field's length. */
  private readonly lengths: number[][] = Array.from({ length: FIELDS }, () => []);
  private readonly alive: boolean[] = [];
  /** Two 32-bit words per document: the start of a SHA-1 of what was indexed (see `indexes`). */
  private readonly prints: number[] = [];
  readonly byKey = new Map<string, number>();
  private readonly totals: number[] = new Array<number>(FIELDS).fill(0);
  private count = 0;
  private frozen: Frozen = { terms: [], offsets: new Uint32Array(1), docs: new Uint32Array(0), freqs: new Uint32Array(0) };
  private delta = new Map<string, DeltaPostings>();
  private deltaSorted: string[] | null = null;

  constructor(
    private readonly tokenize: (text: string) => string[],
    private readonly processTerm: (term: string) => string | null,
  ) {}

  get documentCount(): number {
    return this.count;
  }

  /** Terms added since the last freeze. */
  get pendingTerms(): number {
    return this.delta.size;
  }

  /** Whether everything is in the frozen part, with no dead document: what `toParts` writes. */
  get compact(): boolean {
    return this.delta.size === 0 && this.count === this.keys.length;
  }

  add(key: string, title: string, text: string): number {
    if (this.byKey.has(key)) this.remove(key);
    const doc = this.keys.length;
    this.keys.push(key);
    this.titles.push(title);
    this.alive.push(true);
    const print = fingerprint(title, text);
    this.prints.push(print[0], print[1]);
    this.byKey.set(key, doc);
    this.count++;
    const fields = [title, text];
    for (let f = 0; f < FIELDS; f++) {
      const tokens = this.tokenize(fields[f]!);
      const length = new Set(tokens).size;
      this.lengths[f]![doc] = length;
      this.totals[f]! += length;
      const freqs = new Map<string, number>();
      for (const token of tokens) {
        const term = this.processTerm(token);
        if (term) freqs.set(term, (freqs.get(term) ?? 0) + 1);
      }
      for (const [term, freq] of freqs) {
        let postings = this.delta.get(term);
        if (!postings) {
          postings = Array.from({ length: FIELDS }, () => ({ docs: [], freqs: [] }));
          this.delta.set(term, postings);
          this.deltaSorted = null;
        }
        postings[f]!.docs.push(doc);
        postings[f]!.freqs.push(freq);
      }
    }
    return doc;
  }

  /** Whether `key` is indexed from exactly this title and text: a saved index is reused entity by entity on this. */
  indexes(key: string, title: string, text: string): boolean {
    const doc = this.byKey.get(key);
    if (doc === undefined) return false;
    const [a, b] = fingerprint(title, text);
    return this.prints[2 * doc] === a && this.prints[2 * doc + 1] === b;
  }

  remove(key: string): void {
    const doc = this.byKey.get(key);
    if (doc === undefined) return;
    this.byKey.delete(key);
    this.alive[doc] = false;
    this.count--;
    for (let f = 0; f < FIELDS; f++) this.totals[f]! -= this.lengths[f]![doc]!;
  }

  /** Folds the delta into the frozen part and drops dead documents (documents are renumbered). */
  freeze(): void {
    const renumber = new Int32Array(this.keys.length).fill(-1);
    const keys: string[] = [];
    const titles: string[] = [];
    const prints: number[] = [];
    const lengths: number[][] = Array.from({ length: FIELDS }, () => []);
    for (let d = 0; d < this.keys.length; d++) {
      if (!this.alive[d]) continue;
      renumber[d] = keys.length;
      keys.push(this.keys[d]!);
      titles.push(this.titles[d]!);
      prints.push(this.prints[2 * d]!, this.prints[2 * d + 1]!);
      for (let f = 0; f < FIELDS; f++) lengths[f]!.push(this.lengths[f]![d]!);
    }
    const old = this.frozen;
    const terms = [...new Set([...old.terms, ...this.delta.keys()])].sort(compare);
    const oldAt = new Map<string, number>();
    old.terms.forEach((t, i) => oldAt.set(t, i));
    const offsets = new Uint32Array(terms.length * FIELDS + 1);
    let total = 0;
    for (const t of terms) {
      const i = oldAt.get(t);
      const delta = this.delta.get(t);
      for (let f = 0; f < FIELDS; f++) {
        if (i !== undefined) total += old.offsets[i * FIELDS + f + 1]! - old.offsets[i * FIELDS + f]!;
        if (delta) total += delta[f]!.docs.length;
      }
    }
    let docs = new Uint32Array(total);
    let freqs = new Uint32Array(total);
    let n = 0;
    terms.forEach((t, ti) => {
      const i = oldAt.get(t);
      const delta = this.delta.get(t);
      for (let f = 0; f < FIELDS; f++) {
        offsets[ti * FIELDS + f] = n;
        if (i !== undefined) {
          for (let p = old.offsets[i * FIELDS + f]!; p < old.offsets[i * FIELDS + f + 1]!; p++) {
            const d = renumber[old.docs[p]!]!;
            if (d < 0) continue;
            docs[n] = d;
            freqs[n++] = old.freqs[p]!;
          }
        }
        if (delta) {
          const { docs: dd, freqs: df } = delta[f]!;
          for (let p = 0; p < dd.length; p++) {
            const d = renumber[dd[p]!]!;
            if (d < 0) continue;
            docs[n] = d;
            freqs[n++] = df[p]!;
          }
        }
      }
      offsets[ti * FIELDS + FIELDS] = n;
    });
    if (n < total) {
      docs = docs.slice(0, n);
      freqs = freqs.slice(0, n);
    }
    // A term whose documents are all gone keeps an empty range: harmless, and dropped by the next rebuild.
    this.frozen = { terms, offsets, docs, freqs };
    this.delta = new Map();
    this.deltaSorted = null;
    // Replaced element by element: spreading 100,000 items as call arguments overflows the stack.
    replace(this.keys, keys);
    replace(this.titles, titles);
    replace(this.prints, prints);
    for (let f = 0; f < FIELDS; f++) replace(this.lengths[f]!, lengths[f]!);
    replace(this.alive, keys.map(() => true));
    this.byKey.clear();
    keys.forEach((k, d) => this.byKey.set(k, d));
  }

  /** The compact state, for the file (see search-index-file.ts). Call `freeze` first if not `compact`. */
  state(): { keys: string[]; titles: string[]; prints: number[]; lengths: number[][]; frozen: Frozen } {
    if (!this.compact) this.freeze();
    return { keys: this.keys, titles: this.titles, prints: this.prints, lengths: this.lengths, frozen: this.frozen };
  }

  /** An index from a state written by `state` (already checked for consistency by the caller). */
  static fromState(
    tokenize: (text: string) => string[],
    processTerm: (term: string) => string | null,
    s: { keys: string[]; titles: string[]; prints: ArrayLike<number>; lengths: ArrayLike<number>[]; frozen: Frozen },
  ): TermIndex {
    const index = new TermIndex(tokenize, processTerm);
    replace(index.keys, s.keys);
    replace(index.titles, s.titles);
    for (let i = 0; i < 2 * s.keys.length; i++) index.prints.push(s.prints[i]!);
    for (let f = 0; f < FIELDS; f++) {
      const target = index.lengths[f]!;
      const source = s.lengths[f]!;
      let sum = 0;
      for (let d = 0; d < s.keys.length; d++) {
        target.push(source[d]!);
        sum += source[d]!;
      }
      index.totals[f] = sum;
    }
    for (let d = 0; d < s.keys.length; d++) {
      index.alive.push(true);
      index.byKey.set(s.keys[d]!, d);
    }
    index.count = s.keys.length;
    index.frozen = s.frozen;
    return index;
  }

  /**
   * Documents matching every query term (AND), unsorted, scored as MiniSearch scores them
   * (score × number of query terms matched).
   */
  query(queryText: string, options: QueryOptions): TermHit[] {
    const terms: string[] = [];
    for (const token of this.tokenize(queryText)) {
      const term = this.processTerm(token);
      if (term) terms.push(term);
    }
    if (!terms.length) return [];
    let combined: Map<number, TermHit> | null = null;
    for (const term of terms) {
      const results = this.termQuery(term, options);
      if (!combined) {
        combined = results;
        continue;
      }
      const next = new Map<number, TermHit>();
      for (const [doc, hit] of results) {
        const existing = combined.get(doc);
        if (!existing) continue;
        for (const t of hit.queryTerms) if (!existing.queryTerms.includes(t)) existing.queryTerms.push(t);
        for (const t of hit.matched) if (!existing.matched.includes(t)) existing.matched.push(t);
        existing.score += hit.score;
        next.set(doc, existing);
      }
      combined = next;
    }
    const out: TermHit[] = [];
    for (const hit of combined!.values()) {
      hit.score *= hit.queryTerms.length || 1;
      out.push(hit);
    }
    return out;
  }

  private termQuery(term: string, options: QueryOptions): Map<number, TermHit> {
    const results = new Map<number, TermHit>();
    this.score(term, term, 1, results);
    const prefixed = new Set<string>();
    if (options.prefix(term)) {
      for (const derived of this.withPrefix(term)) {
        if (derived.length === term.length) continue;
        prefixed.add(derived);
        const distance = derived.length - term.length;
        this.score(term, derived, (PREFIX_WEIGHT * derived.length) / (derived.length + 0.3 * distance), results);
      }
    }
    const fuzzy = options.fuzzy ? options.fuzzy(term) : false;
    if (fuzzy) {
      const maxDistance = fuzzy < 1 ? Math.min(MAX_FUZZY, Math.round(term.length * fuzzy)) : fuzzy;
      if (maxDistance) {
        for (const [derived, distance] of this.near(term, maxDistance)) {
          if (!distance || prefixed.has(derived)) continue;
          this.score(term, derived, (FUZZY_WEIGHT * derived.length) / (derived.length + distance), results);
        }
      }
    }
    return results;
  }

  /** Adds the BM25+ score of index term `derived` (standing for query term `source`) to `results`. */
  private score(source: string, derived: string, weight: number, results: Map<number, TermHit>): void {
    const at = this.find(derived);
    const delta = this.delta.get(derived);
    if (at < 0 && !delta) return;
    const f0 = this.frozen;
    for (let f = 0; f < FIELDS; f++) {
      const from = at < 0 ? 0 : f0.offsets[at * FIELDS + f]!;
      const to = at < 0 ? 0 : f0.offsets[at * FIELDS + f + 1]!;
      const dp = delta?.[f];
      let matching = 0;
      for (let p = from; p < to; p++) if (this.alive[f0.docs[p]!]) matching++;
      if (dp) for (const d of dp.docs) if (this.alive[d]) matching++;
      if (!matching) continue;
      const avg = this.totals[f]! / this.count;
      const idf = Math.log(1 + (this.count - matching + 0.5) / (matching + 0.5));
      const weighted = weight * FIELD_BOOSTS[f]! * idf;
      const lengths = this.lengths[f]!;
      const add = (doc: number, freq: number) => {
        const raw = BM25.d + (freq * (BM25.k + 1)) / (freq + BM25.k * (1 - BM25.b + (BM25.b * lengths[doc]!) / avg));
        const s = weighted * raw;
        const hit = results.get(doc);
        if (hit) {
          hit.score += s;
          if (!hit.queryTerms.includes(source)) hit.queryTerms.push(source);
          if (!hit.matched.includes(derived)) hit.matched.push(derived);
        } else {
          results.set(doc, { doc, score: s, queryTerms: [source], matched: [derived] });
        }
      };
      for (let p = from; p < to; p++) {
        const d = f0.docs[p]!;
        if (this.alive[d]) add(d, f0.freqs[p]!);
      }
      if (dp) for (let p = 0; p < dp.docs.length; p++) if (this.alive[dp.docs[p]!]) add(dp.docs[p]!, dp.freqs[p]!);
    }
  }

  private find(term: string): number {
    const terms = this.frozen.terms;
    let lo = 0;
    let hi = terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const t = terms[mid]!;
      if (t === term) return mid;
      if (t < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Every index term starting with `prefix` (the term itself included), each once. */
  private withPrefix(prefix: string): string[] {
    const out: string[] = [];
    const terms = this.frozen.terms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (terms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < terms.length && terms[i]!.startsWith(prefix); i++) out.push(terms[i]!);
    if (this.delta.size) {
      const seen = new Set(out);
      for (const t of this.sortedDelta()) if (t.startsWith(prefix) && !seen.has(t)) out.push(t);
    }
    return out;
  }

  private sortedDelta(): string[] {
    this.deltaSorted ??= [...this.delta.keys()].sort(compare);
    return this.deltaSorted;
  }

  /** Index terms within `max` edits (Levenshtein) of `term`, with their distance. */
  private near(term: string, max: number): Map<string, number> {
    const out = new Map<string, number>();
    const row = new Array<number>(term.length + 1);
    const consider = (t: string) => {
      if (Math.abs(t.length - term.length) > max || out.has(t)) return;
      const d = boundedDistance(term, t, max, row);
      if (d <= max) out.set(t, d);
    };
    for (const t of this.frozen.terms) consider(t);
    for (const t of this.delta.keys()) consider(t);
    return out;
  }
}

function replace<T>(target: T[], source: readonly T[]): void {
  target.length = source.length;
  for (let i = 0; i < source.length; i++) target[i] = source[i]!;
}

function fingerprint(title: string, text: string): [number, number] {
  const digest = createHash('sha1').update(title).update('\u0000').update(text).digest();
  return [digest.readUInt32LE(0), digest.readUInt32LE(4)];
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Levenshtein distance of a and b, or max + 1 as soon as it must exceed max. */
function boundedDistance(a: string, b: string, max: number, row: number[]): number {
  for (let j = 0; j <= a.length; j++) row[j] = j;
  for (let i = 1; i <= b.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    let best = i;
    const cb = b.charCodeAt(i - 1);
    for (let j = 1; j <= a.length; j++) {
      const above = row[j]!;
      const cost = a.charCodeAt(j - 1) === cb ? 0 : 1;
      const value = Math.min(above + 1, row[j - 1]! + 1, diagonal + cost);
      row[j] = value;
      diagonal = above;
      if (value < best) best = value;
    }
    if (best > max) return max + 1;
  }
  return row[a.length]!;
}
