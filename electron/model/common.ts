import { z } from 'zod';
import { BASE_LANGS, ID_PATTERN, LANGS } from './constants.js';

// The plain facts (languages, ids, entity kinds) live in constants.ts, which has no zod; the
// schemas here are built from them.
export { LANGS, BASE_LANGS, baseLang, ID_PREFIXES, newId, type IdKind } from './constants.js';

export const Id = z.string().regex(ID_PATTERN, 'not a valid id');

export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

export const BaseLang = z.enum(BASE_LANGS);
export type BaseLang = z.infer<typeof BaseLang>;

export const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
export const IsoDateTime = z.string().datetime({ offset: true });

export const Sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hex digest');

/** Fields every stored entity carries; `deletedAt` set means "in the trash", restorable. */
export const EntityMeta = z.object({
  id: Id,
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  deletedAt: IsoDateTime.nullable().default(null),
});
export type EntityMeta = z.infer<typeof EntityMeta>;

export const Email = z.string().email();
