import { HeadingLevel, Paragraph, type ParagraphChild } from 'docx';
import type { Block } from '../../model/index.js';
import { inlineRuns, run, type DocxContext } from './context.js';

/**
 * A release's or a text section's body as Word paragraphs in Word's own styles (Heading 2/3, List
 * Bullet, List Number, Quote). The dateline runs into the first paragraph, as wire releases print it.
 */
export function blockParagraphs(ctx: DocxContext, body: readonly Block[], dateline = '', options: { keepLastWithNext?: boolean } = {}): Paragraph[] {
  const out: Paragraph[] = [];
  // The last block stays whole and on the page of what follows it (a release's end mark and contacts).
  const keep = (n: number) => (options.keepLastWithNext && n === body.length - 1 ? { keepNext: true, keepLines: true } : {});
  let datelineUsed = !dateline;
  const datelineRuns = (): ParagraphChild[] => {
    if (datelineUsed) return [];
    datelineUsed = true;
    return [run(ctx, `${dateline} `, { bold: true })];
  };
  body.forEach((b, at) => {
    switch (b.type) {
      case 'paragraph':
        out.push(new Paragraph({ ...keep(at), children: [...datelineRuns(), ...inlineRuns(ctx, b.content)] }));
        break;
      case 'heading':
        out.push(new Paragraph({ heading: b.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: inlineRuns(ctx, b.content) }));
        break;
      case 'list': {
        const instance = ctx.nextListInstance++;
        b.items.forEach((item, n) => {
          out.push(
            new Paragraph({
              style: b.ordered ? 'ListNumber' : 'ListBullet',
              // The list ends with the space a paragraph ends with, so the next paragraph does not stick to it.
              ...(n === b.items.length - 1 ? { spacing: { after: 140 } } : {}),
              numbering: { reference: b.ordered ? 'numbers' : 'bullets', level: 0, instance },
              ...(n === b.items.length - 1 ? keep(at) : {}),
              children: inlineRuns(ctx, item),
            }),
          );
        });
        break;
      }
      case 'quote':
        out.push(new Paragraph({ style: 'Quote', ...(b.attribution ? { keepNext: true } : keep(at)), children: inlineRuns(ctx, b.content) }));
        if (b.attribution) out.push(new Paragraph({ style: 'Quote', ...keep(at), children: [run(ctx, `— ${b.attribution}`, { italics: false })] }));
        break;
    }
  });
  if (!datelineUsed) out.unshift(new Paragraph({ children: datelineRuns() }));
  return out;
}
