import { ExternalHyperlink, TextRun, type ParagraphChild } from 'docx';
import type { Inline } from '../../model/index.js';
import type { FileSource, KitDocument } from '../kit-document.js';

/** What the parts of the DOCX writer share while one document is written. */
export interface DocxContext {
  doc: KitDocument;
  files: FileSource;
  /** The w:lang of the current section's runs (Word's tag: ja-JP, fr-CA…). */
  lang: string;
  /** The kit's accent colour, as Word writes colours (hex, no #). */
  accent: string;
  /** Each list gets its own numbering instance, so every numbered list restarts at 1. */
  nextListInstance: number;
  /** Logo files by hash, read once per document; all are asked for at the start, so the reads overlap. */
  images: Map<string, Promise<Uint8Array>>;
  /** PNG renderings of SVG and WebP logos, by hash, for this document. */
  rasters: Map<string, Uint8Array>;
}

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  /** Half-points, as Word counts font sizes. */
  size?: number;
  /** A character style, such as Hyperlink. */
  style?: string;
  allCaps?: boolean;
}

/**
 * A run of text in the current section's language: Word spell-checks each run in its own language,
 * and East Asian text (a Japanese name in a French release) as Japanese.
 */
export function run(ctx: DocxContext, text: string, style: RunStyle = {}): TextRun {
  return new TextRun({ text, ...style, language: { value: ctx.lang, eastAsia: 'ja-JP' } });
}

export function link(ctx: DocxContext, href: string, text: string, style: RunStyle = {}): ExternalHyperlink {
  return new ExternalHyperlink({ link: href, children: [run(ctx, text, { ...style, style: 'Hyperlink' })] });
}

export function inlineRuns(ctx: DocxContext, content: readonly Inline[]): ParagraphChild[] {
  return content.map((i) => {
    const style: RunStyle = { ...(i.bold ? { bold: true } : {}), ...(i.italic ? { italics: true } : {}) };
    return i.href ? link(ctx, i.href, i.text, style) : run(ctx, i.text, style);
  });
}
