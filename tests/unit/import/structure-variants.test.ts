import { describe, expect, it } from 'vitest';
import { readReleaseFile } from '../../../electron/import/index.js';
import { matchDateline } from '../../../electron/import/header-lines.js';
import { localize } from '../../../electron/model/errors.js';
import { contactsOf, orgsOf } from './helpers.js';
import { blocksText } from '../../../electron/model/index.js';

const read = (text: string, name = 'release.txt') => readReleaseFile(name, new TextEncoder().encode(text));

describe('datelines', () => {
  it.each([
    ['BOSTON, le 16 juin 2025 /CNW/ – Texte', 'Boston', '2025-06-16'],
    ['Boston, le 16 juin 2025 – Texte', 'Boston', '2025-06-16'],
    ['SAN DIEGO, March 3, 2026 -- Text', 'San Diego', '2026-03-03'],
    ['SAN DIEGO, March 3, 2026 /PRNewswire/ -- Text', 'San Diego', '2026-03-03'],
    ['SAN DIEGO--(BUSINESS WIRE)--March 3, 2026--Text', 'San Diego', '2026-03-03'],
    ['Cambridge, UK, 12 May 2026 – Text', 'Cambridge, UK', '2026-05-12'],
    ['MONTRÉAL, 3 mars 2026 – Texte', 'Montréal', '2026-03-03'],
    ['Montréal (Québec), le 1er mars 2026 — Texte', 'Montréal (Québec)', '2026-03-01'],
    ['OTTAWA, ON, Sept. 5, 2026 /CNW/ - Text', 'Ottawa, ON', '2026-09-05'],
  ])('%s', (line, city, date) => {
    const m = matchDateline(line);
    expect(m).toMatchObject({ city, date });
    expect(line.slice(m!.length)).toMatch(/^Te(xt|xte)$/);
  });

  it('does not take a sentence with a date for a dateline', () => {
    expect(matchDateline('The company was founded on March 3, 2026 in Boston.')).toBeNull();
    expect(matchDateline('Les inscriptions, ouvertes le 3 mars 2026, ferment bientôt.')).toBeNull();
  });
});

describe('release shapes', () => {
  it('wire-service style with inline "About X:" and a one-line press contact', async () => {
    const r = await read(
      'PRESS RELEASE – FOR IMMEDIATE RELEASE\n\nAcme Launches Widget\n\nSAN DIEGO--(BUSINESS WIRE)--March 3, 2026--Acme Corp. (NYSE: ACME) today launched a widget.\n\nAbout Acme: Acme Corp. makes widgets for everyone.\n\nPress contact: Jane Doe, jane@Acme.com, +1 555 123 4567\n',
    );
    expect(r.release).toMatchObject({ label: 'Press Release', timing: { kind: 'immediate' }, headline: 'Acme Launches Widget', dateline: { city: 'San Diego' } });
    expect(orgsOf(r)).toEqual([{ name: 'Acme', boilerplate: 'Acme Corp. makes widgets for everyone.' }]);
    expect(contactsOf(r)).toEqual([{ name: 'Jane Doe', title: '', organization: 'Acme', emails: ['jane@acme.com'], phones: ['+1 555 123 4567'] }]);
    expect(r.warnings).toEqual([]);
  });

  it('Québec style: -30- before "À propos de la …" and a one-line "Source :"', async () => {
    const r = await read(
      'COMMUNIQUÉ DE PRESSE\nPOUR DIFFUSION IMMÉDIATE\n\nLaval inaugure sa bibliothèque\n\nLAVAL, le 3 mars 2026 /CNW/ – Texte.\n\n-30-\n\nÀ propos de la Ville de Laval\nLaval est la troisième ville du Québec.\n\nSource : Marie Tremblay, Conseillère en communication, 450 555-0123, marie.tremblay@laval.example.ca\n\nRenseignements :\nLuc Roy\nTél. : 450 555-0199 poste 2\nluc.roy@laval.example.ca\n',
    );
    expect(r.release.endMark).toBe('-30-');
    expect(orgsOf(r)).toEqual([{ name: 'Ville de Laval', boilerplate: 'Laval est la troisième ville du Québec.' }]);
    expect(r.contacts.map((c) => [c.name, c.title, c.phones[0], c.emails[0]])).toEqual([
      ['Marie Tremblay', 'Conseillère en communication', '450 555-0123', 'marie.tremblay@laval.example.ca'],
      ['Luc Roy', '', '450 555-0199 poste 2', 'luc.roy@laval.example.ca'],
    ]);
    expect(blocksText(r.release.body)).toBe('Texte.');
  });

  it('Notes to editors as a numbered list: "About X:" items become organizations, the rest stays', async () => {
    const r = await read(
      'MEDIA ADVISORY\n\nMinister to visit lab\n\nOTTAWA, ON, May 5, 2026 /CNW/ - The minister will visit.\n\n* * *\n\nNotes to editors\n\n1. About Lab Inc.: Lab Inc. is a lab.\n2. Photos will be available.\n\nMedia Contacts:\nAlex Smith | Lab Inc. | alex@lab.example.com\nSam Lee\nOffice of the Minister\n613-555-0100\n',
    );
    expect(orgsOf(r)).toEqual([{ name: 'Lab Inc.', boilerplate: 'Lab Inc. is a lab.' }]);
    expect(blocksText(r.release.body)).toBe('The minister will visit.');
    expect(r.release.notes?.heading).toBe('Notes to editors');
    expect(blocksText(r.release.notes?.body ?? [])).toBe('Photos will be available.');
    expect(r.contacts.map((c) => c.name)).toEqual(['Alex Smith', 'Sam Lee']);
    expect(r.contacts[1]).toMatchObject({ title: 'Office of the Minister', phones: ['613-555-0100'] });
  });

  it('a release with no label, no headline and no timing keeps all its text and says what is missing', async () => {
    const r = await read('Voici un texte envoyé par courriel, sans titre ni date, qui décrit un projet de la ville de Québec pour les familles et les aînés de la région, avec des détails sur le financement et le calendrier des travaux prévus.\n\nDeuxième paragraphe.\n');
    expect(r.release.headline).toBe('');
    expect(blocksText(r.release.body)).toContain('Deuxième paragraphe.');
    expect(blocksText(r.release.body)).toContain('Voici un texte envoyé par courriel');
    expect(r.warnings.map((w) => localize(w, 'en'))).toEqual(expect.arrayContaining([expect.stringMatching(/headline/), expect.stringMatching(/dateline/)]));
  });

  it('a letterhead line above the label is not taken for the headline', async () => {
    const r = await read('Bioalliance Laurentides\n\nCOMMUNIQUÉ DE PRESSE\n\nLe vrai titre\n\nMONTRÉAL, le 3 mars 2026 – Texte.\n');
    expect(r.release.headline).toBe('Le vrai titre');
    expect(r.warnings.map((w) => localize(w, 'en'))).toContain('"Bioalliance Laurentides" above the label was read as letterhead, not as the headline.');
  });

  it('bold and italic in text, sub-headings in capitals, "—" separators dropped', async () => {
    const r = await read('PRESS RELEASE\n\nTitle\n\nNEW YORK, April 1, 2026 – The **new** product is *very* fast.\n\nKEY FIGURES\n\n– Revenue up 12%\n– Margin up 3 points\n\n—\n\nMore text.\n');
    const body = r.release.body;
    expect(body.map((b) => b.type)).toEqual(['paragraph', 'heading', 'list', 'paragraph']);
    expect(body[0]).toEqual({ type: 'paragraph', content: [{ text: 'The ' }, { text: 'new', bold: true }, { text: ' product is ' }, { text: 'very', italic: true }, { text: ' fast.' }] });
  });
});
