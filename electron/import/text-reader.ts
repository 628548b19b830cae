import type { Inline } from '../model/index.js';
import { isEndMark, isSeparator } from './end-mark.js';
import { parseInlineMarkup } from './inline-markup.js';
import type { ReadRelease, SourceBlock } from './source-blocks.js';

const BULLET = /^\s*(?:[•●▪◦·‣■◆○・]\s*|[-–*](?=\s)\s*)(.+)$/u;
const NUMBERED = /^\s*(\d{1,3})[.)]\s+(.+)$/u;
const HEADING = /^\s*(#{1,3})\s+(.+?)\s*#*\s*$/u;
const QUOTE = /^\s*>\s?(.*)$/u;

type LineKind =
  | { kind: 'blank' }
  | { kind: 'bullet' | 'number'; text: string }
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'quote'; text: string }
  | { kind: 'rule' }
  | { kind: 'end'; text: string }
  | { kind: 'text'; text: string; indented: boolean };

function classify(line: string): LineKind {
  if (!line.trim()) return { kind: 'blank' };
  if (isEndMark(line)) return { kind: 'end', text: line.trim() };
  if (isSeparator(line)) return { kind: 'rule' };
  const h = HEADING.exec(line);
  if (h?.[1] && h[2]) return { kind: 'heading', level: h[1].length as 1 | 2 | 3, text: h[2] };
  const q = QUOTE.exec(line);
  if (q) return { kind: 'quote', text: q[1] ?? '' };
  const n = NUMBERED.exec(line);
  if (n?.[2]) return { kind: 'number', text: n[2] };
  const b = BULLET.exec(line);
  if (b?.[1]) return { kind: 'bullet', text: b[1] };
  return { kind: 'text', text: line.trim(), indented: /^\s{2,}/.test(line) };
}

function isSectionMark(line: string): boolean {
  return /^\s*[■◆□◇]\s*[^。．.!?！？]{1,40}$/u.test(line);
}

/** Plain text as written in Notepad, TextEdit or an email: blank lines between paragraphs. */
export function readTextRelease(text: string): ReadRelease {
  const rawLines = text.replace(/\r\n?/g, '\n').split('\n');
  const lines = rawLines.map(classify);
  const blocks: SourceBlock[] = [];
  let para: Inline[][] | null = null;
  let quote: Inline[][] | null = null;
  let list: { ordered: boolean; items: Inline[][] } | null = null;

  const close = (): void => {
    if (para) blocks.push({ kind: 'paragraph', lines: para });
    if (quote) blocks.push({ kind: 'quote', lines: quote });
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items });
    para = quote = list = null;
  };
  const nextNonBlank = (i: number): LineKind | undefined => {
    for (let j = i + 1; j < lines.length; j++) if (lines[j]?.kind !== 'blank') return lines[j];
    return undefined;
  };

  lines.forEach((l, i) => {
    switch (l.kind) {
      case 'blank': {
        // A list survives blank lines between its items; anything else ends at a blank line.
        const next = nextNonBlank(i);
        const sameList = list && next && next.kind === (list.ordered ? 'number' : 'bullet');
        if (!sameList) close();
        return;
      }
      case 'bullet':
      case 'number': {
        // "■ 出展概要" alone between paragraphs: Japanese releases mark their section headings so.
        if (l.kind === 'bullet' && !list && isSectionMark(rawLines[i] ?? '') && nextNonBlank(i)?.kind !== 'bullet') {
          close();
          blocks.push({ kind: 'heading', level: 2, lines: [parseInlineMarkup(l.text)] });
          return;
        }
        const ordered = l.kind === 'number';
        if (!list || list.ordered !== ordered) {
          close();
          list = { ordered, items: [] };
        }
        list.items.push(parseInlineMarkup(l.text));
        return;
      }
      case 'text':
        if (list && l.indented) {
          const last = list.items[list.items.length - 1];
          if (last) last.push({ text: ' ' }, ...parseInlineMarkup(l.text));
          return;
        }
        if (!para) {
          close();
          para = [];
        }
        para.push(parseInlineMarkup(l.text));
        return;
      case 'quote':
        if (!quote) {
          close();
          quote = [];
        }
        quote.push(parseInlineMarkup(l.text));
        return;
      case 'heading':
        close();
        blocks.push({ kind: 'heading', level: l.level, lines: [parseInlineMarkup(l.text)] });
        return;
      case 'rule':
        close();
        blocks.push({ kind: 'rule' });
        return;
      case 'end':
        close();
        blocks.push({ kind: 'paragraph', lines: [[{ text: l.text }]] });
        return;
    }
  });
  close();
  return { blocks, rawLines };
}
