import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The project's own release in the style of the real French sample (a one-line "COMMUNIQUÉ DE
 * PRESSE: headline", a Québec dateline, bold names, a ";" list, two "À propos" sections, a "—"
 * separator and a CONTACTS block of name / title / e-mail paragraphs). Tests use it so that a
 * clone with nothing beside it covers the same ground as the shared sample.
 */
export const OWN_SAMPLE = path.join(ROOT, 'tests/fixtures/import/communique-photonique-fr-ca.txt');

/** What a careful reader finds in OWN_SAMPLE (written by hand, not by running the importer). */
export const OWN_SAMPLE_FACTS = {
  lang: 'fr-CA',
  label: 'Communiqué de presse',
  headline: 'Une alliance Québec–Japon pour accélérer la photonique appliquée à la santé',
  headlineStart: 'Une alliance Québec–Japon',
  dateline: { city: 'San Francisco', date: '2026-01-28' },
  datelineFr: 'San Francisco, le 28 janvier 2026 –',
  firstParagraphStart: 'En marge du salon international SPIE Photonics West',
  boldNames: ['Photonique Estrie', 'Ibaraki Photonics Council'],
  listIntro: 'Les deux organisations s’engagent notamment à\u00A0:',
  listItems: 4,
  organizations: ['Photonique Estrie', 'Ibaraki Photonics Council'],
  boilerplateStarts: [/^Photonique Estrie est le regroupement/, /^Soutenu par la préfecture d'Ibaraki/],
  aboutSecond: /À propos d[’']Ibaraki Photonics Council/,
  contacts: [
    {
      name: 'Maxime Bélanger',
      firstName: 'Maxime',
      lastName: 'Bélanger',
      title: 'Directeur général',
      organization: 'Photonique Estrie',
      emails: ['Mbelanger@photonique-estrie.example.ca'],
      phones: [] as string[],
    },
    {
      name: 'Noémie Caron',
      firstName: 'Noémie',
      lastName: 'Caron',
      title: 'Conseillère principale, communications et affaires publiques',
      organization: 'Photonique Estrie',
      emails: ['Ncaron@photonique-estrie.example.ca'],
      phones: [] as string[],
    },
  ],
  bodyKinds: ['paragraph', 'paragraph', 'paragraph', 'list', 'paragraph'],
} as const;

/**
 * The real release beside the repository on the project's own machines (`../shared/samples`).
 * A user's clone has nothing beside it: tests that read it run only when it is there.
 */
export const SHARED_SAMPLE = path.resolve(ROOT, '../shared/samples/communique-quebec-japon-2025.txt');
export const hasSharedSample = (): boolean => existsSync(SHARED_SAMPLE);
