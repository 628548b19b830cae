import type { Block, Inline } from '../../electron/model/blocks.js';

/** The subset of ProseMirror/TipTap JSON the release editor produces and reads. */
export interface TipMark {
  type: string;
  attrs?: Record<string, unknown>;
}
export interface TipNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: TipNode[];
  text?: string;
  marks?: TipMark[];
}

const SAFE_HREF = /^(https?:\/\/|mailto:)/i;
const ATTRIBUTION = /^\s*[—–-]\s*/;

function inlineToTip(runs: readonly Inline[]): TipNode[] {
  const out: TipNode[] = [];
  for (const run of runs) {
    if (!run.text) continue;
    const marks: TipMark[] = [];
    if (run.bold) marks.push({ type: 'bold' });
    if (run.italic) marks.push({ type: 'italic' });
    if (run.href) marks.push({ type: 'link', attrs: { href: run.href } });
    // A newline inside a run is a line break the author typed (Shift+Enter).
    run.text.split('\n').forEach((part, i) => {
      if (i > 0) out.push({ type: 'hardBreak' });
      if (part) out.push(marks.length ? { type: 'text', text: part, marks } : { type: 'text', text: part });
    });
  }
  return out;
}

function paragraph(runs: readonly Inline[]): TipNode {
  const content = inlineToTip(runs);
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
}

export function blocksToTiptap(blocks: readonly Block[]): TipNode {
  const content: TipNode[] = blocks.map((b): TipNode => {
    switch (b.type) {
      case 'paragraph':
        return paragraph(b.content);
      case 'heading': {
        const c = inlineToTip(b.content);
        return c.length ? { type: 'heading', attrs: { level: b.level }, content: c } : { type: 'heading', attrs: { level: b.level } };
      }
      case 'list':
        return {
          type: b.ordered ? 'orderedList' : 'bulletList',
          content: b.items.map((item) => ({ type: 'listItem', content: [paragraph(item)] })),
        };
      case 'quote': {
        const paras = [paragraph(b.content)];
        if (b.attribution) paras.push(paragraph([{ text: `— ${b.attribution}` }]));
        return { type: 'blockquote', content: paras };
      }
      case 'table':
        // Kept whole in the editor (table-node.ts): its cells travel in the node's attributes.
        return { type: 'releaseTable', attrs: { header: b.header, rows: b.rows } };
    }
  });
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] };
}

function sameStyle(a: Inline, b: Inline): boolean {
  return !!a.bold === !!b.bold && !!a.italic === !!b.italic && a.href === b.href;
}

function tipToInline(nodes: readonly TipNode[] | undefined): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes ?? []) {
    let run: Inline;
    if (node.type === 'hardBreak') run = { text: '\n' };
    else if (node.type === 'text' && node.text) {
      run = { text: node.text };
      for (const mark of node.marks ?? []) {
        if (mark.type === 'bold') run.bold = true;
        if (mark.type === 'italic') run.italic = true;
        const href = mark.attrs?.href;
        if (mark.type === 'link' && typeof href === 'string' && SAFE_HREF.test(href)) run.href = href;
      }
    } else continue;
    const last = out[out.length - 1];
    // A break joins whatever style surrounds it; otherwise merge only runs that look the same.
    if (last && (run.text === '\n' || sameStyle(last, run))) last.text += run.text;
    else out.push(run);
  }
  return out;
}

/** Text of every inline descendant: list items and quotes may nest paragraphs. */
function flattenParagraphs(node: TipNode): Inline[][] {
  if (node.type === 'paragraph' || node.type === 'heading') return [tipToInline(node.content)];
  return (node.content ?? []).flatMap(flattenParagraphs);
}

function joinParagraphs(paras: Inline[][]): Inline[] {
  const out: Inline[] = [];
  paras.forEach((p, i) => {
    if (i > 0 && p.length) out.push({ text: ' ' });
    out.push(...p);
  });
  return tipToInline(out.map((r) => ({ type: 'text', text: r.text, marks: marksOf(r) })));
}

function marksOf(r: Inline): TipMark[] {
  const m: TipMark[] = [];
  if (r.bold) m.push({ type: 'bold' });
  if (r.italic) m.push({ type: 'italic' });
  if (r.href) m.push({ type: 'link', attrs: { href: r.href } });
  return m;
}

function isEmpty(runs: readonly Inline[]): boolean {
  return runs.every((r) => !r.text.trim());
}

/** A table node's rows as the model holds them, or null when they are not rows of cells of runs (then it is not saved). */
function tableRows(value: unknown): Inline[][][] | null {
  const isRun = (r: unknown): r is Inline => {
    if (typeof r !== 'object' || r === null) return false;
    const { text, bold, italic, href } = r as Record<string, unknown>;
    return typeof text === 'string' && (bold === undefined || typeof bold === 'boolean') && (italic === undefined || typeof italic === 'boolean') && (href === undefined || (typeof href === 'string' && SAFE_HREF.test(href)));
  };
  if (!Array.isArray(value) || !value.length) return null;
  const ok = value.every((row) => Array.isArray(row) && row.every((cell) => Array.isArray(cell) && cell.every(isRun)));
  return ok ? (value as Inline[][][]) : null;
}

export function tiptapToBlocks(doc: TipNode): Block[] {
  const blocks: Block[] = [];
  for (const node of doc.content ?? []) {
    switch (node.type) {
      case 'paragraph': {
        const content = tipToInline(node.content);
        if (!isEmpty(content)) blocks.push({ type: 'paragraph', content });
        break;
      }
      case 'heading': {
        const raw = Number(node.attrs?.level ?? 2);
        const content = tipToInline(node.content);
        if (!isEmpty(content)) blocks.push({ type: 'heading', level: raw <= 2 ? 2 : 3, content });
        break;
      }
      case 'bulletList':
      case 'orderedList': {
        const items = (node.content ?? []).map((li) => joinParagraphs(flattenParagraphs(li))).filter((i) => !isEmpty(i));
        if (items.length) blocks.push({ type: 'list', ordered: node.type === 'orderedList', items });
        break;
      }
      case 'blockquote': {
        const paras = flattenParagraphs(node).filter((p) => !isEmpty(p));
        let attribution: string | undefined;
        const last = paras[paras.length - 1];
        if (paras.length > 1 && last && ATTRIBUTION.test(last.map((r) => r.text).join(''))) {
          attribution = last.map((r) => r.text).join('').replace(ATTRIBUTION, '').trim();
          paras.pop();
        }
        const content = joinParagraphs(paras);
        if (!isEmpty(content)) blocks.push(attribution ? { type: 'quote', content, attribution } : { type: 'quote', content });
        break;
      }
      case 'releaseTable': {
        const rows = tableRows(node.attrs?.rows);
        if (rows) blocks.push({ type: 'table', header: node.attrs?.header === true, rows });
        break;
      }
      default: {
        const content = joinParagraphs(flattenParagraphs(node));
        if (!isEmpty(content)) blocks.push({ type: 'paragraph', content });
      }
    }
  }
  return blocks;
}

/** Words as a reader counts them; Japanese has no spaces, so each CJK character counts as one. */
export function countWords(text: string): number {
  const cjk = text.match(/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0;
  const rest = text.replace(/[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/g, ' ');
  const words = rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return words + cjk;
}
