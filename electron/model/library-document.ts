import { z } from 'zod';
import { Settings } from './entities.js';
import { COLLECTIONS, type CollectionName } from './constants.js';
import { ENTITY_SCHEMAS, type EntitySchema } from './entity-registry.js';

export { COLLECTIONS, type CollectionName } from './constants.js';
export { ENTITY_SCHEMAS, type EntityOf } from './entity-registry.js';

export const SCHEMA_VERSION = 3;

/** One array per collection of the entity registry, empty by default. */
function collectionsShape(): { [C in CollectionName]: z.ZodDefault<z.ZodArray<EntitySchema<C>>> } {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, z.array(ENTITY_SCHEMAS[c]).default([])])) as { [C in CollectionName]: z.ZodDefault<z.ZodArray<EntitySchema<C>>> };
}

export const LibraryDocument = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  ...collectionsShape(),
  settings: Settings.default({
    uiLang: null,
    displayName: '',
    sender: { name: '', email: '', signature: '' },
    signatures: {},
    defaults: { pageSize: null, lang: null },
  }),
});
export type LibraryDocument = z.infer<typeof LibraryDocument>;

export function emptyLibrary(): LibraryDocument {
  return LibraryDocument.parse({ schemaVersion: SCHEMA_VERSION });
}
