import type { z } from 'zod';
import { COLLECTIONS, ENTITY_KINDS, type CollectionName } from './constants.js';
import { Contact, ContactSheet, Kit, Logo, Organization, Release } from './entities.js';

/**
 * The entity registry: each collection's facts (`ENTITY_KINDS` in constants.ts: kind, id prefix,
 * nouns) joined with its schema. The library document, the partial reader, the CRUD methods of the
 * API and their handlers, the team library's documents and every message naming an entity read
 * this table; adding an entity kind is a row in ENTITY_KINDS and one here.
 */
export const ENTITY_SCHEMAS = {
  organizations: Organization,
  releases: Release,
  logos: Logo,
  contacts: Contact,
  sheets: ContactSheet,
  kits: Kit,
} as const satisfies Record<CollectionName, z.ZodObject>;

export type EntitySchema<C extends CollectionName> = (typeof ENTITY_SCHEMAS)[C];
export type EntityOf<C extends CollectionName> = z.output<EntitySchema<C>>;

const META = { id: true, createdAt: true, updatedAt: true, deletedAt: true } as const;
/** What a client sends to create an entity: everything but the fields the library sets. */
export type CreateSchema<C extends CollectionName> = EntitySchema<C> extends z.ZodObject<infer S> ? z.ZodObject<Omit<S, keyof typeof META>> : never;

export function createSchemaOf<C extends CollectionName>(collection: C): CreateSchema<C> {
  // zod's omit() is typed on one schema; over the union of six its result is widened, hence the cast.
  return (ENTITY_SCHEMAS[collection] as z.ZodObject).omit(META) as CreateSchema<C>;
}

export const ENTITY_REGISTRY = Object.fromEntries(COLLECTIONS.map((c) => [c, { ...ENTITY_KINDS[c], collection: c, schema: ENTITY_SCHEMAS[c] }])) as {
  [C in CollectionName]: (typeof ENTITY_KINDS)[C] & { collection: C; schema: EntitySchema<C> };
};
