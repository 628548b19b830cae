import { z } from 'zod';
import { Id } from '../../model/common.js';
import { COLLECTIONS, ENTITY_KINDS, type CollectionName } from '../../model/constants.js';
import { ENTITY_SCHEMAS, createSchemaOf, type CreateSchema, type EntitySchema } from '../../model/entity-registry.js';
import { patchOf, read, write, type MethodDef } from '../define.js';

export const IdInput = z.object({ id: Id });
export const ListInput = z.object({ includeDeleted: z.boolean().default(false) }).default({ includeDeleted: false });

export const CRUD_VERBS = ['list', 'get', 'create', 'update', 'delete', 'restore'] as const;
export type CrudVerb = (typeof CRUD_VERBS)[number];

type PatchOf<Cr extends z.ZodObject> = Cr extends z.ZodObject<infer S> ? ReturnType<typeof patchOf<S>> : never;

/** The six methods over one entity schema E created from Cr. */
export interface CrudDefs<E extends z.ZodType, Cr extends z.ZodObject> {
  list: MethodDef<typeof ListInput, z.ZodArray<E>>;
  get: MethodDef<typeof IdInput, E>;
  create: MethodDef<z.ZodObject<{ data: Cr }>, E>;
  update: MethodDef<z.ZodObject<{ id: typeof Id; patch: PatchOf<Cr> }>, E>;
  delete: MethodDef<typeof IdInput, E>;
  restore: MethodDef<typeof IdInput, E>;
}

export type EntityMethodName = `${CollectionName}.${CrudVerb}`;
type CollectionOf<N extends EntityMethodName> = N extends `${infer C extends CollectionName}.${string}` ? C : never;
type VerbOf<N extends EntityMethodName> = N extends `${string}.${infer V extends CrudVerb}` ? V : never;
/** The six methods of every collection of the registry, each typed by its own schema. */
export type EntityMethods = { [N in EntityMethodName]: CrudDefs<EntitySchema<CollectionOf<N>>, CreateSchema<CollectionOf<N>>>[VerbOf<N>] };

/** The same six methods for every entity: list, get, create, update, delete (to the trash), restore. */
export function crudMethods<E extends z.ZodType, S extends z.ZodRawShape>(noun: string, entity: E, create: z.ZodObject<S>): CrudDefs<E, z.ZodObject<S>> {
  const patch = patchOf(create) as PatchOf<z.ZodObject<S>>;
  return {
    list: read({ withoutLock: true, summary: `List ${noun}s (not those in the trash, unless includeDeleted).`, input: ListInput, output: z.array(entity) }),
    get: read({ withoutLock: true, summary: `One ${noun} by id.`, input: IdInput, output: entity }),
    create: write({ summary: `Create a ${noun}.`, input: z.object({ data: create }), output: entity }),
    update: write({ summary: `Change some fields of a ${noun}.`, input: z.object({ id: Id, patch }), output: entity }),
    delete: write({ summary: `Move a ${noun} to the trash (restorable).`, input: IdInput, output: entity }),
    restore: write({ summary: `Bring a ${noun} back from the trash.`, input: IdInput, output: entity }),
  };
}

/** Every collection × every verb, named `<collection>.<verb>`. */
export function entityMethodEntries<T>(perCollection: (collection: CollectionName) => Record<CrudVerb, T>): Array<[EntityMethodName, T]> {
  return COLLECTIONS.flatMap((c) => {
    const row = perCollection(c);
    return CRUD_VERBS.map((v): [EntityMethodName, T] => [`${c}.${v}`, row[v]]);
  });
}

// Built from a loop over the registry: TypeScript cannot follow the keys of Object.fromEntries,
// so the result is given the type EntityMethods spells out (each row typed above by crudMethods).
export const entityMethods = Object.fromEntries(
  entityMethodEntries<MethodDef>((c) => crudMethods(ENTITY_KINDS[c].nouns.en, ENTITY_SCHEMAS[c] as z.ZodObject, createSchemaOf(c) as z.ZodObject)),
) as EntityMethods;
