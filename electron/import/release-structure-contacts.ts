import type { Localized } from '../model/errors.js';
import { parseContactLines, type ContactLines, type ParsedContact } from './contact-lines.js';
import { letterKey as fold } from '../model/fold.js';

/** Contacts phase: the contacts sections' lines read as people; an organization guessed from the e-mail's domain. */
export function readContacts(groups: readonly ContactLines[], organizations: readonly { name: string }[]): { contacts: ParsedContact[]; warnings: Localized[] } {
  const warnings: Localized[] = [];
  const contacts = parseContactLines(groups, warnings, organizations.map((o) => o.name));
  for (const c of contacts) {
    if (c.organization) continue;
    const domain = c.emails[0]?.split('@')[1]?.split('.').slice(-3)[0] ?? '';
    const key = fold(domain);
    const match = key.length >= 4 ? organizations.find((o) => fold(o.name).includes(key) || key.includes(fold(o.name))) : undefined;
    if (match) c.organization = match.name;
  }
  if (groups.length && !contacts.length) {
    warnings.push({
      en: 'A contacts section was found but no contact could be read from it.',
      fr: 'Une section de contacts a été trouvée, mais aucun contact n’a pu y être lu.',
    });
  }
  return { contacts, warnings };
}

