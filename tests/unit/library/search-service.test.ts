import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/library/library.js';
import { SEARCH_INDEX_FILE, SearchService, readSavedIndex } from '../../../electron/library/search-service.js';
import { emptyLibrary, newId, type LibraryDocument } from '../../../electron/model/index.js';
import { tempDir } from '../../helpers/temp-dir.js';

const now = () => new Date().toISOString();
function org(name: string, boilerplate = '') {
  const t = now();
  return { id: newId('organization'), createdAt: t, updatedAt: t, deletedAt: null, name, shortName: '', website: '', boilerplates: boilerplate ? { fr: boilerplate } : {} };
}
function contact(name: string, organization: string, email: string, lang: 'fr-CA' | 'ja' = 'fr-CA') {
  const t = now();
  return {
    id: newId('contact'), createdAt: t, updatedAt: t, deletedAt: null, name, firstName: '', lastName: '', honorific: '', title: '',
    organization, organizationId: null, emails: [email], phones: [], lang, notes: '', tags: [], optedOut: false,
  };
}

async function libraryWith(names: string[]): Promise<{ dir: string; lib: Library }> {
  const dir = await tempDir();
  const lib = await Library.open(dir);
  await lib.mutate((d) => {
    for (const name of names) d.organizations.push(org(name));
  });
  return { dir, lib };
}

const titles = async (lib: Library, q: string) => (await lib.search(q)).map((h) => h.title);

describe('search as officers use it', () => {
  it('finds French words without their accents, words by their start, Japanese names, and forgives a typo', async () => {
    const { lib } = await libraryWith(['Montréal Biotech Alliance', 'Énergie Boréale', 'Société des alcools du Québec']);
    await lib.mutate((d) => {
      d.organizations.push(org('La Presse', 'Quotidien montréalais fondé en 1884.'));
      d.organizations.push(org('Festival des innovations', 'La santé et la presse régionale au rendez-vous.'));
      d.contacts.push(contact('山田 花子', '大阪バイオ推進機構', 'hanako.yamada@osaka-bio.example', 'ja'));
      d.contacts.push(contact('Élise Côté', 'Grappe Québec Santé', 'elise.cote@grappe.example'));
    });
    expect(await titles(lib, 'montreal')).toContain('Montréal Biotech Alliance');
    expect(await titles(lib, 'ENERGIE boreale')).toEqual(['Énergie Boréale']);
    expect(await titles(lib, 'quebec')).toEqual(expect.arrayContaining(['Société des alcools du Québec', 'Élise Côté']));
    expect((await titles(lib, 'biot'))[0]).toBe('Montréal Biotech Alliance');
    expect(await titles(lib, 'elise cote')).toEqual(['Élise Côté']);
    expect((await titles(lib, '山田'))[0]).toBe('山田 花子');
    expect((await titles(lib, '大阪'))[0]).toBe('山田 花子');
    expect((await lib.search('osaka-bio'))[0]?.collection).toBe('contacts');
    // "la" and "de" are left out: "La Presse" is the paper, first, not every text that holds "la".
    expect((await titles(lib, 'La Presse'))[0]).toBe('La Presse');
    // Every word must match (AND): a second word narrows.
    expect(await titles(lib, 'presse quotidien')).toEqual(['La Presse']);
    // A typo in a long word is forgiven when exact and prefix matches find too little.
    expect(await titles(lib, 'innovaton')).toEqual(['Festival des innovations']);
    // A snippet shows the words around the match, with their accents.
    expect((await lib.search('quotidien'))[0]?.snippet).toContain('Quotidien montréalais');
    // Limited to some collections.
    expect((await lib.search('quebec', 50, ['contacts'])).map((h) => h.title)).toEqual(['Élise Côté']);
    await lib.close();
  });

  it('follows every change, and a search asked before the background build is done waits for it', async () => {
    const { dir, lib } = await libraryWith(['Montréal Biotech Alliance', 'Énergie Boréale']);
    await lib.close();
    const again = await Library.open(dir, { indexInBackground: true });
    // Asked at once: answered from a complete index.
    expect(await titles(again, 'bore')).toEqual(['Énergie Boréale']);
    await again.mutate((d) => {
      d.organizations[0]!.name = 'Laval Robotique';
    });
    expect(await titles(again, 'montreal')).toEqual([]);
    expect(await titles(again, 'robot')).toEqual(['Laval Robotique']);
    await again.close();
  });
});

describe('the saved search index', () => {
  it('is saved at close beside library.json and used at the next open of the same bytes', async () => {
    const { dir, lib } = await libraryWith(['Montréal Biotech Alliance', 'Énergie Boréale', 'Osaka Bio Hub']);
    const before = await lib.search('montreal');
    await lib.close();
    const file = path.join(dir, SEARCH_INDEX_FILE);
    const written = (await stat(file)).mtimeMs;

    const again = await Library.open(dir);
    expect(await again.search('montreal')).toEqual(before);
    expect((await again.search('bore'))[0]?.title).toBe('Énergie Boréale');
    await again.close();
    // Nothing changed: the saved index was the one used, and is not written again.
    expect((await stat(file)).mtimeMs).toBe(written);

    // Edits after such an open are indexed as usual, and the index saved at close follows them.
    const edited = await Library.open(dir);
    await edited.mutate((d) => {
      d.organizations.push(org('Grappe Québec Santé'));
      d.organizations[0]!.deletedAt = now();
    });
    expect((await edited.search('grappe'))[0]?.title).toBe('Grappe Québec Santé');
    expect(await edited.search('montreal')).toEqual([]);
    await edited.close();
    expect((await stat(file)).mtimeMs).toBeGreaterThan(written);
    const last = await Library.open(dir);
    expect((await last.search('grappe'))[0]?.title).toBe('Grappe Québec Santé');
    expect(await last.search('montreal')).toEqual([]);
    await last.close();
  });

  it('is saved by a host that indexes in the background as soon as it is built (a killed host opens fast too)', async () => {
    const { dir, lib } = await libraryWith(['Montréal Biotech Alliance']);
    await lib.close();
    const file = path.join(dir, SEARCH_INDEX_FILE);
    await writeFile(file, 'gone');
    const host = await Library.open(dir, { indexInBackground: true });
    const key = (await import('node:crypto')).createHash('sha256').update(await readFile(path.join(dir, 'library.json'))).digest('hex');
    for (let i = 0; i < 100 && (await readSavedIndex(file))?.library !== key; i++) await new Promise((r) => setTimeout(r, 20));
    expect((await readSavedIndex(file))?.library).toBe(key);
    await host.close();
  });

  it('is rebuilt when library.json was changed by anyone else, or when the saved index is damaged', async () => {
    const { dir, lib } = await libraryWith(['Montréal Biotech Alliance', 'Énergie Boréale']);
    await lib.search('warm');
    await lib.close();
    const file = path.join(dir, 'library.json');
    await writeFile(file, (await readFile(file, 'utf8')).replace('Montréal Biotech Alliance', 'Calgary Robotics'));
    const changed = await Library.open(dir);
    expect(await changed.search('montreal')).toEqual([]);
    expect((await changed.search('calgary'))[0]?.title).toBe('Calgary Robotics');
    await changed.close();

    const indexFile = path.join(dir, SEARCH_INDEX_FILE);
    const bytes = await readFile(indexFile);
    bytes[bytes.length - 3]! ^= 0x01;
    await writeFile(indexFile, bytes);
    expect(await readSavedIndex(indexFile)).toBeNull();
    const damaged = await Library.open(dir);
    expect((await damaged.search('calgary'))[0]?.title).toBe('Calgary Robotics');
    expect((await damaged.search('bore'))[0]?.title).toBe('Énergie Boréale');
    await damaged.close();
    for (const junk of ['{"format":1}', '', 'x'.repeat(100)]) {
      await writeFile(indexFile, junk);
      const truncated = await Library.open(dir);
      expect((await truncated.search('calgary'))[0]?.title).toBe('Calgary Robotics');
      await truncated.close();
    }
  });

  it('keeps, from an index saved for another library.json, what its entities still say, and re-indexes the rest', async () => {
    const names = ['Montréal Biotech Alliance', 'Énergie Boréale', 'Osaka Bio Hub', 'Grappe Québec Santé', 'Calgary Robotics'];
    const { dir, lib } = await libraryWith(names);
    await lib.search('warm');
    await lib.close();
    // Changed behind the app's back (as the CLI or a hand edit would): one renamed, one removed, one added.
    const file = path.join(dir, 'library.json');
    const json = JSON.parse(await readFile(file, 'utf8'));
    json.organizations[0].name = 'Laval Robotique';
    json.organizations.splice(1, 1);
    json.organizations.push({ ...json.organizations[0], id: newId('organization'), name: 'Sherbrooke Énergie' });
    await writeFile(file, JSON.stringify(json, null, 1));

    const reopened = await Library.open(dir);
    const fresh = new SearchService(await tempDir());
    for (const q of ['montreal', 'laval', 'robot', 'bore', 'energie', 'osaka', 'quebec sante', 'calgary', 'sherbrooke', 'biotech', 'robotiqe']) {
      const got = await reopened.search(q);
      const expected = await fresh.search(reopened.doc, q);
      expect(got.map((h) => [h.id, h.title, h.snippet]), q).toEqual(expected.map((h) => [h.id, h.title, h.snippet]));
    }
    expect(await reopened.search('montreal')).toEqual([]);
    expect((await reopened.search('laval'))[0]?.title).toBe('Laval Robotique');
    await reopened.close();
  });

  it('is not taken whole for a document it does not describe', async () => {
    const { dir, lib } = await libraryWith(['Montréal Biotech Alliance', 'Énergie Boréale']);
    await lib.search('warm');
    await lib.close();
    // A service handed another document than the one the file was built from searches that document.
    const other: LibraryDocument = { ...emptyLibrary(), organizations: [org('Sherbrooke Énergie')] };
    const service = new SearchService(dir);
    expect((await service.search(other, 'energie')).map((h) => h.title)).toEqual(['Sherbrooke Énergie']);
    expect(await service.search(other, 'montreal')).toEqual([]);
  });
});
