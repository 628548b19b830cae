import type { CollectionName } from './library-document.js';

/** How messages name each collection, in English and French (with the gender « Aucun/Aucune » needs). */
export const COLLECTION_NOUNS: Record<CollectionName, { en: string; fr: string; frMany: string; frNone: string }> = {
  organizations: { en: 'organization', fr: 'organisation', frMany: 'organisations', frNone: 'Aucune organisation' },
  releases: { en: 'release', fr: 'communiqué', frMany: 'communiqués', frNone: 'Aucun communiqué' },
  logos: { en: 'logo', fr: 'logo', frMany: 'logos', frNone: 'Aucun logo' },
  contacts: { en: 'contact', fr: 'contact', frMany: 'contacts', frNone: 'Aucun contact' },
  sheets: { en: 'contact sheet', fr: 'liste de contacts', frMany: 'listes de contacts', frNone: 'Aucune liste de contacts' },
  // The interface's French is Québec's: « trousse média » (electron/locale's fr-CA `pressKit`).
  kits: { en: 'media kit', fr: 'trousse média', frMany: 'trousses médias', frNone: 'Aucune trousse média' },
};
