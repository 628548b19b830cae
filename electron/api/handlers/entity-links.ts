import { isDraft, original, type Draft } from 'immer';
import { spokespeopleSheetName } from '../../locale/labels.js';
import { splitFullName, type Contact, type ContactSheet, type LibraryDocument, type Release } from '../../model/index.js';

/**
 * Rules that tie one entity to another when it is edited, applied in the same write as the edit.
 * A spokespeople sheet is named after its release and follows its headline until the officer
 * renames it; a rename by hand is the officer's choice and is kept.
 */
export function beforeCreate(collection: string, entity: object): void {
  if (collection !== 'contacts') return;
  // A contact typed in as one full name is split once into given and family names; the officer corrects them by hand.
  const c = entity as Contact;
  if (c.name.trim() && !c.firstName.trim() && !c.lastName.trim()) Object.assign(c, splitFullName(c.name));
}

export function beforeUpdate(collection: string, current: object, next: object, patch: Record<string, unknown>): void {
  if (collection === 'contacts') {
    const before = current as Contact;
    const contact = next as Contact;
    // A new full name is split again only while the given and family names are still the automatic split of the old one.
    const automatic = (c: Contact) => {
      const split = splitFullName(c.name);
      return (!c.firstName && !c.lastName) || (split.firstName === c.firstName && split.lastName === c.lastName);
    };
    if ('name' in patch && !('firstName' in patch) && !('lastName' in patch) && automatic(before)) Object.assign(contact, splitFullName(contact.name));
    return;
  }
  if (collection !== 'sheets') return;
  const before = current as ContactSheet;
  const sheet = next as ContactSheet;
  if ('name' in patch && patch.name !== before.name && !('nameFollowsRelease' in patch)) sheet.nameFollowsRelease = false;
}

export function afterUpdate(collection: string, current: object, next: object, draft: Draft<LibraryDocument>, at: string): void {
  if (collection !== 'releases') return;
  const before = current as Release;
  const release = next as Release;
  if (before.headline === release.headline && before.lang === release.lang) return;
  // Searched in the plain array: walking immer's draft would make a proxy of every sheet.
  const plain = isDraft(draft.sheets) ? (original(draft.sheets) ?? draft.sheets) : draft.sheets;
  plain.forEach((s, i) => {
    if (s.deletedAt || s.releaseId !== release.id || !s.nameFollowsRelease) return;
    const sheet = draft.sheets[i]!;
    const name = spokespeopleSheetName(release.lang, release.headline, sheet.name);
    if (name !== sheet.name) {
      sheet.name = name;
      sheet.updatedAt = at;
    }
  });
}
