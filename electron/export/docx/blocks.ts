import { HeadingLevel, Paragraph, type ParagraphChild } from 'docx';
import type { Block } from '../../model/index.js';
import { inlineRuns, run, type DocxContext } from './context.js';

/**
 * A release's or a text section's body as Word paragraphs in Word's own styles (Heading 2/3, List
 * Bullet, List Number, Quote). The dateline runs into the first paragraph, as wire releases print it.
 */
export function blockParagraphs(ctx: DocxContext, body: readonly Block[], dateline = ''): Paragraph[] {
  const out: Paragraph[] = [];
  let datelineUsed = !dateline;
  const datelineRuns = (): ParagraphChild[] => {
    if (datelineUsed) return [];
    datelineUsed = true;
    return [run(ctx, `${dateline} `, { bold: true })];
  };
  for (const b of body) {
    switch (b.type) {
      case 'paragraph':
        out.push(new Paragraph({ children: [...datelineRuns(), ...inlineRuns(ctx, b.content)] }));
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
              children: inlineRuns(ctx, item),
            }),
          );
        });
        break;
      }
      case 'quote':
        out.push(new Paragraph({ style: 'Quote', children: inlineRuns(ctx, b.content) }));
        if (b.attribution) out.push(new Paragraph({ style: 'Quote', children: [run(ctx, `— ${b.attribution}`, { italics: false })] }));
        break;
    }
  }
  if (!datelineUsed) out.unshift(new Paragraph({ children: datelineRuns() }));
  return out;
}
