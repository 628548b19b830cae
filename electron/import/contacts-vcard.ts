import ICAL from 'ical.js';
import { fileError } from '../model/errors.js';
import { readableTel } from '../model/phone.js';
import { ContactDraft, langFrom, type ContactsRead } from './contact-draft.js';
import { normalizeEmail } from './email.js';
import { upgradeVcard21 } from './vcard21.js';

function text(v: unknown): string {
  if (Array.isArray(v)) return v.map(text).filter(Boolean).join(' ');
  // ical.js leaves "\;" escaped in some text values; a vCard never means the backslash.
  const s = typeof v === 'string' ? v : v == null ? '' : String(v);
  return s.replace(/\\([;,:\\])/g, '$1').trim();
}

function values(comp: ICAL.Component, name: string): string[] {
  return comp
    .getAllProperties(name)
    .flatMap((p) => p.getValues())
    .map(text)
    .filter(Boolean);
}

/** vCard 3.0 and 4.0 (and 2.1, upgraded first) through ical.js: unfolding, escapes, N/FN, ORG, TITLE, LANG, several EMAIL and TEL. */
export function readVcards(fileName: string, source: string): ContactsRead {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(upgradeVcard21(source));
  } catch (e) {
    throw fileError('INVALID_FILE', fileName, {
      en: `this vCard file is malformed (${e instanceof Error ? e.message : 'unreadable'})`,
      fr: `ce fichier vCard est mal formé (${e instanceof Error ? e.message : 'illisible'})`,
    });
  }
  const list = Array.isArray(parsed) && Array.isArray(parsed[0]) ? (parsed as unknown[]) : [parsed];
  const cards = list.filter((c): c is unknown[] => Array.isArray(c) && c[0] === 'vcard');
  if (!cards.length) {
    throw fileError('INVALID_FILE', fileName, {
      en: 'no vCard (BEGIN:VCARD … END:VCARD) was found in this file',
      fr: 'aucune fiche vCard (BEGIN:VCARD … END:VCARD) n’a été trouvée dans ce fichier',
    });
  }

  const result: ContactsRead = { contacts: [], skipped: [] };
  cards.forEach((jcard, i) => {
    const row = i + 1;
    const comp = new ICAL.Component(jcard as unknown as ConstructorParameters<typeof ICAL.Component>[0]);
    const n = comp.getFirstPropertyValue('n');
    const nParts: unknown[] = Array.isArray(n) ? n : typeof n === 'string' ? n.split(';') : [];
    const lastName = text(nParts[0]);
    const firstName = text(nParts[1]);
    // N's fourth component is the prefix: "Ms", "Mme", "Dr" — what a formal greeting uses.
    const honorific = text(nParts[3]);
    const fn = text(comp.getFirstPropertyValue('fn'));
    const org = comp.getFirstProperty('org')?.getValues()[0];
    const organization = Array.isArray(org) ? text(org[0]) : text(org);
    const rawEmails = values(comp, 'email').map((e) => e.replace(/^mailto:/i, ''));
    const emails: string[] = [];
    for (const raw of rawEmails) {
      const e = normalizeEmail(raw);
      if (!e) {
        result.skipped.push({ row, reason: { en: `malformed e-mail address "${raw}"`, fr: `adresse courriel mal formée «\u00a0${raw}\u00a0»` } });
        return;
      }
      if (!emails.some((x) => x.toLowerCase() === e.toLowerCase())) emails.push(e);
    }
    const name = fn || [firstName, lastName].filter(Boolean).join(' ');
    if (!name && !emails.length) {
      result.skipped.push({ row, reason: { en: 'no name and no e-mail address', fr: 'ni nom ni adresse courriel' } });
      return;
    }
    const lang = langFrom(text(comp.getFirstPropertyValue('lang')));
    const categories = values(comp, 'categories').flatMap((c) => c.split(',')).map((c) => c.trim()).filter(Boolean);
    result.contacts.push(
      ContactDraft.parse({
        name,
        firstName,
        lastName,
        honorific,
        title: text(comp.getFirstPropertyValue('title')) || text(comp.getFirstPropertyValue('role')),
        organization,
        emails,
        // "tel:+1-514-555-0142;ext=221" as the officer writes it: "+1-514-555-0142 poste 221".
        phones: values(comp, 'tel').map((t) => readableTel(t, lang)),
        lang,
        notes: values(comp, 'note').join('\n'),
        tags: categories,
      }),
    );
  });
  return result;
}
