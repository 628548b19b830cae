import { BorderStyle, HeadingLevel, LeaderType, Paragraph, TabStopType, TableOfContents, Tab, TextRun, type ParagraphChild } from 'docx';
import type { KitSectionDoc } from '../kit-document.js';
import { run, type DocxContext } from './context.js';
import { logoRun } from './images.js';
import { TEXT_WIDTH_TWIPS } from './sections.js';

const MUTED = '5B6470';

/**
 * Where the contents go: on the cover, on a page of their own after it (when they would push the
 * event line off the cover, as the PDF does), or `sample`: on the cover, with made-up page numbers,
 * to lay the cover out and see whether it fits (render.ts).
 */
export type ContentsPlace = 'cover' | 'own-page' | 'sample';

/** What the contents list: the sections' titles, which sections.ts writes as Heading 1 (an untitled text section has none). */
export function contentsTitles(sections: readonly KitSectionDoc[]): string[] {
  return sections.map((s) => (s.type === 'release' ? s.headline : s.title)).filter((t) => t.trim() !== '');
}

/**
 * The kit's contents as Word's own table of contents: a TOC field over the Heading 1 paragraphs (each
 * section's title: a release's headline, the logo and contact sheets', the About and text sections'),
 * its entries linked to them. docx fills the entries in from the headings and the document's
 * `pageNumbers` (render.ts) writes their page numbers, so the field is written clean: Word shows it as
 * it is, without the "fields that may refer to other files" prompt that would alarm a journalist, and
 * Update Table still works; LibreOffice, Pages, Google Docs and viewers show the same entries.
 */
function contents(ctx: DocxContext, place: ContentsPlace): Array<Paragraph | TableOfContents> {
  // A kit of untitled sections only has nothing to list: no "Contents" over an empty field.
  if (!contentsTitles(ctx.doc.sections).length) return [];
  const heading = new Paragraph({
    style: 'TOCHeading',
    ...(place === 'own-page' ? { pageBreakBefore: true, spacing: { before: 0 } } : {}),
    children: [run(ctx, ctx.doc.labels.contents)],
  });
  if (place === 'sample') {
    // The entries as docx writes them (TOC 1, the number at a right tab with dots at the text's edge),
    // with numbers as wide as a long kit's, so they wrap as the real ones will.
    const tabStops = [{ type: TabStopType.RIGHT, position: TEXT_WIDTH_TWIPS[ctx.doc.pageSize], leader: LeaderType.DOT }];
    return [heading, ...contentsTitles(ctx.doc.sections).map((title) => new Paragraph({ style: 'TOC1', tabStops, children: [new TextRun({ children: [title, new Tab(), '88'] })] }))];
  }
  return [heading, new TableOfContents(ctx.doc.labels.contents, { hyperlink: true, headingStyleRange: '1-1', hideTabAndPageNumbersInWebView: true })];
}

/** The kit's cover: logos, the kit's label, its title, the contents, and the event at the foot. */
export async function coverParagraphs(ctx: DocxContext, place: ContentsPlace): Promise<Array<Paragraph | TableOfContents>> {
  const c = ctx.doc.cover;
  if (!c) return [];
  const logos: ParagraphChild[] = [];
  for (const l of c.logos) {
    if (logos.length) logos.push(run(ctx, '      '));
    logos.push(await logoRun(ctx, l, 170, 60));
  }
  const out: Array<Paragraph | TableOfContents> = [];
  if (logos.length) out.push(new Paragraph({ spacing: { after: 1200 }, children: logos }));
  out.push(new Paragraph({ children: [run(ctx, c.kitLabel, { bold: true, allCaps: true, color: ctx.accent })] }));
  out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [run(ctx, c.title)] }));
  if (c.subtitle) out.push(new Paragraph({ style: 'Subtitle', children: [run(ctx, c.subtitle)] }));
  if (place !== 'own-page') out.push(...contents(ctx, place));
  const when = [c.dateText, c.location].filter(Boolean).join(' · ');
  out.push(
    new Paragraph({
      spacing: { before: 1200 },
      border: { top: { style: BorderStyle.SINGLE, size: 12, color: ctx.accent, space: 8 } },
      children: [run(ctx, c.eventLine, { bold: true, size: 26 })],
    }),
  );
  if (when) out.push(new Paragraph({ children: [run(ctx, when, { color: MUTED })] }));
  if (place === 'own-page') out.push(...contents(ctx, place));
  return out;
}
