import { z } from 'zod';
import { customAlphabet } from 'nanoid';

/** URL-safe, case-sensitive ids: short enough to type in the CLI, long enough never to collide in one library. */
const ID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const nano = customAlphabet(ID_ALPHABET, 14);

export const ID_PREFIXES = {
  organization: 'org',
  release: 'rel',
  logo: 'logo',
  contact: 'ctc',
  sheet: 'sht',
  kit: 'kit',
  section: 'sec',
} as const;
export type IdKind = keyof typeof ID_PREFIXES;

export function newId(kind: IdKind): string {
  return `${ID_PREFIXES[kind]}_${nano()}`;
}

export const Id = z.string().regex(/^[a-z]{2,5}_[0-9A-Za-z]{6,32}$/, 'not a valid id');

export const LANGS = ['fr-CA', 'fr-FR', 'en-US', 'en-GB', 'ja'] as const;
export const Lang = z.enum(LANGS);
export type Lang = z.infer<typeof Lang>;

/** Boilerplates are written once per language family: a fr-CA and a fr-FR release share the French one. */
export const BASE_LANGS = ['fr', 'en', 'ja'] as const;
export const BaseLang = z.enum(BASE_LANGS);
export type BaseLang = z.infer<typeof BaseLang>;
export function baseLang(lang: Lang): BaseLang {
  return lang.slice(0, 2) as BaseLang;
}

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
