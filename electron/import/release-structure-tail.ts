import type { Localized } from '../model/errors.js';
import type { Block, Inline } from '../model/index.js';
import { isNotesHeader, matchAbout, matchContactsHeader, matchWireSource } from './about-sections.js';
import { isEndMark, isSeparator } from './end-mark.js';
import { linesOf, withLines } from './release-structure-header.js';
import { joinLines, lineText, sourceText, tableRows, toBlock, type SourceBlock } from './source-blocks.js';

/** An "About" section as found: its name may still be inside its text (Japanese 会社概要). */
export interface RawOrganization {
  name: string;
  /** The heading as written ("À propos du …"); empty when the name came from inside the section. */
  heading: string;
  paragraphs: string[];
}

export interface Tail {
  body: Block[];
  /** Notes to editors: their heading as written and the notes that are not About sections. */
  notes: { heading: string; body: Block[] } | null;
  organizations: RawOrganization[];
  /**
   * The contacts sections' lines, one array per block (per cell for contacts side by side in a table);
   * a group that opens a section (after "Source :", "Renseignements :") is marked so.
   */
  contactGroups: ContactGroup[];
  endMark: string;
  warnings: Localized[];
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

export function paragraphText(lines: readonly string[]): string {
  // Key/value lines ("所在地：大阪市…") keep their line breaks; wrapped prose is rejoined.
  const keyed = lines.length > 1 && lines.every((l) => /^[^:：]{1,24}[:：]/u.test(l));
  return lines.join(keyed ? '\n' : ' ').trim();
}

type State = 'body' | 'about' | 'notes' | 'contacts' | 'tail';

export interface ContactGroup {
  lines: string[];
  /** The group opens a contacts section of its own ("Source :", "Renseignements :"): a new person starts. */
  opens: boolean;
}

/**
 * Contacts side by side: a table whose cells hold several lines has one person per cell; a table of
 * one-line cells (Markdown) has one person per column, read top to bottom.
 */
export function tableGroups(table: readonly Inline[][][][]): ContactGroup[] {
  const rows = table.map((r) => r.map((cell) => cell.map(lineText).filter(Boolean)));
  const multi = rows.some((r) => r.some((cell) => cell.length > 1));
  if (multi) return rows.flatMap((r) => r.filter((cell) => cell.length).map((lines) => ({ lines, opens: true })));
  const width = Math.max(0, ...rows.map((r) => r.length));
  const columns: ContactGroup[] = [];
  for (let c = 0; c < width; c++) {
    const lines = rows.map((r) => r[c]?.[0] ?? '').filter(Boolean);
    if (lines.length) columns.push({ lines, opens: true });
  }
  return columns;
}

/**
 * Tail classification phase: walks the blocks after the dateline and sorts each into the body, an
 * "About" section, the notes to editors, a contacts section or what follows the end mark.
 */
export function classifyTail(blocks: readonly SourceBlock[]): Tail {
  const rest = [...blocks];
  const t: Tail = { body: [], notes: null, organizations: [], contactGroups: [], endMark: '', warnings: [] };
  let state: State = 'body';
  let tailWarned = false;

  const keepInBody = (b: SourceBlock): void => {
    if (state === 'tail' && !tailWarned) {
      t.warnings.push({
        en: 'Text after the end of the release was kept at the end of the body.',
        fr: 'Le texte qui suivait la fin du communiqué a été conservé à la fin du texte.',
      });
      tailWarned = true;
    }
    const into = state === 'notes' && t.notes ? t.notes.body : t.body;
    if (b.kind === 'paragraph' && b.table) {
      // A table stays a table; the rows of one table read one by one (HTML, Word) join it again.
      const rows = tableRows(b.table).filter((r) => r.some((c) => c.length));
      const last = into[into.length - 1];
      if (!rows.length) return;
      if (last?.type === 'table' && b.tableId !== undefined && b.tableId === lastTableId) last.rows.push(...rows);
      else into.push({ type: 'table', header: !!b.tableHeader, rows });
      lastTableId = b.tableId;
      return;
    }
    lastTableId = undefined;
    const asHeading = b.kind === 'heading' || looksLikeSubheading(b);
    const block = asHeading && b.kind !== 'list' && b.kind !== 'rule' ? toBlock({ kind: 'heading', level: 2, lines: [joinLines(b.lines)] }) : toBlock(b);
    if (!block) return;
    // Notes to editors keep their place after the end mark: their own part of the release.
    into.push(block);
  };
  let lastTableId: number | undefined;
  /** A contacts header alone on its line, or a rule between contacts, opens the next block as someone new. */
  let opensNext = false;
  const addContacts = (lines: string[], opens: boolean): void => {
    if (!lines.length) {
      opensNext ||= opens;
      return;
    }
    t.contactGroups.push({ lines, opens: opens || opensNext });
    opensNext = false;
  };

  for (let i = 0; i < rest.length; i++) {
    const b = rest[i] as SourceBlock;
    if (b.kind === 'rule') {
      if (state === 'about') state = 'tail';
      if (state === 'contacts') opensNext = true;
      continue;
    }
    const lines = linesOf(b);
    const texts = sourceText(b);
    const head = texts[0] ?? '';
    const after = (n: number): void => {
      if (lines.length > n) rest.splice(i + 1, 0, withLines(b, lines.slice(n)));
    };
    if (b.kind !== 'list') {
      // An end mark typed after a soft line break ("…\n###") ends the release all the same.
      const endAt = texts.findIndex((x, k) => k > 0 && isEndMark(x));
      if (endAt > 0) {
        rest.splice(i, 1, withLines(b, lines.slice(0, endAt)), withLines(b, lines.slice(endAt)));
        i--;
        continue;
      }
      if (isEndMark(head)) {
        t.endMark = t.endMark || head.trim();
        state = 'tail';
        after(1);
        continue;
      }
      if (isSeparator(head) && texts.length === 1) continue;
      const about = matchAbout(head);
      if (about && (b.kind === 'heading' || texts.length > 1 || about.rest || b.kind === 'paragraph')) {
        t.organizations.push({ name: about.name, heading: about.heading, paragraphs: about.rest ? [about.rest] : [] });
        state = 'about';
        const more = texts.slice(1);
        if (more.length) t.organizations[t.organizations.length - 1]?.paragraphs.push(paragraphText(more));
        continue;
      }
      if (isNotesHeader(head)) {
        state = 'notes';
        t.notes ??= { heading: head.replace(/[\s\u00a0]*[:：]\s*$/u, ''), body: [] };
        after(1);
        continue;
      }
      const ch = matchContactsHeader(head) ?? matchWireSource(head);
      if (ch) {
        state = 'contacts';
        addContacts(ch.rest ? [ch.rest, ...texts.slice(1)] : texts.slice(1), true);
        continue;
      }
    } else if (state === 'notes') {
      // Notes to editors as a numbered list: "1. About Acme: …".
      const unplaced: Inline[][] = [];
      for (const item of b.items) {
        const about = matchAbout(lineText(item));
        if (about) t.organizations.push({ name: about.name, heading: about.heading, paragraphs: about.rest ? [about.rest] : [] });
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
        t.organizations[t.organizations.length - 1]?.paragraphs.push(paragraphText(texts));
        break;
      case 'contacts':
        if (texts.join(' ').length > 240 && b.kind === 'paragraph' && !b.table) {
          state = 'tail';
          keepInBody(b);
        } else if (b.kind === 'paragraph' && b.table) {
          t.contactGroups.push(...tableGroups(b.table));
        } else addContacts(texts, false);
        break;
      case 'notes':
      case 'tail':
        keepInBody(b);
        break;
    }
  }
  return t;
}
