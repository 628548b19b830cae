import { ENTITY_KINDS, type CollectionName, type UiLang } from './constants.js';
import { formatSize } from './sizes.js';

/**
 * Warnings, like errors, carry a stable code: programs match the code (never the wording), and a
 * warning is kept as its code and parameters, so the interface writes it in whatever language it
 * shows now, even one that was on screen before the language was switched (#22). This catalogue is
 * the one place a warning's wording lives, in English and French; it has no zod, so the renderer
 * renders with it too. Renaming a code is a compile error everywhere it is raised or matched.
 */

type Heaviest = ReadonlyArray<{ name: string; bytes: number }>;

function heaviest(list: Heaviest, lang: UiLang): string {
  return list.map((h) => `${h.name} (${formatSize(h.bytes, lang)})`).join(', ');
}

const LANG_NAME = { en: { fr: 'French', en: 'English', ja: 'Japanese' }, fr: { fr: 'français', en: 'anglais', ja: 'japonais' } } as const;

/** « le communiqué rel_… »: the noun of the collection an id belongs to. */
function what(p: { collection: CollectionName; id: string }, lang: UiLang): string {
  return `${ENTITY_KINDS[p.collection].nouns[lang]} ${p.id}`;
}

/** To whom a draft goes: one person, or a list sent in Bcc. */
type DraftTo = { to: string; bcc: number };
function draftTo(p: DraftTo, lang: UiLang): string {
  if (p.bcc) return lang === 'fr' ? `la liste (${p.bcc} destinataires en copie cachée)` : `the list (${p.bcc} Bcc recipients)`;
  return p.to;
}

const CATALOGUE = {
  /** A kit names an entity that is not in the library (deleted for good, or from another library). */
  ENTITY_MISSING: {
    en: (p: { collection: CollectionName; id: string }) => `The ${what(p, 'en')} is missing from the library: skipped.`,
    fr: (p: { collection: CollectionName; id: string }) => `Élément absent de la bibliothèque (${what(p, 'fr')})\u00a0: laissé de côté.`,
  },
  /** A kit names an entity that is in the trash. */
  ENTITY_IN_TRASH: {
    en: (p: { collection: CollectionName; id: string }) => `The ${what(p, 'en')} is in the trash: skipped.`,
    fr: (p: { collection: CollectionName; id: string }) => `Élément dans la corbeille (${what(p, 'fr')})\u00a0: laissé de côté.`,
  },
  /** An organization has no boilerplate in the document's language family. */
  BOILERPLATE_MISSING: {
    en: (p: { organization: string; lang: 'fr' | 'en' | 'ja' }) => `${p.organization} has no boilerplate in ${LANG_NAME.en[p.lang]}: its "About" section is left out.`,
    fr: (p: { organization: string; lang: 'fr' | 'en' | 'ja' }) =>
      `${p.organization} n’a pas de texte «\u00a0À propos\u00a0» en ${LANG_NAME.fr[p.lang]}\u00a0: cette section est omise.`,
  },
  /** Exported files that would not travel in one e-mail (the rule: outreach/mail-size.ts). */
  ATTACHMENTS_OVER_MAIL_SIZE: {
    en: (p: { bytes: number; limit: number; heaviest: Heaviest }) =>
      `Attached to an e-mail, these files would weigh ${formatSize(p.bytes, 'en')} once encoded, more than the ${formatSize(p.limit, 'en')} many mail servers accept. Heaviest: ${heaviest(p.heaviest, 'en')}.`,
    fr: (p: { bytes: number; limit: number; heaviest: Heaviest }) =>
      `Joints à un courriel, ces fichiers pèseraient ${formatSize(p.bytes, 'fr')} une fois encodés, plus que les ${formatSize(p.limit, 'fr')} que beaucoup de serveurs de courriel acceptent. Les plus lourds\u00a0: ${heaviest(p.heaviest, 'fr')}.`,
  },
  /** A draft e-mail over the size many servers accept (still written). */
  DRAFT_OVER_MAIL_SIZE: {
    en: (p: DraftTo & { bytes: number; limit: number; heaviest: Heaviest }) =>
      `The draft to ${draftTo(p, 'en')} weighs ${formatSize(p.bytes, 'en')} once encoded, more than the ${formatSize(p.limit, 'en')} many mail servers accept. Heaviest: ${heaviest(p.heaviest, 'en')}.`,
    fr: (p: DraftTo & { bytes: number; limit: number; heaviest: Heaviest }) =>
      `Le brouillon pour ${draftTo(p, 'fr')} pèse ${formatSize(p.bytes, 'fr')} une fois encodé, plus que les ${formatSize(p.limit, 'fr')} que beaucoup de serveurs de courriel acceptent. Le plus lourd\u00a0: ${heaviest(p.heaviest, 'fr')}.`,
  },
  /** The PDF's contents could not be numbered (the printed PDF could not be read back): printed without. */
  CONTENTS_UNNUMBERED: {
    en: (p: { sections: string[] }) => `The PDF's contents give no page number for: ${p.sections.join(', ')}. The PDF is complete otherwise.`,
    fr: (p: { sections: string[] }) => `La table des matières du PDF ne donne pas de numéro de page pour\u00a0: ${p.sections.join(', ')}. Le reste du PDF est complet.`,
  },
  /** Drafts without a sender: the mail app will choose its default account. */
  NO_SENDER: {
    en: () => 'No sender in Settings: your mail app will use its default account.',
    fr: () => 'Aucun expéditeur dans les Réglages\u00a0: votre logiciel de courriel utilisera son compte par défaut.',
  },
  /** The media list has nobody to write to. */
  NO_RECIPIENTS: {
    en: (p: { sheet: string; skipped: number }) => `No one to write to in the list "${p.sheet}": ${p.skipped} contact(s) skipped.`,
    fr: (p: { sheet: string; skipped: number }) => `Personne à qui écrire dans la liste «\u00a0${p.sheet}\u00a0»\u00a0: ${p.skipped} contact(s) écarté(s).`,
  },
  /** What the release reader was unsure of, in both languages as the reader wrote it. */
  IMPORT_NOTE: {
    en: (p: { en: string; fr: string }) => p.en,
    fr: (p: { en: string; fr: string }) => p.fr,
  },
} satisfies Record<string, { en: (p: never) => string; fr: (p: never) => string }>;

type Catalogue = typeof CATALOGUE;
export type WarningCode = keyof Catalogue;
export type WarningParams<C extends WarningCode> = Parameters<Catalogue[C]['en']>[0] extends undefined ? Record<string, never> : Parameters<Catalogue[C]['en']>[0];
export type Warning = { [C in WarningCode]: { code: C; params: WarningParams<C> } }[WarningCode];
/** A warning as the API returns it: its code and parameters, and its text in the caller's language. */
export type ShownWarning = Warning & { message: string };

export const WARNING_CODES = Object.keys(CATALOGUE) as [WarningCode, ...WarningCode[]];

export function warning<C extends WarningCode>(code: C, ...params: WarningParams<C> extends Record<string, never> ? [] : [WarningParams<C>]): Warning {
  return { code, params: params[0] ?? {} } as Warning;
}

/** The warning's text in one interface language. */
export function warningText(w: Pick<Warning, 'code' | 'params'>, lang: UiLang): string {
  const entry = CATALOGUE[w.code] as { en: (p: unknown) => string; fr: (p: unknown) => string } | undefined;
  // A code this build does not know (a newer backend): say so rather than show nothing.
  if (!entry) return w.code;
  return entry[lang](w.params);
}

/** The warnings as an API result carries them: code, parameters and the text in the caller's language. */
export function shown(warnings: readonly Warning[], lang: UiLang): ShownWarning[] {
  return warnings.map((w) => ({ ...w, message: warningText(w, lang) }));
}

/** A release reader's note (already in both languages) as a warning. */
export function importNote(note: string | { en: string; fr: string }): Warning {
  return warning('IMPORT_NOTE', typeof note === 'string' ? { en: note, fr: note } : note);
}
