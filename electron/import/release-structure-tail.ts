import type { Localized } from '../model/errors.js';
import type { Block, Inline } from '../model/index.js';
import { isNotesHeader, matchAbout, matchContactsHeader } from './about-sections.js';
import { isEndMark, isSeparator } from './end-mark.js';
import { linesOf, withLines } from './release-structure-header.js';
import { joinLines, lineText, sourceText, toBlock, type SourceBlock } from './source-blocks.js';

/** An "About" section as found: its name may still be inside its text (Japanese 会社概要). */
export interface RawOrganization {
  name: string;
  paragraphs: string[];
}

export interface Tail {
  body: Block[];
  organizations: RawOrganization[];
  /** The contacts sections' lines, one array per block. */
  contactGroups: string[][];
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

/**
 * Tail classification phase: walks the blocks after the dateline and sorts each into the body, an
 * "About" section, the notes to editors, a contacts section or what follows the end mark.
 */
export function classifyTail(blocks: readonly SourceBlock[]): Tail {
  const rest = [...blocks];
  const t: Tail = { body: [], organizations: [], contactGroups: [], endMark: '', warnings: [] };
  let state: State = 'body';
  let notesHeading = '';
  let notesHeadingPushed = false;
  let tailWarned = false;

  const keepInBody = (b: SourceBlock): void => {
    if (state === 'notes' && notesHeading && !notesHeadingPushed) {
      t.body.push({ type: 'heading', level: 2, content: [{ text: notesHeading }] });
      notesHeadingPushed = true;
    }
    if (state === 'tail' && !tailWarned) {
      t.warnings.push({
        en: 'Text after the end of the release was kept at the end of the body.',
        fr: 'Le texte qui suivait la fin du communiqué a été conservé à la fin du texte.',
      });
      tailWarned = true;
    }
    const asHeading = b.kind === 'heading' || looksLikeSubheading(b);
    const block = asHeading && b.kind !== 'list' && b.kind !== 'rule' ? toBlock({ kind: 'heading', level: 2, lines: [joinLines(b.lines)] }) : toBlock(b);
    if (block) t.body.push(block);
  };

  for (let i = 0; i < rest.length; i++) {
    const b = rest[i] as SourceBlock;
    if (b.kind === 'rule') {
      if (state === 'contacts') t.contactGroups.push([]);
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
        t.endMark = t.endMark || head.trim();
        state = 'tail';
        after(1);
        continue;
      }
      if (isSeparator(head) && texts.length === 1) continue;
      const about = matchAbout(head);
      if (about && (b.kind === 'heading' || texts.length > 1 || about.rest || b.kind === 'paragraph')) {
        t.organizations.push({ name: about.name, paragraphs: about.rest ? [about.rest] : [] });
        state = 'about';
        const more = texts.slice(1);
        if (more.length) t.organizations[t.organizations.length - 1]?.paragraphs.push(paragraphText(more));
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
        t.contactGroups.push(ch.rest ? [ch.rest, ...texts.slice(1)] : texts.slice(1));
        continue;
      }
    } else if (state === 'notes') {
      // Notes to editors as a numbered list: "1. About Acme: …".
      const unplaced: Inline[][] = [];
      for (const item of b.items) {
        const about = matchAbout(lineText(item));
        if (about) t.organizations.push({ name: about.name, paragraphs: about.rest ? [about.rest] : [] });
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
        if (texts.join(' ').length > 240 && b.kind === 'paragraph') {
          state = 'tail';
          keepInBody(b);
        } else t.contactGroups.push(texts);
        break;
      case 'notes':
      case 'tail':
        keepInBody(b);
        break;
    }
  }
  return t;
}
