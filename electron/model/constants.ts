import { customAlphabet } from 'nanoid';

/**
 * The model's plain facts, with no zod: the languages, the kinds of entity the library keeps and
 * their ids, the fixed lists of values. The renderer imports values from this module only (and
 * types from anywhere), so the interface's bundle carries no schema library; the schemas in
 * `common.ts`, `entities.ts` and `entity-registry.ts` are built from these lists.
 */

export const LANGS = ['fr-CA', 'fr-FR', 'en-US', 'en-GB', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/** Boilerplates are written once per language family: a fr-CA and a fr-FR release share the French one. */
export const BASE_LANGS = ['fr', 'en', 'ja'] as const;
export type BaseLang = (typeof BASE_LANGS)[number];
export function baseLang(lang: Lang): BaseLang {
  return lang.slice(0, 2) as BaseLang;
}

/** The languages messages are written in. */
export type UiLang = 'fr' | 'en';

export interface EntityNouns {
  en: string;
  enMany: string;
  fr: string;
  frMany: string;
  /** « Aucun/Aucune … »: French needs the noun's gender. */
  frNone: string;
}

/**
 * Every kind of entity the library keeps, once: its collection (the name the API, the CLI and
 * library.json use), its kind (what `newId` takes), its id prefix and how messages name it.
 * `entity-registry.ts` adds each one's schema; the id prefixes, the CRUD methods and the nouns of
 * every message are read from here.
 */
export const ENTITY_KINDS = {
  organizations: {
    kind: 'organization',
    prefix: 'org',
    nouns: { en: 'organization', enMany: 'organizations', fr: 'organisation', frMany: 'organisations', frNone: 'Aucune organisation' },
  },
  releases: {
    kind: 'release',
    prefix: 'rel',
    nouns: { en: 'release', enMany: 'releases', fr: 'communiqué', frMany: 'communiqués', frNone: 'Aucun communiqué' },
  },
  logos: { kind: 'logo', prefix: 'logo', nouns: { en: 'logo', enMany: 'logos', fr: 'logo', frMany: 'logos', frNone: 'Aucun logo' } },
  contacts: {
    kind: 'contact',
    prefix: 'ctc',
    nouns: { en: 'contact', enMany: 'contacts', fr: 'contact', frMany: 'contacts', frNone: 'Aucun contact' },
  },
  sheets: {
    kind: 'sheet',
    prefix: 'sht',
    nouns: { en: 'contact sheet', enMany: 'contact sheets', fr: 'liste de contacts', frMany: 'listes de contacts', frNone: 'Aucune liste de contacts' },
  },
  // The interface's French is Québec's: « trousse média » (electron/locale's fr-CA `pressKit`).
  kits: {
    kind: 'kit',
    prefix: 'kit',
    nouns: { en: 'media kit', enMany: 'media kits', fr: 'trousse média', frMany: 'trousses médias', frNone: 'Aucune trousse média' },
  },
} as const satisfies Record<string, { kind: string; prefix: string; nouns: EntityNouns }>;

export type CollectionName = keyof typeof ENTITY_KINDS;
export type EntityKind = (typeof ENTITY_KINDS)[CollectionName]['kind'];
/** The collections in the order library.json keeps them. */
export const COLLECTIONS = Object.keys(ENTITY_KINDS) as [CollectionName, ...CollectionName[]];

/** Id prefixes: one per entity kind, plus a kit's sections (ids inside a kit, not a collection). */
export const ID_PREFIXES = {
  ...(Object.fromEntries(COLLECTIONS.map((c) => [ENTITY_KINDS[c].kind, ENTITY_KINDS[c].prefix])) as { [C in CollectionName as (typeof ENTITY_KINDS)[C]['kind']]: (typeof ENTITY_KINDS)[C]['prefix'] }),
  section: 'sec',
} as const;
export type IdKind = keyof typeof ID_PREFIXES;

/** URL-safe, case-sensitive ids: short enough to type in the CLI, long enough never to collide in one library. */
const ID_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const nano = customAlphabet(ID_ALPHABET, 14);

export function newId(kind: IdKind): string {
  return `${ID_PREFIXES[kind]}_${nano()}`;
}

export const ID_PATTERN = /^[a-z]{2,5}_[0-9A-Za-z]{6,32}$/;

const COLLECTION_OF_PREFIX = new Map<string, CollectionName>(COLLECTIONS.map((c) => [ENTITY_KINDS[c].prefix, c]));

/** The collection an entity's id belongs to, by its prefix; null for any other id. */
export function collectionOfId(id: string): CollectionName | null {
  if (!ID_PATTERN.test(id)) return null;
  return COLLECTION_OF_PREFIX.get(id.slice(0, id.indexOf('_'))) ?? null;
}

/** The noun for one entity of a collection, in a message language. */
export function entityNoun(collection: CollectionName, lang: UiLang): string {
  return ENTITY_KINDS[collection].nouns[lang];
}

export const RELEASE_STATUSES = ['draft', 'in-review', 'approved', 'published', 'archived'] as const;
export type ReleaseStatus = (typeof RELEASE_STATUSES)[number];
export const LOGO_VARIANTS = ['primary', 'horizontal', 'monochrome', 'reversed', 'icon'] as const;
export type LogoVariant = (typeof LOGO_VARIANTS)[number];
