import sanitizeHtml from 'sanitize-html';
import { parseDocument } from 'htmlparser2';
import { isTag, isText, type ChildNode, type Element } from 'domhandler';
import type { Inline } from '../model/index.js';
import { safeHref } from './safe-href.js';
import { dropChars, leftOutSeen, lineText, tidyInlines, type LeftOut, type LeftOutKind, type ReadRelease, type SourceBlock } from './source-blocks.js';

/**
 * Pasted HTML (Word, Google Docs, Outlook, web pages) and mammoth's DOCX output. Sanitized first with an
 * allowlist, so scripts, frames, styles and javascript: links never reach the structure step.
 */
export function sanitizeReleaseHtml(html: string): string {
  // An HTML parser ends a DOCTYPE at its first ">", so an internal subset (<!ENTITY …>) would leak in as text.
  const noDoctype = html.replace(/<!DOCTYPE[^[>]*\[[\s\S]*?\]\s*>/gi, '');
  return sanitizeHtml(noDoctype, {
    allowedTags: [
      'p', 'br', 'div', 'section', 'article', 'main', 'header', 'footer', 'span', 'font',
      'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'hr',
      'strong', 'b', 'em', 'i', 'u', 'a', 'sup', 'sub', 'small', 'mark', 'cite', 'q',
      'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption',
    ],
    allowedAttributes: { a: ['href'], span: ['style'], b: ['style'], strong: ['style'], p: ['style'] },
    allowedStyles: { '*': { 'font-weight': [/^(?:bold|bolder|normal|[1-9]00)$/], 'font-style': [/^(?:italic|normal|oblique)$/] } },
    allowedSchemes: ['http', 'https', 'mailto'],
    allowProtocolRelative: false,
    // Text inside these is code, chrome or a player's fallback, never release content (media are named: leftOutOf).
    nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template', 'title', 'head', 'svg', 'math', 'video', 'audio', 'canvas'],
  });
}

interface Marks {
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'blockquote', 'hr', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption',
]);

function styleOf(el: Element): string {
  return (el.attribs.style ?? '').toLowerCase();
}

function marksFor(el: Element, marks: Marks): Marks {
  const style = styleOf(el);
  const next = { ...marks };
  const weight = /font-weight\s*:\s*([a-z0-9]+)/.exec(style)?.[1];
  if (el.name === 'strong' || el.name === 'b') {
    // Google Docs wraps whole pastes in <b style="font-weight:normal">.
    next.bold = !(weight === 'normal' || weight === '400');
  } else if (weight) next.bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  if (el.name === 'em' || el.name === 'i' || el.name === 'cite') next.italic = true;
  const fs = /font-style\s*:\s*([a-z]+)/.exec(style)?.[1];
  if (fs) next.italic = fs !== 'normal';
  if (el.name === 'a') {
    const href = safeHref(el.attribs.href);
    if (href) next.href = href;
  }
  return next;
}

function inlineLines(nodes: readonly ChildNode[], marks: Marks, lines: Inline[][]): void {
  for (const n of nodes) {
    if (isText(n)) {
      const text = n.data.replace(/[\s\u200b]+/g, (m) => (m.includes('\u00a0') ? '\u00a0' : ' '));
      if (text) lines[lines.length - 1]?.push({ text, ...marks });
    } else if (isTag(n)) {
      if (n.name === 'br') {
        lines.push([]);
        continue;
      }
      const block = BLOCK_TAGS.has(n.name);
      if (block && lines[lines.length - 1]?.length) lines.push([]);
      inlineLines(n.children, marksFor(n, marks), lines);
      if (block) lines.push([]);
    }
  }
}

function linesOf(nodes: readonly ChildNode[], marks: Marks = {}): Inline[][] {
  const lines: Inline[][] = [[]];
  inlineLines(nodes, marks, lines);
  return lines.map((l) => tidyInlines(l)).filter((l) => l.length > 0);
}

function hasBlockChild(el: Element): boolean {
  return el.children.some((c) => isTag(c) && BLOCK_TAGS.has(c.name));
}

function listItems(el: Element, marks: Marks): Inline[][] {
  const items: Inline[][] = [];
  for (const li of el.children) {
    if (!isTag(li)) continue;
    if (li.name === 'ul' || li.name === 'ol') {
      items.push(...listItems(li, marks));
      continue;
    }
    // Nested lists are flattened into the same list: the model is deliberately flat.
    const own = li.children.filter((c) => !(isTag(c) && (c.name === 'ul' || c.name === 'ol')));
    const runs: Inline[] = [];
    for (const line of linesOf(own, marks)) {
      if (runs.length) runs.push({ text: ' ' });
      runs.push(...line);
    }
    const tidy = tidyInlines(runs);
    if (tidy.length) items.push(tidy);
    for (const sub of li.children) if (isTag(sub) && (sub.name === 'ul' || sub.name === 'ol')) items.push(...listItems(sub, marks));
  }
  return items;
}

const TABLE_IDS = new WeakMap<Element, number>();
let lastTableId = 0;

/** The number of the <table> a row belongs to (0: none). */
function tableIdOf(row: Element): number {
  let p = row.parent as Element | null;
  while (p && p.name !== 'table') p = p.parent as Element | null;
  if (!p) return 0;
  let id = TABLE_IDS.get(p);
  if (!id) {
    id = ++lastTableId;
    TABLE_IDS.set(p, id);
  }
  return id;
}

function walk(nodes: readonly ChildNode[], out: SourceBlock[], marks: Marks): void {
  let pending: ChildNode[] = [];
  const flush = (): void => {
    const lines = linesOf(pending, marks);
    if (lines.length) out.push({ kind: 'paragraph', lines });
    pending = [];
  };
  for (const n of nodes) {
    if (isTag(n) && !BLOCK_TAGS.has(n.name) && hasBlockChild(n)) {
      // An inline wrapper around blocks (Google Docs wraps a whole paste in <b style="font-weight:normal">):
      // its blocks stay blocks, with its marks.
      flush();
      walk(n.children, out, marksFor(n, marks));
      continue;
    }
    if (!isTag(n) || !BLOCK_TAGS.has(n.name)) {
      pending.push(n);
      continue;
    }
    flush();
    const m = marksFor(n, marks);
    switch (n.name) {
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6': {
        const lines = linesOf(n.children, m);
        const level = Math.min(3, Number(n.name.slice(1))) as 1 | 2 | 3;
        if (lines.length) out.push({ kind: 'heading', level, lines });
        break;
      }
      case 'ul':
      case 'ol': {
        const items = listItems(n, m);
        if (items.length) out.push({ kind: 'list', ordered: n.name === 'ol', items });
        break;
      }
      case 'blockquote': {
        const inner: SourceBlock[] = [];
        walk(n.children, inner, m);
        const lines = inner.flatMap((b) => (b.kind === 'list' ? b.items : b.kind === 'rule' ? [] : b.lines));
        if (lines.length) out.push({ kind: 'quote', lines });
        break;
      }
      case 'hr':
        out.push({ kind: 'rule' });
        break;
      case 'tr': {
        const cellTags = n.children.filter(isTag).filter((c) => c.name === 'td' || c.name === 'th');
        const cellLines = cellTags.map((c) => linesOf(c.children, marksFor(c, m)));
        const cells = cellLines.map((c) => c.flatMap((l, i) => (i ? [{ text: ' ' }, ...l] : l)));
        const lines = cells.map((c) => tidyInlines(c)).filter((c) => c.length > 0);
        // Rows of one <table> share its number, so the body puts them back into one table.
        const header = (n.parent as Element | null)?.name === 'thead' || (cellTags.length > 0 && cellTags.every((c) => c.name === 'th'));
        const tableId = tableIdOf(n);
        if (lines.length) out.push({ kind: 'paragraph', lines, table: [cellLines], ...(header ? { tableHeader: true } : {}), ...(tableId ? { tableId } : {}) });
        break;
      }
      case 'p':
      case 'li':
      case 'caption':
        if (hasBlockChild(n) && n.name !== 'p') walk(n.children, out, m);
        else {
          const lines = linesOf(n.children, m);
          if (lines.length) out.push({ kind: 'paragraph', lines });
        }
        break;
      default:
        walk(n.children, out, m);
    }
  }
  flush();
}

const MARKER = /^(?:([·•▪◦‣■◆○§o])|(\d{1,3})[.)])[\s\u00a0]+/u;

/**
 * Word's HTML (pasted from Word or Outlook) writes lists as paragraphs starting with a bullet
 * character or a number and non-breaking spaces: turned back into real lists.
 */
function listsFromMarkers(blocks: SourceBlock[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  for (const b of blocks) {
    const first = b.kind === 'paragraph' && b.lines.length === 1 ? b.lines[0] ?? [] : null;
    const m = first ? MARKER.exec(lineText(first)) : null;
    // "o" is Word's second-level bullet only when followed by a non-breaking space.
    if (!first || !m || (m[1] === 'o' && !/^o\u00a0/.test(lineText(first)))) {
      out.push(b);
      continue;
    }
    const ordered = m[2] !== undefined;
    const item = dropChars(first, m[0].length);
    const prev = out[out.length - 1];
    if (prev && prev.kind === 'list' && prev.ordered === ordered) prev.items.push(item);
    else out.push({ kind: 'list', ordered, items: [item] });
  }
  return out;
}

/** Elements the sanitizer removes that were content, not code: named in the import review. */
const MEDIA: Record<string, LeftOutKind> = { img: 'image', video: 'video', audio: 'audio', iframe: 'frame', object: 'object', embed: 'object', svg: 'drawing', canvas: 'drawing' };
const MEDIA_TAG = /<(?:img|video|audio|iframe|object|embed|svg|canvas)\b/i;

function textOf(nodes: readonly ChildNode[]): string {
  return nodes.map((n) => (isText(n) ? n.data : isTag(n) ? textOf(n.children) : '')).join('');
}

/**
 * Pictures, media, frames and drawings of the HTML (or of the Word document mammoth turned into
 * HTML; also the HTML inside Markdown), each named by its alternative text or title and its file.
 * What they hold (a video's fallback text, an SVG's shapes) is not looked into.
 */
export function leftOutOf(html: string): LeftOut[] {
  if (!MEDIA_TAG.test(html)) return [];
  const found: LeftOut[] = [];
  const visit = (nodes: readonly ChildNode[]): void => {
    for (const n of nodes) {
      if (!isTag(n)) continue;
      const kind = MEDIA[n.name];
      if (!kind) {
        if (n.name !== 'script' && n.name !== 'style') visit(n.children);
        continue;
      }
      const a = n.attribs;
      const source = n.children.find((c): c is Element => isTag(c) && c.name === 'source')?.attribs.src;
      const titled = n.children.find((c): c is Element => isTag(c) && c.name === 'title');
      const alt = a.alt ?? a.title ?? a['aria-label'] ?? (titled ? textOf(titled.children) : undefined);
      found.push(leftOutSeen(kind, a.src ?? a.data ?? source, alt));
    }
  };
  visit(parseDocument(html).children);
  return found;
}

export function readHtmlRelease(html: string): ReadRelease {
  const leftOut = leftOutOf(html);
  const clean = sanitizeReleaseHtml(html);
  const doc = parseDocument(clean);
  let blocks: SourceBlock[] = [];
  walk(doc.children, blocks, {});
  blocks = listsFromMarkers(blocks);
  const rawLines = blocks.flatMap((b) => (b.kind === 'list' ? b.items : b.kind === 'rule' ? [] : b.lines)).map((l) => l.map((r) => r.text).join(''));
  return { blocks, rawLines, leftOut };
}
