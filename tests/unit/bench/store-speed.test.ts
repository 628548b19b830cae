import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/library/library.js';
import { serialize } from '../../../electron/library/json-file-adapter.js';
import { generateLibrary } from '../../bench/generate.js';
import { tempDir } from '../../helpers/temp-dir.js';

/** The performance fixes the bench led to keep the store's behaviour: same bytes, same answers. */
describe('store speed-ups', () => {
  it('writes byte for byte what JSON.stringify(doc, null, 1) writes, before and after an edit', async () => {
    const dir = path.join(await tempDir('mkspeed-'), 'lib');
    await generateLibrary(dir, { releases: 25, contacts: 80, logos: 4 });
    const lib = await Library.open(dir);
    try {
      expect(serialize(lib.doc).toString('utf8')).toBe(JSON.stringify(lib.doc, null, 1) + '\n');
      const id = lib.doc.releases[7]!.id;
      await lib.mutate((d) => {
        const r = d.releases.find((x) => x.id === id)!;
        r.headline = 'Montréal accueille la délégation « Québec–Japon » : 東京で記者会見';
        d.contacts.splice(3, 1);
      });
      const onDisk = await readFile(lib.file, 'utf8');
      expect(onDisk).toBe(JSON.stringify(lib.doc, null, 1) + '\n');
      expect(JSON.parse(onDisk).releases.find((r: { id: string }) => r.id === id).headline).toContain('東京で記者会見');
      const [newest] = await lib.backups();
      expect(await readFile(newest!.path, 'utf8')).toBe(onDisk);
    } finally {
      await lib.close();
    }
    for (const odd of [{}, { a: [] }, { a: [1, 'x'] }, { a: { b: [{ c: 'd\ne' }] }, e: [{ f: [] }], g: null }]) {
      expect(serialize(odd).toString('utf8')).toBe(JSON.stringify(odd, null, 1) + '\n');
    }
  });

  it('builds the search index in the background after open, and a search before it is done still finds everything', async () => {
    const dir = path.join(await tempDir('mkspeed-'), 'lib');
    await generateLibrary(dir, { releases: 60, contacts: 300, logos: 2 });
    const lib = await Library.open(dir, { indexInBackground: true });
    try {
      const contact = lib.doc.contacts[123]!;
      const early = await lib.search(contact.emails[0]!.split('@')[0]!.split('.')[0]!, 500);
      expect(early.some((h) => h.id === contact.id)).toBe(true);
      await new Promise((r) => setTimeout(r, 50));
      const release = lib.doc.releases.find((r) => r.lang === 'fr-CA')!;
      const word = release.dateline.city;
      expect((await lib.search(word, 500)).some((h) => h.id === release.id)).toBe(true);
    } finally {
      await lib.close();
    }
  });
});
