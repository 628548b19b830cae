import { Lexer, type Token, type Tokens } from 'marked';
import type { Inline } from '../model/index.js';
import { isEndMark } from './end-mark.js';
import { safeHref } from './safe-href.js';
import { leftOutOf } from './html-reader.js';
import { leftOutSeen, tidyInlines, type LeftOut, type ReadRelease, type SourceBlock } from './source-blocks.js';

interface Marks {
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

const HIDDEN_TAGS = 'script|style|iframe|noscript|template|textarea|object|embed|svg|math|title|video|audio|canvas';
const HIDDEN_ELEMENT = new RegExp(`<(${HIDDEN_TAGS})\\b[^>]*>[\\s\\S]*?</\\1\\s*>`, 'gi');
const HIDDEN_OPEN = new RegExp(`<(${HIDDEN_TAGS})\\b[^>]*(?<!/)>(?![\\s\\S]*</\\1\\s*>)`, 'i');
const HIDDEN_OPEN_REST = new RegExp(`<(${HIDDEN_TAGS})\\b[^>]*(?<!/)>[\\s\\S]*$`, 'i');

/** Inline tokens → lines of runs; soft and hard breaks both start a new line (headers are one fact per line). */
function inlineLines(tokens: readonly Token[] | undefined, marks: Marks = {}): Inline[][] {
  const lines: Inline[][] = [[]];
  const push = (text: string): void => {
    const parts = text.split('\n');
    parts.forEach((p, i) => {
      if (i > 0) lines.push([]);
      if (p) lines[lines.length - 1]?.push({ text: p, ...marks });
    });
  };
  const append = (sub: Inline[][]): void => {
    sub.forEach((l, i) => {
      if (i > 0) lines.push([]);
      lines[lines.length - 1]?.push(...l);
    });
  };
  // Inline <script>…</script> arrives as three tokens: the code between the tags is not release text either.
  let hiddenUntil: RegExp | null = null;
  for (const t of tokens ?? []) {
    if (hiddenUntil) {
      if (t.type === 'html' && hiddenUntil.test((t as Tokens.HTML).text)) hiddenUntil = null;
      continue;
    }
    switch (t.type) {
      case 'strong':
        append(inlineLines((t as Tokens.Strong).tokens, { ...marks, bold: true }));
        break;
      case 'em':
        append(inlineLines((t as Tokens.Em).tokens, { ...marks, italic: true }));
        break;
      case 'link': {
        const href = safeHref((t as Tokens.Link).href);
        append(inlineLines((t as Tokens.Link).tokens, href ? { ...marks, href } : marks));
        break;
      }
      case 'br':
        lines.push([]);
        break;
      case 'image':
        // Not the release's text: left out, and named in the import review (readMarkdownRelease).
        break;
      case 'html': {
        // Inline tags are dropped, their text kept; what code-bearing tags enclose is dropped with them.
        const html = (t as Tokens.HTML).text.replace(HIDDEN_ELEMENT, '');
        const open = HIDDEN_OPEN.exec(html);
        if (open?.[1]) hiddenUntil = new RegExp(`</${open[1]}\\s*>`, 'i');
        push(html.replace(HIDDEN_OPEN_REST, '').replace(/<[^>]*>/g, ''));
        break;
      }
      case 'text': {
        const tt = t as Tokens.Text;
        if (tt.tokens?.length) append(inlineLines(tt.tokens, marks));
        else push(tt.text);
        break;
      }
      default: {
        const text = 'text' in t && typeof t.text === 'string' ? t.text : t.raw;
        push(text);
      }
    }
  }
  return lines.map((l) => tidyInlines(l)).filter((l) => l.length > 0);
}

function blocksOf(tokens: readonly Token[], out: SourceBlock[]): void {
  for (const t of tokens) {
    switch (t.type) {
      case 'space':
        break;
      case 'hr':
        out.push({ kind: 'rule' });
        break;
      case 'heading': {
        const h = t as Tokens.Heading;
        const lines = inlineLines(h.tokens);
        if (!lines.length) {
          // A lone "###" is the American end mark, not an empty heading.
          if (isEndMark(h.raw.trim())) out.push({ kind: 'paragraph', lines: [[{ text: h.raw.trim() }]] });
          break;
        }
        out.push({ kind: 'heading', level: Math.min(3, h.depth) as 1 | 2 | 3, lines });
        break;
      }
      case 'paragraph':
        out.push({ kind: 'paragraph', lines: inlineLines((t as Tokens.Paragraph).tokens) });
        break;
      case 'list': {
        const l = t as Tokens.List;
        if (l.items.length === 1 && isEndMark(l.raw.trim())) {
          out.push({ kind: 'paragraph', lines: [[{ text: l.raw.trim() }]] });
          break;
        }
        const items = l.items.map((item) => {
          const runs: Inline[] = [];
          for (const line of item.tokens.flatMap((it) => inlineLines('tokens' in it && Array.isArray(it.tokens) ? (it.tokens as Token[]) : [it]))) {
            if (runs.length) runs.push({ text: ' ' });
            runs.push(...line);
          }
          return tidyInlines(runs);
        });
        out.push({ kind: 'list', ordered: l.ordered, items });
        break;
      }
      case 'blockquote': {
        const inner: SourceBlock[] = [];
        blocksOf((t as Tokens.Blockquote).tokens, inner);
        const lines = inner.flatMap((b) => (b.kind === 'list' ? b.items : b.kind === 'rule' ? [] : b.lines));
        out.push({ kind: 'quote', lines });
        break;
      }
      case 'code':
        out.push({ kind: 'paragraph', lines: (t as Tokens.Code).text.split('\n').filter((s) => s.trim()).map((s) => [{ text: s }]) });
        break;
      case 'table': {
        const tb = t as Tokens.Table;
        const all = [tb.header, ...tb.rows];
        const rows = all.map((cells) => [{ text: cells.map((c) => c.text).join(' | ') }]);
        // Each cell with its bold, italics and links; the header row stays the header row.
        const table = all.map((cells) => cells.map((c) => inlineLines(c.tokens)));
        out.push({ kind: 'paragraph', lines: rows, table, tableHeader: tb.header.some((c) => c.text.trim() !== '') });
        break;
      }
      case 'html': {
        const text = (t as Tokens.HTML).text.replace(/<[^>]*>/g, '').trim();
        if (text) out.push({ kind: 'paragraph', lines: text.split('\n').map((s) => [{ text: s }]) });
        break;
      }
      default:
        if (t.raw.trim()) out.push({ kind: 'paragraph', lines: [[{ text: t.raw.trim() }]] });
    }
  }
}

/**
 * Every image in the tokens, wherever it sits (paragraph, list, table, quote, link), and the HTML
 * written in the Markdown, whose pictures, media and frames the HTML reader names the same way.
 */
function leftOutIn(tokens: readonly Token[], found: LeftOut[], html: string[]): void {
  for (const t of tokens) {
    if (t.type === 'image') found.push(leftOutSeen('image', (t as Tokens.Image).href, (t as Tokens.Image).text));
    if (t.type === 'html') html.push((t as Tokens.HTML).text);
    const nested = t as { tokens?: Token[]; items?: Array<{ tokens: Token[] }>; header?: Array<{ tokens: Token[] }>; rows?: Array<Array<{ tokens: Token[] }>> };
    if (nested.tokens) leftOutIn(nested.tokens, found, html);
    for (const i of nested.items ?? []) leftOutIn(i.tokens, found, html);
    for (const c of nested.header ?? []) leftOutIn(c.tokens, found, html);
    for (const r of nested.rows ?? []) for (const c of r) leftOutIn(c.tokens, found, html);
  }
}

export function readMarkdownRelease(text: string): ReadRelease {
  const src = text.replace(/\r\n?/g, '\n');
  const blocks: SourceBlock[] = [];
  const tokens = new Lexer({ gfm: true }).lex(src);
  blocksOf(tokens, blocks);
  const leftOut: LeftOut[] = [];
  const html: string[] = [];
  leftOutIn(tokens, leftOut, html);
  // Inline tags arrive one token each: joined, an element split over tokens is whole again.
  leftOut.push(...leftOutOf(html.join('')));
  return { blocks: blocks.filter((b) => b.kind === 'rule' || (b.kind === 'list' ? b.items.length : b.lines.length)), rawLines: src.split('\n'), leftOut };
}
