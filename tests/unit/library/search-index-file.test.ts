import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/library/library.js';
import { SEARCH_INDEX_FILE, readSearchIndex } from '../../../electron/library/search-index-file.js';
import { SearchIndex, foldTerm, tokenize } from '../../../electron/library/search-index.js';
import { TermIndex } from '../../../electron/library/term-index.js';
import { newId } from '../../../electron/model/common.js';
import { tempDir } from '../../helpers/temp-dir.js';

const now = () => new Date().toISOString();
function org(name: string) {
  const t = now();
  return { id: newId('organization'), createdAt: t, updatedAt: t, deletedAt: null, name, shortName: '', website: '', boilerplates: {} };
}

const WORDS = ['Montréal', 'Québec', 'biotech', 'biotechnologie', 'alliance', 'santé', 'presse', 'press', 'release', 'énergie', 'boréale', 'Toronto', 'Osaka', '山田', '花子', '大阪バイオ', 'innovation', 'innovations', 'annonce', 'announces', 'festival', 'festivals', 'la', 'de', 'the'];

function lcg(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

async function libraryWith(names: string[]): Promise<{ dir: string; lib: Library }> {
  const dir = await tempDir();
  const lib = await Library.open(dir);
  await lib.mutate((d) => {
    for (const name of names) d.organizations.push(org(name));
  });
  return { dir, lib };
}

describe('the search index', () => {
  it('scores and orders results as MiniSearch did (exact, prefix, fuzzy, AND, title boost)', () => {
    const rand = lcg(42);
    const pick = () => WORDS[Math.floor(rand() * WORDS.length)]!;
    const docs = Array.from({ length: 300 }, (_, i) => ({
      key: `doc:${i}`,
      title: Array.from({ length: 1 + Math.floor(rand() * 3) }, pick).join(' '),
      text: Array.from({ length: Math.floor(rand() * 30) }, pick).join(rand() < 0.5 ? ' ' : ', '),
    }));
    const STOP = new Set(['la', 'de', 'the']);
    const processTerm = (t: string) => {
      const term = foldTerm(t);
      return term && !STOP.has(term) ? term : null;
    };
    const mini = new MiniSearch<(typeof docs)[number]>({
      idField: 'key',
      fields: ['title', 'text'],
      tokenize,
      processTerm,
      searchOptions: { boost: { title: 3 }, prefix: (term) => term.length >= 2, fuzzy: (term) => (term.length > 4 ? 0.2 : false), combineWith: 'AND' },
    });
    mini.addAll(docs);
    const ours = new TermIndex(tokenize, processTerm);
    for (const d of docs.slice(0, 200)) ours.add(d.key, d.title, d.text);
    ours.freeze();
    // Part frozen, part added since, as after edits.
    for (const d of docs.slice(200)) ours.add(d.key, d.title, d.text);
    const queries = ['montreal', 'biot', 'bio', 'innovaton', 'festivl', 'presse', 'la presse', 'osaka 山田', '大阪', 'quebec sante', 'annonc', 'zzz', 'the'];
    for (const q of queries) {
      for (const withFuzzy of [false, true]) {
        const expected = mini.search(q, withFuzzy ? {} : { fuzzy: false }).map((r) => [r.id, r.score]);
        const got = ours
          .query(q, { prefix: (t) => t.length >= 2, fuzzy: withFuzzy ? (t) => (t.length > 4 ? 0.2 : false) : false })
          .sort((a, b) => b.score - a.score)
          .map((h) => [ours.keys[h.doc], h.score]);
        expect(got.map((g) => g[0]).sort(), q).toEqual(expected.map((e) => e[0]).sort());
        for (const [key, score] of expected) expect(got.find((g) => g[0] === key)?.[1], `${q} ${key}`).toBeCloseTo(score as number, 9);
      }
    }
  });

  it('freezes and restores 150,000 documents (the stress scale holds 112,000)', () => {
    const index = new TermIndex(tokenize, (t) => foldTerm(t));
    for (let i = 0; i < 150_000; i++) index.add(`contacts:${i}`, `n${i % 5000}`, '');
    index.freeze();
    const state = index.state();
    const again = TermIndex.fromState(tokenize, (t) => foldTerm(t), state);
    expect(again.documentCount).toBe(150_000);
    expect(again.query('n4999', { prefix: () => false, fuzzy: false })).toHaveLength(30);
  });

  it('is saved at close beside library.json and used at the next open of the same bytes', async () => {
    const { dir, lib } = await libraryWith(['Montréal Biotech Alliance', 'Énergie Boréale', 'Osaka Bio Hub']);
    const before = lib.search('montreal');
    await lib.close();
    const file = path.join(dir, SEARCH_INDEX_FILE);
    const written = (await stat(file)).mtimeMs;

    const again = await Library.open(dir);
    expect(again.search('montreal')).toEqual(before);
    expect(again.search('bore')[0]?.title).toBe('Énergie Boréale');
    await again.close();
    // Nothing changed: the saved index was the one used, and is not written again.
    expect((await stat(file)).mtimeMs).toBe(written);

    // Edits after such an open are indexed as usual, and the index saved at close follows them.
    const edited = await Library.open(dir);
    await edited.mutate((d) => {
      d.organizations.push(org('Grappe Québec Santé'));
      d.organizations[0]!.deletedAt = now();
    });
    expect(edited.search('grappe')[0]?.title).toBe('Grappe Québec Santé');
    expect(edited.search('montreal')).toEqual([]);
    await edited.close();
    const last = await Library.open(dir);
    expect(last.search('grappe')[0]?.title).toBe('Grappe Québec Santé');
    expect(last.search('montreal')).toEqual([]);
    await last.close();
  });

  it('is rebuilt when library.json was changed by anyone else, or when the saved index is damaged', async () => {
    const { dir, lib } = await libraryWith(['Montréal Biotech Alliance', 'Énergie Boréale']);
    lib.search('warm');
    await lib.close();
    const file = path.join(dir, 'library.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Montréal Biotech Alliance', 'Calgary Robotics'));
    const changed = await Library.open(dir);
    expect(changed.search('montreal')).toEqual([]);
    expect(changed.search('calgary')[0]?.title).toBe('Calgary Robotics');
    await changed.close();

    const indexFile = path.join(dir, SEARCH_INDEX_FILE);
    const bytes = await readFile(indexFile);
    bytes[bytes.length - 3]! ^= 0xff;
    await writeFile(indexFile, bytes);
    const damaged = await Library.open(dir);
    expect(damaged.search('calgary')[0]?.title).toBe('Calgary Robotics');
    expect(damaged.search('bore')[0]?.title).toBe('Énergie Boréale');
    await damaged.close();
    await writeFile(indexFile, 'MKSI');
    const truncated = await Library.open(dir);
    expect(truncated.search('calgary')[0]?.title).toBe('Calgary Robotics');
    await truncated.close();
  });

  it('keeps, from an index saved for another library.json, what its entities still say, and re-indexes the rest', async () => {
    const names = ['Montréal Biotech Alliance', 'Énergie Boréale', 'Osaka Bio Hub', 'Grappe Québec Santé', 'Calgary Robotics'];
    const { dir, lib } = await libraryWith(names);
    lib.search('warm');
    await lib.close();
    // Changed behind the app's back (as the CLI or a hand edit would): one renamed, one removed, one added.
    const file = path.join(dir, 'library.json');
    const json = JSON.parse(await readFile(file, 'utf8'));
    json.organizations[0].name = 'Laval Robotique';
    json.organizations.splice(1, 1);
    json.organizations.push({ ...json.organizations[0], id: newId('organization'), name: 'Sherbrooke Énergie' });
    await writeFile(file, JSON.stringify(json, null, 1));

    const reopened = await Library.open(dir);
    const fresh = new SearchIndex();
    fresh.sync(reopened.doc);
    for (const q of ['montreal', 'laval', 'robot', 'bore', 'energie', 'osaka', 'quebec sante', 'calgary', 'sherbrooke', 'biotech', 'robotiqe']) {
      const got = reopened.search(q);
      const expected = fresh.search(q);
      expect(got.map((h) => [h.id, h.title, h.snippet]), q).toEqual(expected.map((h) => [h.id, h.title, h.snippet]));
      got.forEach((h, i) => expect(h.score).toBeCloseTo(expected[i]!.score, 9));
    }
    expect(reopened.search('montreal')).toEqual([]);
    expect(reopened.search('laval')[0]?.title).toBe('Laval Robotique');
    await reopened.close();
  });

  it('refuses a saved index for another set of entities unless each entity still reads the same', async () => {
    const { dir, lib } = await libraryWith(['Montréal Biotech Alliance', 'Énergie Boréale']);
    lib.search('warm');
    const doc = lib.doc;
    await lib.close();
    const indexFile = path.join(dir, SEARCH_INDEX_FILE);
    const { createHash } = await import('node:crypto');
    const key = createHash('sha256').update(await readFile(path.join(dir, 'library.json'))).digest('hex');
    expect(readSearchIndex(indexFile, key, doc)?.exact).toBe(true);
    // Another hash: reused entity by entity, and in need of a sync.
    const other = readSearchIndex(indexFile, '0'.repeat(64), doc);
    expect(other?.exact).toBe(false);
    other!.sync(doc);
    expect(other!.search('montreal')[0]?.title).toBe('Montréal Biotech Alliance');
    // The same hash but not the same entities (cannot happen unless something is badly wrong): not trusted whole.
    const fewer = { ...doc, organizations: doc.organizations.slice(1) };
    const partial = readSearchIndex(indexFile, key, fewer);
    expect(partial?.exact).toBe(false);
    partial!.sync(fewer);
    expect(partial!.search('montreal')).toEqual([]);
    await writeFile(indexFile, 'MKSI' + 'x'.repeat(100));
    expect(readSearchIndex(indexFile, key, doc)).toBeNull();
  });
});
