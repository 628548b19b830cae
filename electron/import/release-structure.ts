import type { Localized } from '../model/errors.js';
import type { Block, Lang, Timing } from '../model/index.js';
import type { ParsedContact } from './contact-lines.js';
import { detectLang } from './detect-lang.js';
import { readContacts } from './release-structure-contacts.js';
import { readHeader, takeDateline, withoutEmptyLines } from './release-structure-header.js';
import { settleOrganizations } from './release-structure-organizations.js';
import { classifyTail } from './release-structure-tail.js';
import { settleTiming } from './release-structure-timing.js';
import type { ReadRelease } from './source-blocks.js';

export interface ImportedRelease {
  release: {
    lang: Lang;
    label: string;
    timing: Timing;
    headline: string;
    subheadline: string;
    dateline: { city: string; date: string | null };
    body: Block[];
    endMark: string;
  };
  organizations: { name: string; boilerplate: string }[];
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
  return {
    release: {
      lang,
      label: header.label,
      timing: timing.timing,
      headline: header.headline,
      subheadline: header.subheadline,
      dateline: dated.dateline,
      body: [...tail.body, ...orgs.stray],
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
      ...header.salutations.map((line) => salutationWarning(line, lang)),
    ],
  };
}

/**
 * The model has no place for an addressee line: it is left out of the body, and said so. Japanese
 * exports print the usual one (報道関係者各位) on their own; French and English exports print none.
 */
function salutationWarning(line: string, lang: Lang): Localized {
  if (lang === 'ja' && line === '報道関係者各位') {
    return {
      en: 'The addressee line "報道関係者各位" is not kept in the text: Japanese exports print it themselves.',
      fr: 'La ligne d’adresse «\u00a0報道関係者各位\u00a0» n’est pas gardée dans le texte\u00a0: les exportations en japonais l’impriment d’elles-mêmes.',
    };
  }
  if (lang === 'ja') {
    return {
      en: `The addressee line "${line}" was not kept in the text: Japanese exports print their own, "報道関係者各位".`,
      fr: `La ligne d’adresse «\u00a0${line}\u00a0» n’a pas été gardée dans le texte\u00a0: les exportations en japonais impriment la leur, «\u00a0報道関係者各位\u00a0».`,
    };
  }
  return {
    en: `The addressee line "${line}" was not kept: it is not part of the release, and exports do not print one. Add it to the body if journalists should see it.`,
    fr: `La ligne d’adresse «\u00a0${line}\u00a0» n’a pas été gardée\u00a0: elle ne fait pas partie du communiqué, et les exportations n’en impriment pas. Ajoutez-la au texte si les journalistes doivent la voir.`,
  };
}
