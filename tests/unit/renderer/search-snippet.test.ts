import { describe, expect, it } from 'vitest';
import { SearchService } from '../../../electron/library/search-service.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { emptyLibrary, Logo, newId, Release, type ReleaseStatus } from '../../../electron/model/index.js';
import { localizeSnippet } from '../../../renderer/components/search-snippet.js';
import { en } from '../../../renderer/i18n/en.js';
import { fr } from '../../../renderer/i18n/fr.js';

type Strings = typeof en;
/** The interface's own strings, looked up as i18next does for "status.draft". */
const translator = (strings: Strings) => (key: string) => {
  const [group, word] = key.split('.') as ['status' | 'variants', string];
  return (strings[group] as Record<string, string>)[word] ?? key;
};
const now = '2026-03-01T12:00:00.000Z';

function release(status: ReleaseStatus, body: string, extra: Partial<Release> = {}): Release {
  return Release.parse({
    id: newId('release'),
    createdAt: now,
    updatedAt: now,
    lang: 'en-US',
    label: 'Press release',
    headline: `Headline ${status}`,
    dateline: { city: 'Boston', date: '2026-03-01' },
    body: [{ type: 'paragraph', content: [{ text: body }] }],
    status,
    ...extra,
  });
}

describe('search snippets in the interface language', () => {
  it('names the status as the releases list does, in French and in English, from the snippets the backend builds', async () => {
    const doc = emptyLibrary();
    doc.releases.push(
      release('draft', 'Acme studies zebrafish in the harbour district.'),
      release('in-review', 'Zucchini growers: the council approved the plan and it was published in the gazette.', {
        lang: 'fr-CA',
        label: 'Communiqué de presse',
        dateline: { city: 'Québec', date: null },
      }),
      release('archived', 'Old news about yellowfin tuna.', { lang: 'ja', label: '' }),
      // The window starts 40 characters before the word found: here inside the language code.
      release('approved', 'Acme opens a laboratory on marlin research.'),
    );
    const index = new SearchService(await tempDir());
    const snippet = async (q: string) => (await index.search(doc, q, 5, ['releases']))[0]!.snippet;

    const a = await snippet('zebrafish');
    expect(a).toContain('en-US draft Acme');
    expect(localizeSnippet('releases', a, translator(fr))).toContain('en-US Brouillon Acme studies');
    expect(localizeSnippet('releases', a, translator(en))).toContain('en-US Draft Acme studies');

    // "approved" and "published" in the text stay as written; only the status is named.
    const b = await snippet('zucchini');
    expect(b).toContain('fr-CA in-review Zucchini growers: the council approved');
    expect(localizeSnippet('releases', b, translator(fr))).toContain('fr-CA En révision Zucchini growers: the council approved the plan and it was published');
    expect(localizeSnippet('releases', b, translator(en))).toContain('fr-CA In review Zucchini');

    expect(localizeSnippet('releases', await snippet('yellowfin'), translator(fr))).toContain('ja Archivé Old news');

    const d = await snippet('marlin');
    expect(d).toMatch(/^…-US approved Acme/);
    expect(localizeSnippet('releases', d, translator(fr))).toMatch(/^…-US Approuvé Acme opens/);
  });

  it('handles windows that cut the language code or the status, and leaves look-alikes alone', () => {
    const t = translator(fr);
    expect(localizeSnippet('releases', '…-CA approved La Ville annonce un projet…', t)).toBe('…-CA Approuvé La Ville annonce un projet…');
    expect(localizeSnippet('releases', 'Communiqué de presse Un sous-titre Boston fr-CA pub…', t)).toBe('Communiqué de presse Un sous-titre Boston fr-CA Publié…');
    // "a" could be approved or archived: not guessed.
    expect(localizeSnippet('releases', 'Press release Boston en-US a…', t)).toBe('Press release Boston en-US a…');
    // Without the language code before it, the word is the text's own.
    expect(localizeSnippet('releases', '…a draft law was approved by the council.', t)).toBe('…a draft law was approved by the council.');
    expect(localizeSnippet('releases', '…approved the plan on Monday.', t)).toBe('…approved the plan on Monday.');
    expect(localizeSnippet('contacts', 'en-US draft', t)).toBe('en-US draft');
  });

  it('names a logo variant when the snippet starts with it', async () => {
    const doc = emptyLibrary();
    doc.logos.push(
      Logo.parse({
        id: newId('logo'),
        createdAt: now,
        updatedAt: now,
        name: 'Acme mark',
        variant: 'reversed',
        file: { sha256: 'a'.repeat(64), format: 'png', bytes: 10, width: 10, height: 10 },
        usageNotes: 'Keep clear space around the primary mark.',
      }),
    );
    const index = new SearchService(await tempDir());
    const s = (await index.search(doc, 'acme', 5, ['logos']))[0]!.snippet;
    expect(s).toMatch(/^reversed png /);
    expect(localizeSnippet('logos', s, translator(fr))).toBe(s.replace(/^reversed/, 'Inversé'));
    // "primary" in the notes is the author's word.
    expect(localizeSnippet('logos', s, translator(en))).toContain('around the primary mark');
  });
});
