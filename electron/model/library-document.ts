import { z } from 'zod';
import { Contact, ContactSheet, Kit, Logo, Organization, Release, Settings } from './entities.js';

export const SCHEMA_VERSION = 3;

export const LibraryDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  organizations: z.array(Organization).default([]),
  releases: z.array(Release).default([]),
  logos: z.array(Logo).default([]),
  contacts: z.array(Contact).default([]),
  sheets: z.array(ContactSheet).default([]),
  kits: z.array(Kit).default([]),
  settings: Settings.default({
    uiLang: null,
    displayName: '',
    sender: { name: '', email: '', signature: '' },
    signatures: {},
    defaults: { pageSize: null, lang: null },
  }),
});
export type LibraryDocument = z.infer<typeof LibraryDocument>;

/** The collections that hold entities, by the name the API and the CLI use. */
export const COLLECTIONS = ['organizations', 'releases', 'logos', 'contacts', 'sheets', 'kits'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
export type EntityOf<C extends CollectionName> = LibraryDocument[C][number];

export const ENTITY_SCHEMAS = {
  organizations: Organization,
  releases: Release,
  logos: Logo,
  contacts: Contact,
  sheets: ContactSheet,
  kits: Kit,
} as const satisfies Record<CollectionName, z.ZodType>;

export function emptyLibrary(): LibraryDocument {
  return LibraryDocument.parse({ schemaVersion: SCHEMA_VERSION });
}
