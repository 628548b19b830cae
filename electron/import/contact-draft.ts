import { z } from 'zod';
import type { Localized } from '../model/errors.js';
import { Email, Lang } from '../model/index.js';

/** A contact as read from a file, before it is matched against the library. */
export const ContactDraft = z.object({
  name: z.string().default(''),
  firstName: z.string().default(''),
  lastName: z.string().default(''),
  honorific: z.string().default(''),
  title: z.string().default(''),
  organization: z.string().default(''),
  emails: z.array(Email).default([]),
  phones: z.array(z.string()).default([]),
  lang: Lang.nullable().default(null),
  notes: z.string().default(''),
  tags: z.array(z.string()).default([]),
});
export type ContactDraft = z.infer<typeof ContactDraft>;

export interface SkippedRow {
  row: number;
  /** Why the row was skipped, in both interface languages. */
  reason: Localized;
}

export interface ContactsRead {
  contacts: ContactDraft[];
  skipped: SkippedRow[];
}

/** One rule for splitting a full name, shared with the migration that split the names stored before. */
export { isJapaneseName, splitFullName as splitName } from '../model/person-name.js';

/** Lang values as address books write them ("fr", "fr_CA", "en-gb", "ja-JP"). */
export function langFrom(raw: string): Lang | null {
  const s = raw.trim().replace('_', '-').toLowerCase();
  if (!s) return null;
  if (s === 'fr-fr' || s === 'fr-be' || s === 'fr-ch') return 'fr-FR';
  if (s.startsWith('fr')) return 'fr-CA';
  if (s === 'en-gb' || s === 'en-uk' || s === 'en-ie') return 'en-GB';
  if (s.startsWith('en')) return 'en-US';
  if (s.startsWith('ja') || s === 'jp') return 'ja';
  return null;
}
