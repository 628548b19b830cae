/**
 * The languages the exports are written in. Declared here rather than imported from the model so
 * that the locale layer stays a leaf (see ARCHITECTURE.md): the model's `Lang` is the same union.
 */
export const LOCALE_LANGS = ['fr-CA', 'fr-FR', 'en-US', 'en-GB', 'ja'] as const;
export type LocaleLang = (typeof LOCALE_LANGS)[number];

export function isFrench(lang: LocaleLang): boolean {
  return lang === 'fr-CA' || lang === 'fr-FR';
}

export function isEnglish(lang: LocaleLang): boolean {
  return lang === 'en-US' || lang === 'en-GB';
}

/** The tag Word and PDF readers expect: Japanese is written `ja-JP` in `w:lang`. */
export function officeLangTag(lang: LocaleLang): string {
  return lang === 'ja' ? 'ja-JP' : lang;
}
