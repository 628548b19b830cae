import Papa from 'papaparse';
import { fileError } from '../model/errors.js';
import { ContactDraft, langFrom, type ContactsRead } from './contact-draft.js';
import { normalizeEmail } from './email.js';
import { foldKey } from '../model/fold.js';

type Field = 'name' | 'firstName' | 'lastName' | 'title' | 'honorific' | 'organization' | 'email' | 'phone' | 'notes' | 'tags' | 'lang' | 'ignore';

function key(header: string): string {
  return foldKey(header).replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Column names from Outlook, Google Contacts (old and new exports) and hand-made sheets in French or English.
 * Order matters: the first rule that matches wins.
 */
const RULES: { re: RegExp; field: Field }[] = [
  { re: /\b(?:type|label|libelle|etiquette)\b/, field: 'ignore' },
  { re: /^(?:first name|given name|firstname|prenom|prenoms)$/, field: 'firstName' },
  { re: /^(?:last name|family name|surname|lastname|nom de famille)$/, field: 'lastName' },
  { re: /^(?:name prefix|civilite|salutation|honorific)$/, field: 'honorific' },
  { re: /^(?:middle name|additional name|suffix|name suffix|yomi|phonetic)/, field: 'ignore' },
  { re: /^(?:job title|organization title|organization \d+ title|titre du poste|fonction|poste|role|position)$/, field: 'title' },
  { re: /^(?:title|titre)$/, field: 'honorific' },
  { re: /^(?:company|organization|organisation|organization name|organization \d+ name|entreprise|societe|organisme|employeur|compagnie|media|media outlet|outlet|publication)$/, field: 'organization' },
  { re: /(?:e ?mail|courriel|adresse electronique|messagerie)(?: \d+)?(?: address| adresse| value)?/, field: 'email' },
  { re: /(?:phone|telephone|tel|mobile|cell|cellulaire|portable|fax)(?: \d+)?(?: value| number)?/, field: 'phone' },
  { re: /^(?:notes?|remarques?|commentaires?)$/, field: 'notes' },
  { re: /^(?:categories|labels|group membership|groupes?|etiquettes|tags|mots cles)$/, field: 'tags' },
  { re: /^(?:language|langue|lang|preferred language|langue preferee)$/, field: 'lang' },
  { re: /^(?:name|full name|display name|nom complet|nom et prenom|contact|nom)$/, field: 'name' },
];

function mapHeaders(headers: readonly string[]): Field[] {
  const keys = headers.map(key);
  const fields = keys.map((k) => RULES.find((r) => r.re.test(k))?.field ?? 'ignore');
  // "Nom" beside "Prénom" is the family name (French exports).
  const hasFirst = fields.includes('firstName');
  keys.forEach((k, i) => {
    if (k === 'nom' && hasFirst && !fields.includes('lastName')) fields[i] = 'lastName';
  });
  // Outlook's "Title" is Mr./Ms.; without a "Job Title" column it is the job.
  if (!fields.includes('title')) fields.forEach((f, i) => f === 'honorific' && (fields[i] = 'title'));
  return fields;
}

function splitMulti(v: string): string[] {
  return v.split(/\s*:::\s*|\s*[;\n]\s*/).map((s) => s.trim()).filter(Boolean);
}

/** Any CSV with a header row; delimiter sniffed by papaparse (comma, semicolon, tab). */
export function readContactsCsv(fileName: string, source: string): ContactsRead {
  const parsed = Papa.parse<string[]>(source.replace(/^\uFEFF/, ''), {
    header: false,
    skipEmptyLines: false,
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const rows = parsed.data;
  const header = rows[0];
  if (!header || header.length < 1 || header.every((h) => !h.trim())) throw fileError('INVALID_FILE', fileName, {
      en: 'the CSV file has no header row',
      fr: 'le fichier CSV n’a pas de ligne d’en-tête; la première ligne doit donner le nom des colonnes',
    });
  const fields = mapHeaders(header);
  if (!fields.some((f) => f === 'email' || f === 'name' || f === 'firstName' || f === 'lastName')) {
    throw fileError('INVALID_FILE', fileName, {
      en: `no name or e-mail column was recognized in the header row (${header.join(', ')})`,
      fr: `aucune colonne de nom ou de courriel n’a été reconnue dans la ligne d’en-tête (${header.join(', ')})`,
    });
  }
  const result: ContactsRead = { contacts: [], skipped: [] };
  // An unclosed quote swallows the rest of the file into one field: that row is reported, not imported as a name.
  const unclosed = new Set(parsed.errors.flatMap((e) => (e.code === 'MissingQuotes' && typeof e.row === 'number' ? [e.row] : [])));
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (cells.every((c) => !c.trim())) return;
    if (unclosed.has(i + 1)) {
      result.skipped.push({
        row,
        reason: {
          en: 'a quotation mark opened in this row is never closed, so this row and every line after it were unreadable',
          fr: 'un guillemet ouvert dans cette ligne n’est jamais fermé, si bien que cette ligne et toutes celles qui la suivent étaient illisibles',
        },
      });
      return;
    }
    const get = (f: Field): string[] => cells.flatMap((c, j) => (fields[j] === f && c.trim() ? [c.trim()] : []));
    const firstName = get('firstName').join(' ');
    const lastName = get('lastName').join(' ');
    const name = get('name')[0] ?? [firstName, lastName].filter(Boolean).join(' ');
    const rawEmails = get('email').flatMap(splitMulti);
    const emails: string[] = [];
    for (const raw of rawEmails) {
      const e = normalizeEmail(raw);
      if (!e) {
        result.skipped.push({ row, reason: { en: `malformed e-mail address "${raw}"`, fr: `adresse courriel mal formée «\u00a0${raw}\u00a0»` } });
        return;
      }
      if (!emails.some((x) => x.toLowerCase() === e.toLowerCase())) emails.push(e);
    }
    if (!name && !emails.length) {
      result.skipped.push({ row, reason: { en: 'no name and no e-mail address', fr: 'ni nom ni adresse courriel' } });
      return;
    }
    const tags = get('tags')
      .flatMap((t) => t.split(/\s*:::\s*|\s*;\s*|\s*,\s*/))
      .map((t) => t.replace(/^\*\s*/, '').trim())
      .filter((t) => t && t !== 'myContacts');
    result.contacts.push(
      ContactDraft.parse({
        name,
        firstName,
        lastName,
        honorific: get('honorific')[0] ?? '',
        title: get('title').join(', '),
        organization: get('organization')[0] ?? '',
        emails,
        phones: get('phone').flatMap(splitMulti),
        lang: langFrom(get('lang')[0] ?? ''),
        notes: get('notes').join('\n'),
        tags,
      }),
    );
  });
  return result;
}
