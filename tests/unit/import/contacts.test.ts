import { describe, expect, it } from 'vitest';
import { applyContactsImport, readContactsFile, type SkippedRow } from '../../../electron/import/index.js';
import { localize } from '../../../electron/model/errors.js';
import { emptyLibrary, LibraryDocument } from '../../../electron/model/index.js';
import { expectAppError, fixture } from './helpers.js';

/** The skipped rows as the English interface shows them. */
const english = (rows: SkippedRow[]) => rows.map((s) => ({ row: s.row, reason: localize(s.reason, 'en') }));

const NOW = '2026-03-01T12:00:00.000Z';

describe('vCard', () => {
  it('reads vCard 3.0: folded lines, escapes, several e-mails and phones, N/FN, ORG, TITLE', async () => {
    const r = readContactsFile('contacts-v3.vcf', await fixture('contacts-v3.vcf'));
    expect(r.format).toBe('vcard');
    const marie = r.contacts[0]!;
    expect(marie.name).toBe('Marie-Ève Tremblay');
    expect(marie.firstName).toBe('Marie-Ève');
    expect(marie.lastName).toBe('Tremblay');
    expect(marie.organization).toBe('Québec Santé Numérique, inc.');
    expect(marie.title).toBe('Conseillère principale, relations de presse');
    // Domain lower-cased, local part kept.
    expect(marie.emails).toEqual(['metremblay@quebecsantenumerique.example.ca', 'marie.eve.t@example.com']);
    expect(marie.phones).toEqual(['+1 418 555-0199', '+1 581 555-0100']);
    expect(marie.notes).toBe('Préfère être jointe le matin; couvre la santé numérique et les sciences de la vie au Québec et au Canada.');
    expect(marie.tags).toEqual(['Santé', 'Québec']);
    expect(r.contacts[1]!.name).toBe('Daniel Okafor');
    expect(r.contacts).toHaveLength(2);
    expect(english(r.skipped)).toEqual([
      { row: 3, reason: 'no name and no e-mail address' },
      { row: 4, reason: 'malformed e-mail address "paul.martin@@example"' },
    ]);
  });

  it('reads vCard 4.0 with Japanese names, LANG and tel: URIs', async () => {
    const r = readContactsFile('contacts-v4.vcf', await fixture('contacts-v4.vcf'));
    const hanako = r.contacts[0]!;
    expect(hanako.name).toBe('山田 花子');
    expect(hanako.lastName).toBe('山田');
    expect(hanako.firstName).toBe('花子');
    expect(hanako.organization).toBe('株式会社さくらバイオ');
    expect(hanako.title).toBe('広報部長');
    expect(hanako.lang).toBe('ja');
    expect(hanako.emails).toHaveLength(2);
    expect(hanako.phones).toEqual(['+81-6-6123-4567', '+81-90-1234-5678']);
    expect(r.contacts[1]!.lang).toBe('en-GB');
    expect(r.skipped).toEqual([]);
  });

  it("reads Outlook's vCard 2.1: bare parameters, quoted-printable values and charsets", async () => {
    const r = readContactsFile('outlook-21.vcf', await fixture('outlook-21.vcf'));
    expect(r.skipped).toEqual([]);
    expect(r.contacts[0]).toMatchObject({
      name: 'Émilie Côté',
      firstName: 'Émilie',
      lastName: 'Côté',
      organization: 'Radio-Canada',
      title: 'Journaliste santé',
      emails: ['Emilie.Cote@radio-canada.example.ca'],
      phones: ['418-555-0123', '418-555-0188'],
      notes: 'Couvre la santé et les sciences\nDisponible le matin, sauf le lundi.',
    });
  });

  it('refuses a malformed vCard with a message naming the file', async () => {
    const message = await expectAppError(async () => readContactsFile('malformed.vcf', await fixture('malformed.vcf')), 'INVALID_FILE', /^malformed\.vcf: /);
    expect(message).toMatch(/vCard/);
  });
});

describe('CSV', () => {
  it("maps Outlook's export columns; Title is the honorific when Job Title exists", async () => {
    const r = readContactsFile('outlook.csv', await fixture('outlook.csv'));
    expect(r.format).toBe('csv');
    const jen = r.contacts[0]!;
    expect(jen).toMatchObject({
      name: 'Jennifer Alvarez',
      firstName: 'Jennifer',
      lastName: 'Alvarez',
      organization: 'Pacific Coast Therapeutics',
      title: 'Director of Corporate Communications',
      emails: ['jalvarez@pacificcoasttx.example.com'],
      phones: ['(619) 555-0142', '(619) 555-0190'],
      notes: 'Prefers email, not calls',
      tags: ['Biotech', 'Press'],
    });
    expect(r.contacts[1]!.emails).toEqual(['daniel.okafor@globe.example.com', 'dokafor@example.com']);
    // Header is row 1: rows 4 and 5 are refused, the rest still import.
    expect(english(r.skipped)).toEqual([
      { row: 4, reason: 'no name and no e-mail address' },
      { row: 5, reason: 'malformed e-mail address "paul.martin(at)example.com"' },
    ]);
    expect(r.contacts).toHaveLength(3);
  });

  it("maps Google's export columns, ::: separated values, quoted commas and line breaks", async () => {
    const r = readContactsFile('google.csv', await fixture('google.csv'));
    const [sophie, maria] = r.contacts;
    expect(sophie).toMatchObject({
      name: 'Sophie Wright',
      organization: 'Cambridge Genomics Ltd',
      title: 'Head of Communications',
      emails: ['sophie.wright@cambridge-genomics.example.co.uk', 's.wright@example.co.uk'],
      phones: ['+44 1223 555 019'],
      tags: ['Press UK'],
    });
    expect(maria).toMatchObject({ name: 'Chen, Maria', title: 'Chief Executive Officer, Board Member', notes: 'Speaks at BIO 2026\nAvailable for interviews' });
  });

  it('reads a French Windows-1252 CSV with semicolons; "Nom" beside "Prénom" is the family name', async () => {
    const r = readContactsFile('medias-cp1252.csv', await fixture('medias-cp1252.csv'));
    expect(r.contacts.map((c) => c.name)).toEqual(['Chantal Ouellet', 'Hélène Bérubé', 'François Lefèvre']);
    expect(r.contacts[1]).toMatchObject({ organization: 'Le Devoir', title: 'Journaliste « santé »', phones: ['514 555-0177'], lang: 'fr-CA' });
    expect(r.contacts[2]!.lang).toBe('fr-FR');
    expect(english(r.skipped)).toEqual([{ row: 6, reason: 'malformed e-mail address "zoe@"' }]);
  });

  it("maps the French Outlook export (Windows-1252): Titre is Mme, Fonction is the job", async () => {
    const r = readContactsFile('outlook-fr.csv', await fixture('outlook-fr.csv'));
    expect(r.contacts).toEqual([
      expect.objectContaining({
        name: 'Hélène Bérubé',
        organization: 'Le Devoir',
        title: 'Journaliste',
        emails: ['helene.berube@ledevoir.example.com'],
        phones: ['514 555-0177', '514 555-0178'],
        tags: ['Médias', 'Santé'],
      }),
    ]);
  });

  it('reads UTF-8 with a BOM', async () => {
    const r = readContactsFile('contacts-bom.csv', await fixture('contacts-bom.csv'));
    expect(r.contacts.map((c) => c.name)).toEqual(['Émilie Côté', 'Doe, John']);
    expect(r.contacts[0]!.emails).toEqual(['emilie.cote@example.ca']);
  });

  it('refuses files over 20 MB and files with no usable header', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x41);
    await expectAppError(async () => readContactsFile('huge.csv', big), 'FILE_TOO_LARGE', /^huge\.csv: /);
    await expectAppError(async () => readContactsFile('journalistes.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])), 'UNSUPPORTED_FILE', /^journalistes\.xlsx: .*save it as CSV/);
    await expectAppError(async () => readContactsFile('numbers.csv', new TextEncoder().encode('1,2,3\n4,5,6\n')), 'INVALID_FILE', /^numbers\.csv: .*header/);
  });
});

describe('applyContactsImport', () => {
  it('merges the same e-mail (case-insensitive) instead of doubling, and fills empty fields', async () => {
    const draft = emptyLibrary();
    const first = readContactsFile('outlook.csv', await fixture('outlook.csv'));
    const res = applyContactsImport(draft, first.contacts, NOW);
    // The last Outlook row is Jennifer again with a differently-cased address: merged.
    expect(res).toMatchObject({ imported: 2, merged: 1 });
    expect(res.ids).toHaveLength(2);
    const jen = draft.contacts.find((c) => c.lastName === 'Alvarez')!;
    expect(jen.tags).toEqual(['Biotech', 'Press', 'Conference 2026']);

    const vcf = readContactsFile('contacts-v3.vcf', await fixture('contacts-v3.vcf'));
    const again = applyContactsImport(draft, vcf.contacts, NOW);
    // Daniel Okafor is already there (same e-mail): merged, phones united.
    expect(again).toMatchObject({ imported: 1, merged: 1 });
    const daniel = draft.contacts.filter((c) => c.emails.includes('daniel.okafor@globe.example.com'));
    expect(daniel).toHaveLength(1);
    expect(daniel[0]!.phones).toEqual(['(617) 555-0148']);
    expect(draft.contacts).toHaveLength(3);
    // What was written is a valid library.
    expect(() => LibraryDocument.parse(draft)).not.toThrow();
  });
});
