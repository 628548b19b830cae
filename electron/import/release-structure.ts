import type { Localized } from '../model/errors.js';
import type { Block, Inline, Lang, Timing } from '../model/index.js';
import { inlineText } from '../model/index.js';
import { matchAbout, isNotesHeader, matchContactsHeader } from './about-sections.js';
import { parseContactLines, type ParsedContact } from './contact-lines.js';
import { detectLang } from './detect-lang.js';
import { isEndMark, isSeparator } from './end-mark.js';
import { dateOnly, isSalutation, matchDateline, matchLabel } from './header-lines.js';
import { matchJaDateline } from './ja-dateline.js';
import { dropChars, joinLines, lineText, sourceText, toBlock, type ReadRelease, type SourceBlock } from './source-blocks.js';
import { embargoRest, isImmediate, parseEmbargo } from './timing.js';

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

type Lines = Inline[][];

function linesOf(b: SourceBlock): Lines {
  return b.kind === 'list' ? b.items : b.kind === 'rule' ? [] : b.lines;
}

function withLines(b: SourceBlock, lines: Lines): SourceBlock {
  if (b.kind === 'list') return { ...b, items: lines };
  if (b.kind === 'rule') return b;
  return { ...b, lines };
}

function isItalicLine(line: Inline[]): boolean {
  return line.length > 0 && line.every((r) => r.italic || !r.text.trim());
}

function isBoldLine(line: Inline[]): boolean {
  return line.length > 0 && line.every((r) => r.bold || !r.text.trim());
}

/** A short line standing alone in the body, bold or in capitals, with no closing punctuation: a sub-heading. */
function looksLikeSubheading(b: SourceBlock): boolean {
  if (b.kind !== 'paragraph' || b.lines.length !== 1) return false;
  const line = b.lines[0] ?? [];
  const text = lineText(line);
  if (text.length < 3 || text.length > 90 || /[.!?:;,…»"”)。、]$/u.test(text)) return false;
  const caps = /\p{L}{3}/u.test(text) && !/\p{Ll}/u.test(text);
  return caps || isBoldLine(line);
}

function paragraphText(lines: readonly string[]): string {
  // Key/value lines ("所在地：大阪市…") keep their line breaks; wrapped prose is rejoined.
  const keyed = lines.length > 1 && lines.every((l) => /^[^:：]{1,24}[:：]/u.test(l));
  return lines.join(keyed ? '\n' : ' ').trim();
}

export interface StructureOptions {
  lang?: Lang | undefined;
}

/**
 * The one shared step after every reader: finds what a press release is made of (label, timing, headline,
 * dateline, body, "About" sections, contacts, end mark) in French, English and Japanese. Anything it cannot
 * place stays in the body, so nothing the author wrote disappears.
 */
export function structureRelease(read: ReadRelease, options: StructureOptions = {}): ImportedRelease {
  const warnings: Localized[] = [];
  const queue: SourceBlock[] = read.blocks.map((b) => withLines(b, linesOf(b).filter((l) => lineText(l).length > 0)));

  let label = '';
  let timingImmediate = false;
  let embargo: string | null = null;
  let headline = '';
  let subheadline = '';
  let datelineCity = '';
  let datelineDate: string | null = null;
  let endMark = '';
  const salutations: string[] = [];

  // ---- Header: label, timing, date, headline, subheadline, until the dateline or the first prose.
  let headerDone = false;
  let headlineBlock = -1;
  let bi = 0;
  const bodyStart: SourceBlock[] = [];
  while (!headerDone && bi < queue.length) {
    const block = queue[bi] as SourceBlock;
    if (block.kind === 'rule') {
      bi++;
      continue;
    }
    if (block.kind === 'list') break;
    const lines = linesOf(block);
    let li = 0;
    const pending: string[] = [];
    for (; li < lines.length; li++) {
      pending.length = 0;
      pending.push(lineText(lines[li] ?? []));
      let consumed = true;
      while (pending.length) {
        const text = pending.shift() as string;
        if (!text) continue;
        const lab = label ? null : matchLabel(text);
        if (lab) {
          if (headline && !subheadline) {
            // A line above the label is letterhead (usually the organization's name), not the headline.
            warnings.push({
              en: `"${headline}" above the label was read as letterhead, not as the headline.`,
              fr: `«\u00a0${headline}\u00a0», au-dessus de la mention de diffusion, a été lu comme un en-tête et non comme le titre.`,
            });
            headline = '';
            headlineBlock = -1;
          }
          label = lab.label;
          if (lab.rest) pending.unshift(lab.rest);
          continue;
        }
        if (isImmediate(text)) {
          timingImmediate = true;
          continue;
        }
        const emb: string | null = embargo === null ? embargoRest(text) : null;
        if (emb !== null) {
          embargo = emb;
          continue;
        }
        if (isSalutation(text)) {
          salutations.push(text);
          continue;
        }
        // A Japanese dateline alone on its line ("【大阪】2025年6月16日") often stands above the headline.
        const whole = matchJaDateline(text);
        if (whole && whole.length >= text.length) {
          datelineCity = whole.city;
          datelineDate = whole.date;
          continue;
        }
        const dOnly: string | null = datelineDate === null ? dateOnly(text) : null;
        if (dOnly) {
          datelineDate = dOnly;
          continue;
        }
        if (matchDateline(text) || isEndMark(text) || matchAbout(text) || matchContactsHeader(text)) {
          consumed = false;
          break;
        }
        if (!headline) {
          // Prose, not a title: long, or a long sentence with its closing period.
          if (block.kind !== 'heading' && (text.length > 250 || (text.length > 120 && /[.。]$/u.test(text)))) {
            consumed = false;
            break;
          }
          headline = text;
          headlineBlock = bi;
          continue;
        }
        if (headlineBlock === bi && block.kind === 'heading' && !subheadline) {
          headline = `${headline} ${text}`;
          continue;
        }
        if (!subheadline) {
          const line = lines[li] ?? [];
          const nextIsDateline = li === lines.length - 1 && nextDateline(queue, bi + 1);
          const candidate =
            block.kind === 'heading' || isItalicLine(line) || /^[～〜~―—].+[～〜~―—]$/u.test(text) || (nextIsDateline && text.length <= 300);
          if (candidate) {
            subheadline = text.replace(/^[～〜~―—]\s*|\s*[～〜~―—]$/gu, '');
            continue;
          }
        }
        consumed = false;
        break;
      }
      if (!consumed) break;
    }
    if (li < lines.length) {
      // The body starts inside this block: keep the rest of it.
      bodyStart.push(withLines(block, lines.slice(li)));
      headerDone = true;
    }
    bi++;
  }
  const rest: SourceBlock[] = [...bodyStart, ...queue.slice(bi)];
  if (!headline) {
    warnings.push({
      en: 'No headline was recognized: the release has an empty headline.',
      fr: 'Aucun titre n’a été reconnu\u00a0: le titre du communiqué est vide.',
    });
  }

  // ---- Dateline, at the start of the first paragraph.
  const firstIdx = rest.findIndex((b) => b.kind === 'paragraph' || b.kind === 'heading');
  const first = rest[firstIdx];
  if (first && first.kind === 'paragraph') {
    const content = joinLines(first.lines);
    const dl = matchDateline(inlineText(content));
    if (dl) {
      datelineCity = dl.city;
      datelineDate = dl.date;
      const remaining = dropChars(content, dl.length);
      rest.splice(firstIdx, 1, ...(remaining.length ? [{ kind: 'paragraph', lines: [remaining] } as SourceBlock] : []));
    }
  }
  if (!datelineDate) warnings.push({ en: 'No dateline (city and date) was recognized.', fr: 'Aucune ligne de lieu et de date n’a été reconnue.' });

  // ---- Body, "About" sections, notes, contacts and the end mark.
  const body: Block[] = [];
  const organizations: { name: string; paragraphs: string[] }[] = [];
  const contactGroups: string[][] = [];
  type State = 'body' | 'about' | 'notes' | 'contacts' | 'tail';
  let state = 'body' as State;
  let notesHeading = '';
  let notesHeadingPushed = false;
  let tailWarned = false;

  const keepInBody = (b: SourceBlock): void => {
    if (state === 'notes' && notesHeading && !notesHeadingPushed) {
      body.push({ type: 'heading', level: 2, content: [{ text: notesHeading }] });
      notesHeadingPushed = true;
    }
    if (state === 'tail' && !tailWarned) {
      warnings.push({
        en: 'Text after the end of the release was kept at the end of the body.',
        fr: 'Le texte qui suivait la fin du communiqué a été conservé à la fin du texte.',
      });
      tailWarned = true;
    }
    const asHeading = b.kind === 'heading' || looksLikeSubheading(b);
    const block = asHeading && b.kind !== 'list' && b.kind !== 'rule' ? toBlock({ kind: 'heading', level: 2, lines: [joinLines(b.lines)] }) : toBlock(b);
    if (block) body.push(block);
  };
  const startAbout = (name: string, first: string): void => {
    organizations.push({ name, paragraphs: first ? [first] : [] });
    state = 'about';
  };

  for (let i = 0; i < rest.length; i++) {
    const b = rest[i] as SourceBlock;
    if (b.kind === 'rule') {
      if (state === 'contacts') contactGroups.push([]);
      else if (state === 'about') state = 'tail';
      continue;
    }
    const lines = linesOf(b);
    const texts = sourceText(b);
    const head = texts[0] ?? '';
    const after = (n: number): void => {
      if (lines.length > n) rest.splice(i + 1, 0, withLines(b, lines.slice(n)));
    };
    if (b.kind !== 'list') {
      if (isEndMark(head)) {
        endMark = endMark || head.trim();
        state = 'tail';
        after(1);
        continue;
      }
      if (isSeparator(head) && texts.length === 1) continue;
      const about = matchAbout(head);
      if (about && (b.kind === 'heading' || texts.length > 1 || about.rest || b.kind === 'paragraph')) {
        startAbout(about.name, about.rest);
        const more = texts.slice(1);
        if (more.length) organizations[organizations.length - 1]?.paragraphs.push(paragraphText(more));
        continue;
      }
      if (isNotesHeader(head)) {
        state = 'notes';
        notesHeading = head.replace(/[:：]\s*$/u, '');
        after(1);
        continue;
      }
      const ch = matchContactsHeader(head);
      if (ch) {
        state = 'contacts';
        contactGroups.push(ch.rest ? [ch.rest, ...texts.slice(1)] : texts.slice(1));
        continue;
      }
    } else if (state === 'notes') {
      // Notes to editors as a numbered list: "1. About Acme: …".
      const unplaced: Inline[][] = [];
      for (const item of b.items) {
        const about = matchAbout(lineText(item));
        if (about) organizations.push({ name: about.name, paragraphs: about.rest ? [about.rest] : [] });
        else unplaced.push(item);
      }
      if (unplaced.length) keepInBody({ ...b, items: unplaced });
      continue;
    }
    switch (state) {
      case 'body':
        keepInBody(b);
        break;
      case 'about':
        organizations[organizations.length - 1]?.paragraphs.push(paragraphText(texts));
        break;
      case 'contacts':
        if (texts.join(' ').length > 240 && b.kind === 'paragraph') {
          state = 'tail';
          keepInBody(b);
        } else contactGroups.push(texts);
        break;
      case 'notes':
      case 'tail':
        keepInBody(b);
        break;
    }
  }

  // ---- Japanese "会社概要" sections name the company inside ("会社名：株式会社…").
  for (const org of organizations) {
    if (org.name) continue;
    const all = org.paragraphs.flatMap((p) => p.split('\n'));
    const idx = all.findIndex((l) => /^(?:会社名|社名|商号|名称|団体名|法人名)\s*[:：]/u.test(l));
    if (idx >= 0) {
      org.name = (all[idx] ?? '').replace(/^[^:：]+[:：]\s*/u, '').trim();
      all.splice(idx, 1);
    } else if (all[0] && all[0].length <= 60) {
      org.name = all.shift() as string;
    }
    org.paragraphs = all.length ? [paragraphText(all)] : [];
  }
  const orgs = organizations
    .filter((o) => {
      if (!o.name) {
        warnings.push({
          en: 'An "About" section without an organization name was dropped into the body.',
          fr: 'Une section «\u00a0À propos\u00a0» sans nom d’organisation a été versée dans le texte.',
        });
      }
      if (!o.name) for (const p of o.paragraphs) body.push({ type: 'paragraph', content: [{ text: p }] });
      return !!o.name;
    })
    .map((o) => ({ name: o.name, boilerplate: o.paragraphs.filter(Boolean).join('\n\n') }));

  const contacts = parseContactLines(contactGroups, warnings);
  for (const c of contacts) {
    if (c.organization) continue;
    const domain = c.emails[0]?.split('@')[1]?.split('.').slice(-3)[0] ?? '';
    const key = fold(domain);
    const match = key.length >= 4 ? orgs.find((o) => fold(o.name).includes(key) || key.includes(fold(o.name))) : undefined;
    if (match) c.organization = match.name;
  }
  if (contactGroups.length && !contacts.length) {
    warnings.push({
      en: 'A contacts section was found but no contact could be read from it.',
      fr: 'Une section de contacts a été trouvée, mais aucun contact n’a pu y être lu.',
    });
  }

  const allText = read.rawLines.join('\n');
  const lang = options.lang ?? detectLang(allText, datelineCity);
  let timing: Timing = { kind: 'immediate' };
  if (embargo !== null) {
    const parsed = parseEmbargo(embargo, lang, warnings);
    if (parsed) timing = parsed;
    else {
      warnings.push({
        en: `The embargo "${embargo}" could not be read; the release is marked for immediate release.`,
        fr: `L’embargo «\u00a0${embargo}\u00a0» n’a pas pu être lu; le communiqué est marqué pour diffusion immédiate.`,
      });
    }
  } else if (!timingImmediate) {
    warnings.push({
      en: 'No release timing was stated: "immediate" assumed.',
      fr: 'Aucun moment de diffusion n’était indiqué\u00a0: diffusion «\u00a0immédiate\u00a0» retenue.',
    });
  }

  for (const line of salutations) warnings.push(salutationWarning(line, lang));

  return {
    release: { lang, label, timing, headline, subheadline, dateline: { city: datelineCity, date: datelineDate }, body, endMark },
    organizations: orgs,
    contacts,
    warnings,
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

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

function nextDateline(queue: readonly SourceBlock[], from: number): boolean {
  const b = queue[from];
  if (!b || b.kind !== 'paragraph') return false;
  return matchDateline(inlineText(joinLines(b.lines))) !== null;
}
