import type { KitContact } from './kit-document.js';
import type { Contact } from '../model/entities.js';
import type { LibraryDocument } from '../model/library-document.js';
import { splitFullName } from '../model/person-name.js';
import { telUri } from '../model/phone.js';

/**
 * vCard 4.0 (RFC 6350), the app's one encoder: UTF-8, CRLF, values escaped, lines folded at 75
 * octets without ever splitting a multi-byte character (Japanese names stay valid UTF-8 on every
 * line). Two callers: a kit's contacts.vcf, which goes to journalists and holds only the public
 * fields a KitContact has, and the officer's own export of contacts (`contacts.vcard`), which may add
 * the private notes when the officer asks for them.
 */

/** What a card holds: a kit's contact, plus what only the officer's own export knows. */
export interface VcardContact extends KitContact {
  firstName?: string;
  lastName?: string;
  /** N's prefix: "Mme", "Dr". */
  honorific?: string;
  /** The officer's private notes about the person: never set for a kit (KitContact has none). */
  note?: string;
}

/** TEXT values (FN, TITLE, NOTE): backslash, comma and newline escaped (RFC 6350 §3.4). */
function escapeValue(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, '\\n').replace(/,/g, '\\,');
}

/** A component of a structured value (N, ORG): the semicolon separates components, so it is escaped too. */
function escapeComponent(v: string): string {
  return escapeValue(v).replace(/;/g, '\\;');
}

const encoder = new TextEncoder();

export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (octets + n > limit) {
      out.push(current);
      current = '';
      octets = 0;
      // Continuation lines start with one space, which counts toward their 75 octets.
      limit = 74;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

/**
 * A phone as a `tel:` URI with its extension ("tel:+1-514-555-0142;ext=221") when it has a country
 * code and reads as a number; otherwise as the text the officer wrote ("514 555-0142 poste 221"), so
 * that nothing is dropped and no digits are run together into a wrong number.
 */
function telLine(phone: string, pref: boolean): string {
  const params = `TYPE="voice,work"${pref ? ';PREF=1' : ''}`;
  const uri = telUri(phone);
  return uri ? `TEL;VALUE=uri;${params}:${uri}` : `TEL;VALUE=text;${params}:${escapeValue(phone.trim())}`;
}

export function contactToVcard(c: VcardContact): string {
  const split = c.firstName || c.lastName ? null : splitFullName(c.name);
  const family = split ? split.lastName : (c.lastName ?? '');
  const given = split ? split.firstName : (c.firstName ?? '');
  const phones = c.phones.filter((p) => p.trim());
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${escapeValue(c.name || [given, family].filter(Boolean).join(' '))}`,
    `N:${escapeComponent(family)};${escapeComponent(given)};;${escapeComponent(c.honorific ?? '')};`,
    ...(c.organization ? [`ORG:${escapeComponent(c.organization)}`] : []),
    ...(c.title ? [`TITLE:${escapeValue(c.title)}`] : []),
    ...c.emails.map((e, i) => `EMAIL;TYPE=work${i === 0 ? ';PREF=1' : ''}:${escapeValue(e)}`),
    ...phones.map((p, i) => telLine(p, i === 0)),
    ...(c.lang ? [`LANG:${c.lang}`] : []),
    ...(c.note?.trim() ? [`NOTE:${escapeValue(c.note.trim())}`] : []),
    'END:VCARD',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export function renderVcards(contacts: readonly VcardContact[]): Uint8Array {
  return encoder.encode(vcardText(contacts));
}

export function vcardText(contacts: readonly VcardContact[]): string {
  return contacts.map((c) => contactToVcard(c)).join('');
}

/**
 * A stored contact as a card for the officer's own address book: the names as edited (given, family,
 * honorific), the organization as the kit prints it, and the private notes only when `notes` is asked.
 */
export function officerCard(doc: Pick<LibraryDocument, 'organizations'>, c: Contact, notes: boolean): VcardContact {
  const organization = c.organization || (c.organizationId ? (doc.organizations.find((o) => o.id === c.organizationId && !o.deletedAt)?.name ?? '') : '');
  return {
    name: c.name || [c.firstName, c.lastName].filter(Boolean).join(' ') || c.emails[0] || '',
    firstName: c.firstName,
    lastName: c.lastName,
    honorific: c.honorific,
    title: c.title,
    organization,
    emails: [...c.emails],
    phones: [...c.phones],
    lang: c.lang,
    ...(notes && c.notes.trim() ? { note: c.notes } : {}),
  };
}
