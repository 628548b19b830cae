import type { Contact, ContactSheet } from '../model/index.js';
import { isValidEmail } from './email-address.js';
import type { Recipient, SkippedContact, SkipReason, UiLang } from './types.js';

export interface RecipientList {
  recipients: Recipient[];
  skipped: SkippedContact[];
}

const REASONS: Record<SkipReason, Record<UiLang, string>> = {
  'opted-out': { fr: 'a demandé à ne plus recevoir d’envois', en: 'asked not to receive outreach' },
  'no-email': { fr: 'aucune adresse courriel', en: 'no e-mail address' },
  'invalid-email': { fr: 'adresse courriel invalide', en: 'invalid e-mail address' },
  deleted: { fr: 'contact dans la corbeille', en: 'contact is in the trash' },
  missing: { fr: 'contact introuvable dans la bibliothèque', en: 'contact not found in the library' },
  duplicate: { fr: 'même adresse qu’un autre contact de la liste', en: 'same address as another contact in the list' },
};

const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]/;

export function displayName(c: Pick<Contact, 'name' | 'firstName' | 'lastName'>): string {
  return c.name.trim() || [c.firstName, c.lastName].map((s) => s.trim()).filter(Boolean).join(' ');
}

/**
 * Who gets a draft, in the sheet's order, and who does not and why. The first valid address of
 * a contact is used; one journalist listed twice (or two contacts sharing a desk address) gets one draft.
 */
export function resolveRecipients(sheet: ContactSheet, contacts: readonly Contact[], uiLang: UiLang): RecipientList {
  const byId = new Map(contacts.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const recipients: Recipient[] = [];
  const skipped: SkippedContact[] = [];
  const skip = (contactId: string, label: string, code: SkipReason, detail = '') =>
    skipped.push({ contact: label || contactId, contactId, code, reason: REASONS[code][uiLang] + detail });

  for (const id of sheet.contactIds) {
    const c = byId.get(id);
    if (!c) {
      skip(id, '', 'missing');
      continue;
    }
    const name = displayName(c);
    const label = name || c.emails[0] || c.id;
    if (c.deletedAt) skip(c.id, label, 'deleted');
    else if (c.optedOut) skip(c.id, label, 'opted-out');
    else if (c.emails.every((e) => !e.trim())) skip(c.id, label, 'no-email');
    else {
      const email = c.emails.map((e) => e.trim()).find(isValidEmail);
      if (!email) skip(c.id, label, 'invalid-email', ` (${c.emails.join(', ')})`);
      else if (seen.has(email.toLowerCase())) skip(c.id, label, 'duplicate', ` (${email})`);
      else {
        seen.add(email.toLowerCase());
        recipients.push({
          contactId: c.id,
          name,
          email,
          // A Japanese name is not cut to its given name in a Western greeting: "Bonjour 渡辺 健二,".
          firstName: CJK.test(name) ? name : c.firstName.trim() || name,
          lastName: c.lastName.trim() || (CJK.test(name) ? name : ''),
          honorific: c.honorific.trim(),
          organization: c.organization.trim(),
        });
      }
    }
  }
  return { recipients, skipped };
}
