import { BorderStyle, HeadingLevel, Paragraph, type ParagraphChild } from 'docx';
import { run, type DocxContext } from './context.js';
import { logoRun } from './images.js';

const MUTED = '5B6470';

/** The kit's cover: logos, the kit's label, its title, the contents, and the event at the foot. */
export async function coverParagraphs(ctx: DocxContext): Promise<Paragraph[]> {
  const c = ctx.doc.cover;
  if (!c) return [];
  const logos: ParagraphChild[] = [];
  for (const l of c.logos) {
    if (logos.length) logos.push(run(ctx, '      '));
    logos.push(await logoRun(ctx, l, 170, 60));
  }
  const out: Paragraph[] = [];
  if (logos.length) out.push(new Paragraph({ spacing: { after: 1200 }, children: logos }));
  out.push(new Paragraph({ children: [run(ctx, c.kitLabel, { bold: true, allCaps: true, color: ctx.accent })] }));
  out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [run(ctx, c.title)] }));
  if (c.subtitle) out.push(new Paragraph({ style: 'Subtitle', children: [run(ctx, c.subtitle)] }));
  out.push(new Paragraph({ spacing: { before: 600 }, children: [run(ctx, ctx.doc.labels.contents, { bold: true })] }));
  for (const s of ctx.doc.sections) {
    out.push(new Paragraph({ children: [run(ctx, s.type === 'release' ? s.headline : s.title, { color: MUTED })] }));
  }
  const when = [c.dateText, c.location].filter(Boolean).join(' · ');
  out.push(
    new Paragraph({
      spacing: { before: 1200 },
      border: { top: { style: BorderStyle.SINGLE, size: 12, color: ctx.accent, space: 8 } },
      children: [run(ctx, c.eventLine, { bold: true, size: 26 })],
    }),
  );
  if (when) out.push(new Paragraph({ children: [run(ctx, when, { color: MUTED })] }));
  return out;
}
