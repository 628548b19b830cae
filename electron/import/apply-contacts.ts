import { current, isDraft } from 'immer';
import { Contact as ContactSchema, newId, type Contact, type LibraryDocument, type Organization } from '../model/index.js';
import type { ContactDraft } from './contact-draft.js';
import { splitName, isJapaneseName } from './contact-draft.js';
import { orgKey } from './org-match.js';
import { nameKey as fold } from '../model/fold.js';

function union(a: readonly string[], b: readonly string[], key: (s: string) => string): string[] {
  const out = [...a];
  for (const v of b) if (!out.some((x) => key(x) === key(v))) out.push(v);
  return out;
}

const phoneKey = (p: string): string => p.replace(/[^\d+]/g, '');

/**
 * Where each e-mail (and each name at an organization, for contacts without e-mail) first appears
 * in the library: a 10,000-row import then looks each row up in a map instead of scanning every
 * contact, and reads the plain array, not immer's draft, so untouched contacts get no proxies.
 */
export class ContactIndex {
  private readonly byEmail = new Map<string, number>();
  private readonly byNameOrg = new Map<string, number>();
  private orgs: Map<string, Organization> | null = null;

  constructor(private readonly draft: LibraryDocument) {
    // `current` is the draft's state as plain objects (unchanged contacts by reference): no proxies.
    const plain = isDraft(draft.contacts) ? current(draft.contacts) : draft.contacts;
    plain.forEach((x, i) => this.add(x, i));
  }

  add(x: Contact, at: number): void {
    if (x.deletedAt) return;
    for (const e of x.emails) if (!this.byEmail.has(e.toLowerCase())) this.byEmail.set(e.toLowerCase(), at);
    if (!x.emails.length) {
      const key = nameOrgKey(x.name, x.organization);
      if (key && !this.byNameOrg.has(key)) this.byNameOrg.set(key, at);
    }
  }

  find(c: ContactDraft): { contact: Contact; at: number } | undefined {
    let at: number | undefined;
    if (c.emails.length) {
      for (const e of c.emails) {
        const i = this.byEmail.get(e.toLowerCase());
        if (i !== undefined && (at === undefined || i < at)) at = i;
      }
    } else {
      const key = nameOrgKey(c.name, c.organization);
      at = key ? this.byNameOrg.get(key) : undefined;
    }
    return at === undefined ? undefined : { contact: this.draft.contacts[at]!, at };
  }

  /** Organizations do not change while contacts are imported: their keys are computed once. */
  organization(name: string): Organization | undefined {
    if (!this.orgs) {
      this.orgs = new Map();
      for (const o of this.draft.organizations) if (!o.deletedAt && !this.orgs.has(orgKey(o.name))) this.orgs.set(orgKey(o.name), o);
    }
    const key = orgKey(name);
    return key ? this.orgs.get(key) : undefined;
  }
}

function nameOrgKey(name: string, organization: string): string {
  const n = fold(name);
  return n ? `${n}\u0000${fold(organization)}` : '';
}

/** Same e-mail (case-insensitive) merges: empty fields filled, e-mails, phones and tags united. */
/** One index per draft (one mutate): a release import upserts its few contacts without rescanning 100,000. */
const draftIndexes = new WeakMap<object, ContactIndex>();

function indexOf(draft: LibraryDocument): ContactIndex {
  let index = draftIndexes.get(draft);
  if (!index) {
    index = new ContactIndex(draft);
    draftIndexes.set(draft, index);
  }
  return index;
}

export function upsertContact(draft: LibraryDocument, c: ContactDraft, now: string, given?: ContactIndex): { contact: Contact; merged: boolean } {
  const index = given ?? indexOf(draft);
  const found = index.find(c);
  const existing = found?.contact;
  const org = c.organization ? index.organization(c.organization) : undefined;
  if (existing) {
    existing.name ||= c.name;
    existing.firstName ||= c.firstName;
    existing.lastName ||= c.lastName;
    existing.honorific ||= c.honorific;
    existing.title ||= c.title;
    existing.organization ||= c.organization;
    existing.organizationId ??= org?.id ?? null;
    existing.lang ??= c.lang;
    if (c.notes && !existing.notes.includes(c.notes)) existing.notes = existing.notes ? `${existing.notes}\n${c.notes}` : c.notes;
    existing.emails = union(existing.emails, c.emails, (e) => e.toLowerCase());
    existing.phones = union(existing.phones, c.phones, phoneKey);
    existing.tags = union(existing.tags, c.tags, (t) => t.toLowerCase());
    existing.updatedAt = now;
    if (found) index.add(existing, found.at);
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
  index.add(contact, draft.contacts.length - 1);
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
  const seen = new Set<string>();
  const index = new ContactIndex(draft);
  for (const d of drafts) {
    const r = upsertContact(draft, d, now, index);
    if (r.merged) merged++;
    else imported++;
    if (!seen.has(r.contact.id)) {
      seen.add(r.contact.id);
      ids.push(r.contact.id);
    }
  }
  return { imported, merged, ids };
}
