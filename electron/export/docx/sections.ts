import { AlignmentType, BorderStyle, HeadingLevel, Paragraph, Table, TableCell, TableRow, WidthType, type ParagraphChild } from 'docx';
import type { Boilerplate, ContactSheetSection, KitContact, KitSectionDoc, LogoSheetSection, ReleaseSection } from '../kit-document.js';
import { blockParagraphs } from './blocks.js';
import { link, run, type DocxContext } from './context.js';
import { logoRun } from './images.js';

/** The sections of a kit (or the one release of a release export) as Word paragraphs and tables. */

export type BodyElement = Paragraph | Table;

const MUTED = '5B6470';

function heading1(ctx: DocxContext, text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(ctx, text)] });
}

/** A contact under a release: one line each, kept together with the next so a card never splits. */
function contactParagraphs(ctx: DocxContext, c: KitContact): Paragraph[] {
  const lines: ParagraphChild[][] = [[run(ctx, c.name, { bold: true })]];
  if (c.title) lines.push([run(ctx, c.title)]);
  if (c.organization) lines.push([run(ctx, c.organization)]);
  for (const p of c.phones) lines.push([run(ctx, p)]);
  for (const e of c.emails) lines.push([link(ctx, `mailto:${e}`, e)]);
  return lines.map((children, i) => new Paragraph({ children, spacing: { after: i === lines.length - 1 ? 160 : 0 }, keepNext: i < lines.length - 1 }));
}

function boilerplateParagraphs(ctx: DocxContext, b: Boilerplate): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [run(ctx, b.heading)] }),
    ...b.paragraphs.map((p) => new Paragraph({ children: [run(ctx, p, { size: 19 })] })),
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
  out.push(heading1(ctx, s.headline));
  if (s.subheadline) out.push(new Paragraph({ style: 'Subtitle', children: [run(ctx, s.subheadline)] }));
  out.push(...blockParagraphs(ctx, s.body, s.datelineText));
  for (const b of s.boilerplates) out.push(...boilerplateParagraphs(ctx, b));
  out.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 280, after: 280 }, children: [run(ctx, s.endMark, { bold: true })] }));
  if (s.contacts.length) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [run(ctx, s.contactsHeading)] }));
    for (const c of s.contacts) out.push(...contactParagraphs(ctx, c));
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

function cell(children: Paragraph[], widthPct: number): TableCell {
  return new TableCell({ children, width: { size: widthPct, type: WidthType.PERCENTAGE } });
}

/** The contact sheet: a table whose header row repeats on every page and whose rows never split. */
function contactSheet(ctx: DocxContext, s: ContactSheetSection): BodyElement[] {
  const head = (t: string) => new Paragraph({ children: [run(ctx, t, { bold: true, color: ctx.accent, size: 18 })] });
  const rows = [
    new TableRow({
      tableHeader: true,
      children: [
        cell([head(`${s.columns.name} · ${s.columns.title}`)], 34),
        cell([head(s.columns.organization)], 22),
        cell([head(s.columns.email)], 26),
        cell([head(s.columns.phone)], 18),
      ],
    }),
    ...s.contacts.map(
      (c) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell([new Paragraph({ children: [run(ctx, c.name, { bold: true })] }), new Paragraph({ children: [run(ctx, c.title, { size: 18 })] })], 34),
            cell([new Paragraph({ children: [run(ctx, c.organization, { size: 18 })] })], 22),
            cell(c.emails.length ? c.emails.map((e) => new Paragraph({ children: [link(ctx, `mailto:${e}`, e)] })) : [new Paragraph({})], 26),
            cell(c.phones.length ? c.phones.map((p) => new Paragraph({ children: [run(ctx, p, { size: 18 })] })) : [new Paragraph({})], 18),
          ],
        }),
    ),
  ];
  return [heading1(ctx, s.title), new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } })];
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
