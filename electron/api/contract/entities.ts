import { z } from 'zod';
import { Id } from '../../model/common.js';
import { Contact, ContactSheet, Kit, Logo, Organization, Release } from '../../model/entities.js';
import { method, patchOf, type MethodDef } from '../define.js';

const META = { id: true, createdAt: true, updatedAt: true, deletedAt: true } as const;

export const IdInput = z.object({ id: Id });
export const ListInput = z.object({ includeDeleted: z.boolean().default(false) }).default({ includeDeleted: false });

type CrudMethods<C extends string, E extends z.ZodType, Cr extends z.ZodType, P extends z.ZodType> = {
  [K in `${C}.list`]: MethodDef<typeof ListInput, z.ZodArray<E>>;
} & { [K in `${C}.get` | `${C}.delete` | `${C}.restore`]: MethodDef<typeof IdInput, E> } & {
  [K in `${C}.create`]: MethodDef<z.ZodObject<{ data: Cr }>, E>;
} & { [K in `${C}.update`]: MethodDef<z.ZodObject<{ id: typeof Id; patch: P }>, E> };

/** The same six methods for every entity: list, get, create, update, delete (to the trash), restore. */
function crud<C extends string, E extends z.ZodType, Cr extends z.ZodRawShape>(
  collection: C,
  noun: string,
  entity: E,
  create: z.ZodObject<Cr>,
): CrudMethods<C, E, z.ZodObject<Cr>, ReturnType<typeof patchOf<Cr>>> {
  const patch = patchOf(create);
  return {
    [`${collection}.list`]: method({ summary: `List ${noun}s (not those in the trash, unless includeDeleted).`, input: ListInput, output: z.array(entity) }),
    [`${collection}.get`]: method({ summary: `One ${noun} by id.`, input: IdInput, output: entity }),
    [`${collection}.create`]: method({ summary: `Create a ${noun}.`, input: z.object({ data: create }), output: entity }),
    [`${collection}.update`]: method({ summary: `Change some fields of a ${noun}.`, input: z.object({ id: Id, patch }), output: entity }),
    [`${collection}.delete`]: method({ summary: `Move a ${noun} to the trash (restorable).`, input: IdInput, output: entity }),
    [`${collection}.restore`]: method({ summary: `Bring a ${noun} back from the trash.`, input: IdInput, output: entity }),
  } as CrudMethods<C, E, z.ZodObject<Cr>, ReturnType<typeof patchOf<Cr>>>;
}

export const CREATE_SCHEMAS = {
  organizations: Organization.omit(META),
  releases: Release.omit(META),
  logos: Logo.omit(META),
  contacts: Contact.omit(META),
  sheets: ContactSheet.omit(META),
  kits: Kit.omit(META),
} as const;

export const entityMethods = {
  ...crud('organizations', 'organization', Organization, CREATE_SCHEMAS.organizations),
  ...crud('releases', 'release', Release, CREATE_SCHEMAS.releases),
  ...crud('logos', 'logo', Logo, CREATE_SCHEMAS.logos),
  ...crud('contacts', 'contact', Contact, CREATE_SCHEMAS.contacts),
  ...crud('sheets', 'contact sheet', ContactSheet, CREATE_SCHEMAS.sheets),
  ...crud('kits', 'media kit', Kit, CREATE_SCHEMAS.kits),
};
