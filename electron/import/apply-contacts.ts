import { Contact as ContactSchema, newId, type Contact, type LibraryDocument } from '../model/index.js';
import type { ContactDraft } from './contact-draft.js';
import { splitName, isJapaneseName } from './contact-draft.js';
import { findOrganization } from './org-match.js';

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

function union(a: readonly string[], b: readonly string[], key: (s: string) => string): string[] {
  const out = [...a];
  for (const v of b) if (!out.some((x) => key(x) === key(v))) out.push(v);
  return out;
}

const phoneKey = (p: string): string => p.replace(/[^\d+]/g, '');

function findContact(draft: LibraryDocument, c: ContactDraft): Contact | undefined {
  const live = draft.contacts.filter((x) => !x.deletedAt);
  if (c.emails.length) {
    const wanted = new Set(c.emails.map((e) => e.toLowerCase()));
    return live.find((x) => x.emails.some((e) => wanted.has(e.toLowerCase())));
  }
  // Without an e-mail, only the same name at the same organization is the same person.
  const name = fold(c.name);
  return name ? live.find((x) => !x.emails.length && fold(x.name) === name && fold(x.organization) === fold(c.organization)) : undefined;
}

/** Same e-mail (case-insensitive) merges: empty fields filled, e-mails, phones and tags united. */
export function upsertContact(draft: LibraryDocument, c: ContactDraft, now: string): { contact: Contact; merged: boolean } {
  const existing = findContact(draft, c);
  const org = c.organization ? findOrganization(draft, c.organization) : undefined;
  if (existing) {
    existing.name ||= c.name;
    existing.firstName ||= c.firstName;
    existing.lastName ||= c.lastName;
    existing.title ||= c.title;
    existing.organization ||= c.organization;
    existing.organizationId ??= org?.id ?? null;
    existing.lang ??= c.lang;
    if (c.notes && !existing.notes.includes(c.notes)) existing.notes = existing.notes ? `${existing.notes}\n${c.notes}` : c.notes;
    existing.emails = union(existing.emails, c.emails, (e) => e.toLowerCase());
    existing.phones = union(existing.phones, c.phones, phoneKey);
    existing.tags = union(existing.tags, c.tags, (t) => t.toLowerCase());
    existing.updatedAt = now;
    return { contact: existing, merged: true };
  }
  const names = c.firstName || c.lastName ? { firstName: c.firstName, lastName: c.lastName } : splitName(c.name, isJapaneseName(c.name));
  const name = c.name || [names.firstName, names.lastName].filter(Boolean).join(' ');
  const contact = ContactSchema.parse({
    id: newId('contact'),
    createdAt: now,
    updatedAt: now,
    ...c,
    ...names,
    name,
    organizationId: org?.id ?? null,
  });
  draft.contacts.push(contact);
  return { contact, merged: false };
}

export interface ContactsImportResult {
  imported: number;
  merged: number;
  ids: string[];
}

export function applyContactsImport(draft: LibraryDocument, drafts: readonly ContactDraft[], now: string): ContactsImportResult {
  let imported = 0;
  let merged = 0;
  const ids: string[] = [];
  for (const d of drafts) {
    const r = upsertContact(draft, d, now);
    if (r.merged) merged++;
    else imported++;
    if (!ids.includes(r.contact.id)) ids.push(r.contact.id);
  }
  return { imported, merged, ids };
}
