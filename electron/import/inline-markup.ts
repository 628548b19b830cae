import type { Inline } from '../model/index.js';
import { safeHref } from './safe-href.js';
import { tidyInlines } from './source-blocks.js';

interface Marks {
  bold?: boolean;
  italic?: boolean;
  href?: string;
}

/*
 * The light markup officers type in plain-text releases and emails: **bold**, __bold__, *italic*,
 * _italic_, [text](url), and bare web addresses. Underscores inside words (e-mail addresses) stay text.
 */
const TOKEN =
  /\*\*(?<b1>[^*]+?)\*\*|(?<![\p{L}\p{N}_])__(?<b2>[^_]+?)__(?![\p{L}\p{N}_])|\[(?<lt>[^\]]+)\]\((?<lu>[^)\s]+)\)|(?<![\p{L}\p{N}*])\*(?!\s)(?<i1>[^*]+?)(?<!\s)\*(?![\p{L}\p{N}*])|(?<![\p{L}\p{N}_@.])_(?!\s)(?<i2>[^_]+?)(?<!\s)_(?![\p{L}\p{N}_])|(?<url>https?:\/\/[^\s<>()]*[^\s<>().,;:!?'"»”])/u;

export function parseInlineMarkup(text: string, marks: Marks = {}): Inline[] {
  const out: Inline[] = [];
  let rest = text;
  for (;;) {
    const m = TOKEN.exec(rest);
    if (!m || !m.groups) {
      if (rest) out.push({ text: rest, ...marks });
      break;
    }
    if (m.index > 0) out.push({ text: rest.slice(0, m.index), ...marks });
    const g = m.groups;
    const bold = g.b1 ?? g.b2;
    const italic = g.i1 ?? g.i2;
    if (bold !== undefined) out.push(...parseInlineMarkup(bold, { ...marks, bold: true }));
    else if (italic !== undefined) out.push(...parseInlineMarkup(italic, { ...marks, italic: true }));
    else if (g.lt !== undefined) {
      const href = safeHref(g.lu);
      out.push(...parseInlineMarkup(g.lt, href ? { ...marks, href } : marks));
    } else if (g.url !== undefined) {
      const href = safeHref(g.url);
      out.push(href ? { text: g.url, ...marks, href } : { text: g.url, ...marks });
    }
    rest = rest.slice(m.index + m[0].length);
  }
  return tidyInlines(out);
}
