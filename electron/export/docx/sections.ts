import { AlignmentType, BorderStyle, HeadingLevel, Paragraph, Table, TableCell, TableLayoutType, TableOfContents, TableRow, WidthType, type ParagraphChild } from 'docx';
import { contactColumns, headerWidthPt } from '../contact-columns.js';
import type { Boilerplate, ContactSheetSection, KitContact, KitSectionDoc, LogoSheetSection, ReleaseSection } from '../kit-document.js';
import { blockParagraphs } from './blocks.js';
import { link, run, type DocxContext, type RunStyle } from './context.js';
import { logoRun } from './images.js';

/** The sections of a kit (or the one release of a release export) as Word paragraphs and tables. */

export type BodyElement = Paragraph | Table | TableOfContents;

const MUTED = '5B6470';

function heading1(ctx: DocxContext, text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(ctx, text)] });
}

/**
 * A contact under a release: one line each, kept together with the next so a card never splits;
 * `last`: the release's last card, which ends the chain that keeps the end mark and contacts together.
 */
function contactParagraphs(ctx: DocxContext, c: KitContact, last: boolean): Paragraph[] {
  const lines: ParagraphChild[][] = [[run(ctx, c.name, { bold: true })]];
  if (c.title) lines.push([run(ctx, c.title)]);
  if (c.organization) lines.push([run(ctx, c.organization)]);
  for (const p of c.phones) lines.push([run(ctx, p)]);
  for (const e of c.emails) lines.push([link(ctx, `mailto:${e}`, e)]);
  return lines.map((children, i) => new Paragraph({ children, spacing: { after: i === lines.length - 1 ? 160 : 0 }, keepNext: !last || i < lines.length - 1 }));
}

/** An About text stays whole (heading, paragraphs); `keepWithNext`: and on the page of what follows it. */
function boilerplateParagraphs(ctx: DocxContext, b: Boilerplate, keepWithNext = false): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [run(ctx, b.heading)] }),
    ...b.paragraphs.map((p, n) => new Paragraph({ keepLines: true, keepNext: keepWithNext || n < b.paragraphs.length - 1, children: [run(ctx, p, { size: 19 })] })),
  ];
}

async function releaseSection(ctx: DocxContext, s: ReleaseSection): Promise<BodyElement[]> {
  const out: BodyElement[] = [];
  const logos: ParagraphChild[] = [];
  for (const l of s.headerLogos) {
    if (logos.length) logos.push(run(ctx, '    '));
    logos.push(await logoRun(ctx, l, 130, 36));
  }
  if (logos.length) out.push(new Paragraph({ children: logos, spacing: { after: 120 } }));
  out.push(
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: ctx.accent, space: 4 } },
      spacing: { after: 240 },
      children: [run(ctx, s.label, { bold: true, allCaps: true, color: ctx.accent, size: 19 })],
    }),
  );
  if (s.addressee) out.push(new Paragraph({ children: [run(ctx, s.addressee, { bold: true })] }));
  out.push(new Paragraph({ spacing: { after: 200 }, children: [run(ctx, s.timingLine, { bold: true, size: 19 })] }));
  if (s.dateLine) out.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(ctx, s.dateLine)] }));
  out.push(heading1(ctx, s.headline));
  if (s.subheadline) out.push(new Paragraph({ style: 'Subtitle', children: [run(ctx, s.subheadline)] }));
  // The end mark is kept with the text before it, and the contacts with the end mark (#16): the
  // chain of keep-with-next ends at the last contact, so Word moves them to a page together.
  const tail = s.contacts.length > 0 || s.contactsElsewhere !== '';
  const endMark = (keepNext: boolean) =>
    new Paragraph({ alignment: AlignmentType.CENTER, keepNext, keepLines: true, spacing: { before: 280, after: 280 }, children: [run(ctx, s.endMark, { bold: true })] });
  if (s.notes) {
    // UK style: ENDS, then "Notes to editors" with the notes and the About sections under them.
    out.push(...blockParagraphs(ctx, s.body, s.datelineText, { keepLastWithNext: true }));
    out.push(endMark(true));
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [run(ctx, s.notes.heading)] }));
    out.push(...blockParagraphs(ctx, s.notes.body));
    s.boilerplates.forEach((b, n) => out.push(...boilerplateParagraphs(ctx, b, tail && n === s.boilerplates.length - 1)));
  } else {
    out.push(...blockParagraphs(ctx, s.body, s.datelineText, { keepLastWithNext: !s.boilerplates.length }));
    s.boilerplates.forEach((b, n) => out.push(...boilerplateParagraphs(ctx, b, n === s.boilerplates.length - 1)));
    out.push(endMark(tail));
  }
  if (s.contacts.length) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [run(ctx, s.contactsHeading)] }));
    s.contacts.forEach((c, n) => out.push(...contactParagraphs(ctx, c, n === s.contacts.length - 1)));
  } else if (s.contactsElsewhere) {
    out.push(new Paragraph({ children: [run(ctx, s.contactsElsewhere, { color: MUTED, size: 19 })] }));
  }
  return out;
}

async function logoSheet(ctx: DocxContext, s: LogoSheetSection): Promise<BodyElement[]> {
  const out: BodyElement[] = [heading1(ctx, s.title)];
  for (const l of s.logos) {
    out.push(new Paragraph({ keepNext: true, spacing: { before: 240 }, children: [await logoRun(ctx, l, 200, 80)] }));
    out.push(new Paragraph({ keepNext: true, children: [run(ctx, l.name, { bold: true })] }));
    out.push(new Paragraph({ children: [run(ctx, [l.organization, l.variant, l.caption].filter(Boolean).join(' · '), { color: MUTED, size: 18 })] }));
  }
  return out;
}

/** The text block's width in twips: the page less the 20 mm margins (render.ts). */
export const TEXT_WIDTH_TWIPS = { letter: 12240 - 2 * 1134, a4: 11906 - 2 * 1134 } as const;
/** One size for every run and paragraph mark of the contact table (9 pt, in half-points). */
const TABLE_SIZE = 18;

function cell(children: Paragraph[], twips: number): TableCell {
  return new TableCell({ children, width: { size: twips, type: WidthType.DXA } });
}

/**
 * The contact sheet: a table whose header row repeats on every page and whose rows never split, its
 * columns sized from their content (contact-columns.ts) so an address stays on one line.
 */
function contactSheet(ctx: DocxContext, s: ContactSheetSection): BodyElement[] {
  const total = TEXT_WIDTH_TWIPS[ctx.doc.pageSize];
  // Sized a little wide: Word shows Calibri, but LibreOffice without it substitutes a wider face
  // (DejaVu Sans), and an address or a phone number must stay on one line in both.
  const SLACK = 1.15;
  // Headers are bold: in DejaVu Sans Bold about 1.45 times the estimate.
  const header = (t: string) => headerWidthPt(t, TABLE_SIZE / 2) * 1.45;
  const widths = contactColumns(s.contacts, ctx.doc.pageSize, (TABLE_SIZE / 2) * SLACK, {
    organization: header(s.columns.organization),
    email: header(s.columns.email),
    phone: header(s.columns.phone),
  }).widths.map((pct) => Math.round((pct / 100) * total));
  const [wName = 0, wOrg = 0, wEmail = 0, wPhone = 0] = widths;
  // The paragraph marks too: Word sizes a cell's last line (an empty cell's only one) by its mark, and
  // shows no size for a selection whose marks differ from its text.
  const mark = { run: { size: TABLE_SIZE } };
  const head = (t: string) => new Paragraph({ ...mark, keepNext: true, children: [run(ctx, t, { bold: true, color: ctx.accent, size: TABLE_SIZE })] });
  const text = (t: string, style: RunStyle = {}) => new Paragraph({ ...mark, children: [run(ctx, t, { size: TABLE_SIZE, ...style })] });
  const rows = [
    new TableRow({
      tableHeader: true,
      children: [
        cell([head(`${s.columns.name} · ${s.columns.title}`)], wName),
        cell([head(s.columns.organization)], wOrg),
        cell([head(s.columns.email)], wEmail),
        cell([head(s.columns.phone)], wPhone),
      ],
    }),
    ...s.contacts.map(
      (c) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell([text(c.name, { bold: true }), text(c.title)], wName),
            cell([text(c.organization)], wOrg),
            cell(c.emails.length ? c.emails.map((e) => new Paragraph({ ...mark, children: [link(ctx, `mailto:${e}`, e, { size: TABLE_SIZE })] })) : [text('')], wEmail),
            cell(c.phones.length ? c.phones.map((p) => text(p)) : [text('')], wPhone),
          ],
        }),
    ),
  ];
  return [
    heading1(ctx, s.title),
    new Table({ rows, columnWidths: widths, layout: TableLayoutType.FIXED, width: { size: total, type: WidthType.DXA } }),
  ];
}

export async function sectionBody(ctx: DocxContext, s: KitSectionDoc): Promise<BodyElement[]> {
  switch (s.type) {
    case 'release':
      return releaseSection(ctx, s);
    case 'logos':
      return logoSheet(ctx, s);
    case 'contacts':
      return contactSheet(ctx, s);
    case 'boilerplates':
      return [heading1(ctx, s.title), ...s.boilerplates.flatMap((b) => boilerplateParagraphs(ctx, b))];
    case 'text':
      return [...(s.title ? [heading1(ctx, s.title)] : []), ...blockParagraphs(ctx, s.body)];
  }
}
