import { HeadingLevel, Paragraph, Table, TableCell, TableRow, WidthType, type ParagraphChild } from 'docx';
import type { Block, Table as TableBlock } from '../../model/index.js';
import { inlineRuns, run, type DocxContext } from './context.js';

/**
 * A release's or a text section's body as Word paragraphs in Word's own styles (Heading 2/3, List
 * Bullet, List Number, Quote). The dateline runs into the first paragraph, as wire releases print it.
 */
/** A release's table as a Word table: the header row repeats on each page, rows never split. */
function wordTable(ctx: DocxContext, t: TableBlock): Table {
  const width = Math.max(...t.rows.map((r) => r.length));
  const rows = t.rows.map(
    (r, n) =>
      new TableRow({
        tableHeader: t.header && n === 0,
        cantSplit: true,
        children: Array.from({ length: width }, (_, c) => {
          const content = r[c] ?? [];
          const runs = t.header && n === 0 ? content.map((i) => ({ ...i, bold: true })) : content;
          return new TableCell({ children: [new Paragraph({ spacing: { after: 40 }, children: inlineRuns(ctx, runs) })], margins: { top: 40, bottom: 40, left: 80, right: 80 } });
        }),
      }),
  );
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } });
}

export function blockParagraphs(ctx: DocxContext, body: readonly Block[], dateline = '', options: { keepLastWithNext?: boolean } = {}): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  // The last block stays whole and on the page of what follows it (a release's end mark and contacts).
  const keep = (n: number) => (options.keepLastWithNext && n === body.length - 1 ? { keepNext: true, keepLines: true } : {});
  let datelineUsed = !dateline;
  const datelineRuns = (): ParagraphChild[] => {
    if (datelineUsed) return [];
    datelineUsed = true;
    return [run(ctx, dateline.endsWith('】') ? dateline : `${dateline} `, { bold: true })];
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
      case 'table':
        out.push(wordTable(ctx, b));
        // Word needs a paragraph between a table and what follows; it also gives the table its space after.
        out.push(new Paragraph({ spacing: { after: 60 }, ...keep(at), children: [] }));
        break;
    }
  });
  if (!datelineUsed) out.unshift(new Paragraph({ children: datelineRuns() }));
  return out;
}
