import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveKit, resolveRelease } from '../../../electron/export/kit.js';
import { Library } from '../../../electron/library/library.js';
import { readPartialDocument } from '../../../electron/library/partial-read.js';
import { generateLibrary, type Generated } from '../../bench/generate.js';
import { tempDir } from '../../helpers/temp-dir.js';

/**
 * `mediakit export` reads only what it prints (partial-read.ts). What it prints must be exactly
 * what a full open would print, and any file it does not recognise must be opened the usual way.
 */

let gen: Generated;
let full: Library;
const NOW = { uiLang: 'fr' as const };

beforeAll(async () => {
  // A seeded library of 60 releases in five languages, 300 contacts, 12 logos, sheets and a kit.
  // Made here, not with tempDir(), which empties itself after each test.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mediakit-partial-'));
  gen = await generateLibrary(dir, { releases: 60, contacts: 300, logos: 12 }, 7);
  full = await Library.open(dir, { readOnly: true });
}, 120_000);

afterAll(async () => {
  await full.close();
  await rm(gen.dir, { recursive: true, force: true });
});

describe('reading only what an export needs', () => {
  it('resolves every release and the kit exactly as a full open does', async () => {
    const file = path.join(gen.dir, 'library.json');
    for (const release of full.doc.releases) {
      const partial = await readPartialDocument(file, [release.id]);
      expect(partial, release.id).not.toBeNull();
      expect(partial!.releases.map((r) => r.id)).toContain(release.id);
      expect(resolveRelease(partial!, release.id, NOW)).toEqual(resolveRelease(full.doc, release.id, NOW));
    }
    for (const kit of full.doc.kits) {
      const partial = (await readPartialDocument(file, [kit.id]))!;
      expect(resolveKit(partial, kit.id, NOW)).toEqual(resolveKit(full.doc, kit.id, NOW));
      // Far less than the library: the kit's releases and the contacts of its sheet.
      expect(partial.releases.length).toBeLessThan(full.doc.releases.length / 4);
      expect(partial.contacts.length).toBeLessThan(full.doc.contacts.length / 2);
    }
  });

  it('gives way to a full open for a file it does not recognise, so nothing is reported missing wrongly', async () => {
    const file = path.join(gen.dir, 'library.json');
    const json = JSON.parse(await readFile(file, 'utf8')) as { releases: Array<Record<string, unknown>> };
    const id = gen.releaseIds.fr;
    const other = await tempDir('mediakit-partial-edited-');

    // Saved compact by another tool.
    await writeFile(path.join(other, 'library.json'), JSON.stringify(json));
    expect(await readPartialDocument(path.join(other, 'library.json'), [id])).toBeNull();

    // Pretty, but with one release's keys in another order: its id is there in another shape.
    const index = json.releases.findIndex((r) => r.id === id);
    const { id: _id, ...rest } = json.releases[index]!;
    json.releases[index] = { ...rest, id };
    await writeFile(path.join(other, 'library.json'), JSON.stringify(json, null, 1) + '\n');
    expect(await readPartialDocument(path.join(other, 'library.json'), [id])).toBeNull();
    const lib = await Library.open(other, { readOnly: true, only: [id] });
    expect(lib.partial).toBe(false);
    expect(lib.doc.releases.find((r) => r.id === id)?.headline).toBe(full.doc.releases.find((r) => r.id === id)?.headline);
    await lib.close();
  });

  it('refuses a damaged entity it reaches, and leaves the full open to report it', async () => {
    const id = gen.releaseIds.en;
    const text = await readFile(path.join(gen.dir, 'library.json'), 'utf8');
    const damaged = await tempDir('mediakit-partial-damaged-');
    const start = text.indexOf(`"id": "${id}"`);
    const lang = text.indexOf('"lang": "', start);
    await writeFile(path.join(damaged, 'library.json'), text.slice(0, lang) + '"lang": "xx-YY"' + text.slice(text.indexOf(',', lang)));
    expect(await readPartialDocument(path.join(damaged, 'library.json'), [id])).toBeNull();
    await expect(Library.open(damaged, { readOnly: true, only: [id] })).rejects.toMatchObject({ code: 'LIBRARY_CORRUPT' });
  });

  it('treats an id that is not in the library as missing, as the export reports it', async () => {
    const partial = await readPartialDocument(path.join(gen.dir, 'library.json'), ['rel_NotInThisLibrary']);
    expect(partial).not.toBeNull();
    expect(partial!.releases).toEqual([]);
    expect(() => resolveRelease(partial!, 'rel_NotInThisLibrary', NOW)).toThrow(/rel_NotInThisLibrary was not found/);
  });
});

describe('the history journal of exports made without the lock', () => {
  it('shows an export at once, folds it into library.json at the next writable open, once', async () => {
    const dir = await tempDir('mediakit-journal-');
    const src = await readFile(path.join(gen.dir, 'library.json'));
    await writeFile(path.join(dir, 'library.json'), src);
    const id = gen.releaseIds.ja;
    const before = full.doc.releases.find((r) => r.id === id)!.history.length;

    const exporter = await Library.open(dir, { readOnly: true, only: [id] });
    expect(exporter.partial).toBe(true);
    const line = { releaseId: id, entry: { at: '2026-11-26T09:00:00.000Z', event: 'exported' as const, detail: 'kit_ja.pdf' } };
    await exporter.recordHistory([line]);
    await exporter.close();
    // library.json itself was not rewritten by a reader.
    expect((await readFile(path.join(dir, 'library.json'))).equals(src)).toBe(true);

    const reader = await Library.open(dir, { readOnly: true });
    expect(reader.doc.releases.find((r) => r.id === id)!.history.at(-1)).toEqual(line.entry);
    await reader.close();

    // A fold interrupted after its save leaves its file behind: folding it again adds nothing twice.
    const writer = await Library.open(dir);
    await writer.close();
    await writeFile(path.join(dir, 'history-journal.folding-1-1.jsonl'), JSON.stringify(line) + '\n{"torn":');
    const again = await Library.open(dir);
    const history = again.doc.releases.find((r) => r.id === id)!.history;
    await again.close();
    expect(history).toHaveLength(before + 1);
    expect(history.at(-1)).toEqual(line.entry);
    const saved = JSON.parse(await readFile(path.join(dir, 'library.json'), 'utf8')) as { releases: Array<{ id: string; history: unknown[] }> };
    expect(saved.releases.find((r) => r.id === id)!.history).toHaveLength(before + 1);
    expect((await readdir(dir)).filter((n) => n.startsWith('history-journal'))).toEqual([]);
  });

  it('still exports when the journal cannot be written (a read-only share): only the history does not grow', async () => {
    const dir = await tempDir('mediakit-journal-ro-');
    await writeFile(path.join(dir, 'library.json'), await readFile(path.join(gen.dir, 'library.json')));
    // Stands for a folder the export may read but not write: the journal cannot be opened for appending.
    await mkdir(path.join(dir, 'history-journal.jsonl'));
    const id = gen.releaseIds.fr;
    const lib = await Library.open(dir, { readOnly: true, only: [id] });
    const before = lib.doc.releases.find((r) => r.id === id)!.history.length;
    await expect(lib.recordHistory([{ releaseId: id, entry: { at: '2026-11-26T10:00:00.000Z', event: 'exported', detail: 'x.docx' } }])).resolves.toBeUndefined();
    expect(lib.doc.releases.find((r) => r.id === id)!.history).toHaveLength(before);
    await lib.close();
  });
});
