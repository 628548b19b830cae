import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../electron/host/context.js';
import { Library } from '../../../electron/library/library.js';
import { call } from '../../helpers/api.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { ROOT } from './helpers.js';

const CORPUS = path.join(ROOT, 'tests/fixtures/corpus');
const b64 = async (name: string): Promise<string> => (await readFile(path.join(CORPUS, name))).toString('base64');

async function importCorpus(name: string) {
  const dir = await tempDir('mk-conventions-');
  const lib = await Library.open(dir);
  const ctx = createContext(lib, 'web');
  const created = await call(ctx, 'import.release', { fileName: name, contentBase64: await b64(name) });
  const shown = await call(ctx, 'releases.show', { id: created.id, format: 'markdown' });
  // What is on disk, read back as the next start would.
  const saved = JSON.parse(await readFile(path.join(dir, 'library.json'), 'utf8')) as { releases: { addressee: string; notes: unknown }[]; organizations: { name: string; aboutHeadings?: Record<string, string> }[] };
  await lib.close();
  return { created, markdown: shown.markdown ?? '', saved };
}

describe('conventions kept from import to export', () => {
  it('French About headings keep their article; the stored name does not carry it', async () => {
    const { created, markdown, saved } = await importCorpus('13-cnw-fr-aux-medias-articles.txt');
    expect(created.organizations.map((o) => [o.name, o.heading])).toEqual([
      ["Institut de cardiologie de l'Estrie", "À propos de l'Institut de cardiologie de l'Estrie"],
      ['Laboratoires Valmont', 'À propos des Laboratoires Valmont'],
    ]);
    expect(saved.organizations.map((o) => o.name)).toEqual(["Institut de cardiologie de l'Estrie", 'Laboratoires Valmont']);
    expect(markdown).toContain('À propos des Laboratoires Valmont');
    expect(markdown).toMatch(/À propos de l[’']Institut de cardiologie/u);
    expect(markdown).not.toContain('À propos de Laboratoires');
  });

  it('"About the …" keeps its "the"; a heading the name gives back is not stored twice', async () => {
    const { markdown, saved } = await importCorpus('06-uk-embargo-notes.txt');
    expect(markdown).toContain('About the Isles Ferry Partnership');
    expect(saved.organizations.find((o) => o.name === 'Isles Ferry Partnership')?.aboutHeadings).toEqual({ en: 'About the Isles Ferry Partnership' });
    expect(saved.organizations.find((o) => o.name === 'Kernow Marine Energy')?.aboutHeadings).toBeUndefined();
  });

  it('the addressee line is a field of the release, saved and written back by the export', async () => {
    const fr = await importCorpus('13-cnw-fr-aux-medias-articles.txt');
    expect(fr.created.addressee).toBe('Aux médias');
    expect(fr.saved.releases[0]?.addressee).toBe('Aux médias');
    expect(fr.markdown.split('\n').slice(0, 6).join('\n')).toContain('Aux médias');
    expect(fr.created.warnings ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/addressee|adresse/u)]));

    const en = await importCorpus('12-cnw-en-attention-editors.txt');
    expect(en.markdown).toContain('Attention: News Editors');
  });

  it('Notes to editors: the heading and its notes survive into the model and the export', async () => {
    const { created, markdown, saved } = await importCorpus('06-uk-embargo-notes.txt');
    expect(created.notes?.heading).toBe('Notes to editors');
    expect(created.notes?.body.map((b) => b.type)).toEqual(['list']);
    expect(saved.releases[0]?.notes).toMatchObject({ heading: 'Notes to editors' });
    expect(markdown).toContain('Notes to editors');
    expect(markdown).toContain('Photographs of the ferries are available on request.');
  });

  it('a Japanese release: addressee, headline, ～subtitle～ as deck, 【…について】 as the boilerplate, 担当 as a named contact', async () => {
    const { created, markdown } = await importCorpus('09-ja-standard.txt');
    expect(created).toMatchObject({
      addressee: '報道関係者各位',
      headline: '小型水中ドローン「ミナトアイ」の量産を開始',
      subheadline: '港湾インフラの点検時間を半分に',
      dateline: { city: '横浜', date: '2026-05-12' },
    });
    expect(created.organizations).toEqual([expect.objectContaining({ name: '株式会社みなと技研', heading: '株式会社みなと技研について' })]);
    expect(created.contacts).toEqual([expect.objectContaining({ name: '佐藤美咲', title: '広報部', organization: '株式会社みなと技研', emails: ['press@minato-giken.example.jp'] })]);
    expect(markdown).toContain('株式会社みなと技研について');
  });
});

describe('the reviewed contacts', () => {
  it('replace those read when the officer sends them, and a card with nothing on it is refused', async () => {
    const dir = await tempDir('mk-reviewed-');
    const lib = await Library.open(dir);
    const ctx = createContext(lib, 'web');
    const name = '07-uk-contacts-one-per-line.txt';
    const preview = await call(ctx, 'import.previewRelease', { fileName: name, contentBase64: await b64(name) });
    expect(preview.contacts.map((c) => c.source)).toEqual([
      'Harriet Cole, Communications Director, Lakeshore Robotics — harriet.cole@lakeshorerobotics.example.co.uk — 0114 496 0321',
      'Imran Aziz, Press Officer, Sheffield College — imran.aziz@sheffcol.example.ac.uk — 0114 496 0877',
    ]);
    await expect(call(ctx, 'import.release', { fileName: name, contentBase64: await b64(name), contacts: [{ name: '', emails: [], phones: [] }] })).rejects.toThrow(/name, an e-mail or a phone/);
    expect(lib.doc.releases).toEqual([]);
    const created = await call(ctx, 'import.release', {
      fileName: name,
      contentBase64: await b64(name),
      contacts: [{ name: 'Harriet Cole', title: 'Communications Director', organization: 'Lakeshore Robotics', emails: ['harriet.cole@lakeshorerobotics.example.co.uk'], phones: [] }],
    });
    expect(created.contacts.map((c) => [c.name, c.emails])).toEqual([['Harriet Cole', ['harriet.cole@lakeshorerobotics.example.co.uk']]]);
    await lib.close();
  });
});
