import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { applyReleaseImport, readReleaseFile } from '../../../electron/import/index.js';
import { localize, type Localized } from '../../../electron/model/errors.js';
import { emptyLibrary, LibraryDocument } from '../../../electron/model/index.js';
import { OWN_SAMPLE, OWN_SAMPLE_FACTS } from '../../helpers/sample-release.js';
import { fixture } from './helpers.js';

const NOW = '2026-03-01T12:00:00.000Z';
const SHA = 'c'.repeat(64);

describe('applyReleaseImport', () => {
  it('creates the release, both organizations with French boilerplates, both contacts and a contact sheet', async () => {
    const draft = emptyLibrary();
    const imported = await readReleaseFile('communique.txt', new Uint8Array(await readFile(OWN_SAMPLE)));
    const release = applyReleaseImport(draft, imported, { now: NOW, source: { fileName: 'communique.txt', sha256: SHA } });
    expect(draft.releases).toEqual([release]);
    expect(release.history).toEqual([{ at: NOW, event: 'imported', detail: 'communique.txt' }]);
    expect(release.source).toEqual({ fileName: 'communique.txt', sha256: SHA });
    expect(draft.organizations.map((o) => o.name)).toEqual(OWN_SAMPLE_FACTS.organizations);
    expect(release.organizationIds).toEqual(draft.organizations.map((o) => o.id));
    expect(draft.organizations[0]!.boilerplates.fr).toMatch(OWN_SAMPLE_FACTS.boilerplateStarts[0]);
    expect(draft.organizations[0]!.boilerplates.en).toBeUndefined();
    expect(draft.contacts.map((c) => [c.name, c.firstName, c.lastName, c.title, c.lang])).toEqual(
      OWN_SAMPLE_FACTS.contacts.map((c) => [c.name, c.firstName, c.lastName, c.title, 'fr-CA']),
    );
    // The contact's organization is linked to the organization entity.
    expect(draft.contacts[0]!.organizationId).toBe(draft.organizations[0]!.id);
    expect(release.contactIds).toEqual(draft.contacts.map((c) => c.id));
    expect(draft.sheets).toHaveLength(1);
    expect(draft.sheets[0]).toMatchObject({
      name: `Relations médias – ${release.headline}`,
      contactIds: release.contactIds,
      // The issuer's own people: never proposed as recipients of outreach by default.
      role: 'spokespeople',
      releaseId: release.id,
      nameFollowsRelease: true,
    });
    expect(() => LibraryDocument.parse(draft)).not.toThrow();
  });

  it('matches existing organizations and contacts on a second import, keeping a different boilerplate with a warning', async () => {
    const draft = emptyLibrary();
    const bytes = new Uint8Array(await readFile(OWN_SAMPLE));
    applyReleaseImport(draft, await readReleaseFile('a.txt', bytes), { now: NOW });
    draft.organizations[1]!.boilerplates.fr = 'Texte maison, revu par la direction.';
    const second = await readReleaseFile('b.txt', bytes);
    second.contacts[0]!.emails = ['MBELANGER@PHOTONIQUE-ESTRIE.EXAMPLE.CA'];
    second.contacts[0]!.phones = ['514 555-0101'];
    const warnings: Localized[] = [];
    const release = applyReleaseImport(draft, second, { now: NOW, warnings });
    expect(draft.releases).toHaveLength(2);
    expect(draft.organizations).toHaveLength(2);
    expect(draft.contacts).toHaveLength(2);
    expect(draft.contacts[0]!.phones).toEqual(['514 555-0101']);
    expect(draft.organizations[1]!.boilerplates.fr).toBe('Texte maison, revu par la direction.');
    expect(warnings.map((w) => localize(w, 'en'))).toEqual([expect.stringMatching(/^Ibaraki Photonics Council: the library already has a different "fr" boilerplate/)]);
    expect(warnings.map((w) => localize(w, 'fr'))).toEqual([expect.stringMatching(/^Ibaraki Photonics Council\u00a0: la bibliothèque a déjà un texte «\u00a0À propos\u00a0» différent/)]);
    expect(release.organizationIds).toEqual(draft.organizations.map((o) => o.id));
  });

  it('stores an English boilerplate beside the French one, and Japanese names family name first', async () => {
    const draft = emptyLibrary();
    applyReleaseImport(draft, await readReleaseFile('en.txt', await fixture('release-en-us.txt')), { now: NOW });
    const org = draft.organizations[0]!;
    expect(Object.keys(org.boilerplates)).toEqual(['en']);
    applyReleaseImport(draft, await readReleaseFile('ja.txt', await fixture('release-ja.txt')), { now: NOW });
    const hanako = draft.contacts.find((c) => c.name === '山田 花子')!;
    expect([hanako.lastName, hanako.firstName, hanako.lang]).toEqual(['山田', '花子', 'ja']);
    expect(draft.organizations.find((o) => o.name === '株式会社さくらバイオ')!.boilerplates.ja).toContain('事業内容');
    expect(() => LibraryDocument.parse(draft)).not.toThrow();
  });
});
