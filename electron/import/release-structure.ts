import type { Localized } from '../model/errors.js';
import type { Block, Lang, Timing } from '../model/index.js';
import type { ParsedContact } from './contact-lines.js';
import { detectLang } from './detect-lang.js';
import { isJapaneseLabel } from './header-lines.js';
import { readContacts } from './release-structure-contacts.js';
import { readHeader, takeDateline, withoutEmptyLines } from './release-structure-header.js';
import { settleOrganizations } from './release-structure-organizations.js';
import { classifyTail } from './release-structure-tail.js';
import { settleTiming } from './release-structure-timing.js';
import type { ReadRelease } from './source-blocks.js';

export interface ImportedRelease {
  release: {
    lang: Lang;
    /** The line addressed to the newsroom ("報道関係者各位", "Aux médias", "Attention: News Editors"). */
    addressee: string;
    label: string;
    timing: Timing;
    headline: string;
    subheadline: string;
    dateline: { city: string; date: string | null };
    body: Block[];
    /** "Notes to editors" with the notes that are not About sections; null when the release has none. */
    notes: { heading: string; body: Block[] } | null;
    endMark: string;
  };
  /** `heading`: the About line as written ("À propos du Réseau…"), so that exports can say it the same way. */
  organizations: { name: string; heading: string; boilerplate: string }[];
  contacts: ParsedContact[];
  /** What the officer should know about the reading, in both interface languages. */
  warnings: Localized[];
}

export interface StructureOptions {
  lang?: Lang | undefined;
}

/**
 * The one shared step after every reader: finds what a press release is made of (label, timing, headline,
 * dateline, body, "About" sections, contacts, end mark) in French, English and Japanese. Anything it cannot
 * place stays in the body, so nothing the author wrote disappears. Each phase is a pure function of
 * its own module; this one only runs them in order and gathers their warnings.
 */
export function structureRelease(read: ReadRelease, options: StructureOptions = {}): ImportedRelease {
  const header = readHeader(withoutEmptyLines(read.blocks));
  const dated = takeDateline(header.rest, header.dateline);
  const tail = classifyTail(dated.rest);
  const orgs = settleOrganizations(tail.organizations);
  const people = readContacts(tail.contactGroups, orgs.organizations);
  const lang = options.lang ?? detectLang(read.rawLines.join('\n'), dated.dateline.city);
  const timing = settleTiming(header.embargo, header.immediate, lang);
  const [addressee = '', ...moreAddressees] = header.salutations;
  return {
    release: {
      lang,
      addressee,
      label: labelFor(header.labels, lang) || header.label,
      timing: timing.timing,
      headline: header.headline,
      subheadline: header.subheadline,
      dateline: dated.dateline,
      body: [...tail.body, ...orgs.stray],
      notes: tail.notes,
      endMark: tail.endMark,
    },
    organizations: orgs.organizations,
    contacts: people.contacts,
    warnings: [
      ...header.warnings,
      ...dated.warnings,
      ...tail.warnings,
      ...orgs.warnings,
      ...people.warnings,
      ...timing.warnings,
      ...(header.issuer ? [issuerNote(header.issuer, orgs.organizations)] : []).filter((w): w is Localized => w !== null),
      ...moreAddressees.map(addresseeWarning),
    ],
  };
}

/** A bilingual label line gives one label per language: a Japanese release takes the Japanese one. */
function labelFor(labels: readonly string[], lang: Lang): string {
  return labels.find((l) => isJapaneseLabel(l) === (lang === 'ja')) ?? labels[0] ?? '';
}

/** The issuer line is not part of the text: said when the release does not name the issuer elsewhere. */
function issuerNote(issuer: string, organizations: readonly { name: string }[]): Localized | null {
  if (organizations.some((o) => o.name === issuer)) return null;
  return {
    en: `The issuer line "${issuer}" under the date was not kept in the text; add the organization to the release if it should print.`,
    fr: `La ligne de l’émetteur « ${issuer} » sous la date n’a pas été gardée dans le texte ; ajoutez l’organisation au communiqué si elle doit être imprimée.`,
  };
}

/** A release has one addressee line; a second one is left out, and said so. */
function addresseeWarning(line: string): Localized {
  return {
    en: `A second addressee line, "${line}", was left out: the release keeps the first one.`,
    fr: `Une deuxième ligne d’adresse, « ${line} », a été laissée de côté : le communiqué garde la première.`,
  };
}
