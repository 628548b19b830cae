import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  XmlComponent,
  type ParagraphChild,
} from 'docx';
import sharp from 'sharp';
import type { Block, Inline } from '../../../electron/model/index.js';
import { officeLangTag } from '../../../electron/locale/index.js';
import type {
  Boilerplate,
  FileSource,
  ImageRef,
  KitContact,
  KitDocument,
  KitSectionDoc,
  ReleaseSection,
} from '../../../electron/export/kit-document.js';

/**
 * The DOCX writer: a file a Word user keeps editing. Word's own style names (Title, Subtitle,
 * Heading 1/2, List Bullet, List Number, Quote), real numbering with one instance per list so each
 * numbered list restarts at 1, hyperlinks, embedded logos, page numbers, and w:lang on every run.
 */

const BODY_FONT = { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Calibri', eastAsia: 'Yu Gothic' };
const HEAD_FONT = { ascii: 'Calibri Light', hAnsi: 'Calibri Light', cs: 'Calibri Light', eastAsia: 'Yu Gothic' };
/** SVG logos are rasterized for Word versions that cannot show SVG, at print resolution. */
const PRINT_DPI = 300;
const PX_PER_INCH = 96;

interface Ctx {
  doc: KitDocument;
  files: FileSource;
  /** The w:lang of the current section's runs. */
  lang: string;
  accent: string;
  nextListInstance: number;
  images: Map<string, Uint8Array>;
  rasters: Map<string, Uint8Array>;
}

function run(ctx: Ctx, text: string, opts: { bold?: boolean; italics?: boolean; color?: string; size?: number; style?: string; allCaps?: boolean } = {}): TextRun {
  return new TextRun({
    text,
    ...opts,
    language: { value: ctx.lang, eastAsia: 'ja-JP' },
  });
}

function inlineRuns(ctx: Ctx, content: readonly Inline[]): ParagraphChild[] {
  return content.map((i) => {
    const r = run(ctx, i.text, {
      ...(i.bold ? { bold: true } : {}),
      ...(i.italic ? { italics: true } : {}),
      ...(i.href ? { style: 'Hyperlink' } : {}),
    });
    return i.href ? new ExternalHyperlink({ link: i.href, children: [r] }) : r;
  });
}

function link(ctx: Ctx, href: string, text: string): ExternalHyperlink {
  return new ExternalHyperlink({ link: href, children: [run(ctx, text, { style: 'Hyperlink' })] });
}

function blocksToParagraphs(ctx: Ctx, body: readonly Block[], dateline = ''): Paragraph[] {
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
        out.push(
          new Paragraph({
            heading: b.level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
            children: inlineRuns(ctx, b.content),
          }),
        );
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

async function imageBytes(ctx: Ctx, ref: ImageRef): Promise<Uint8Array> {
  let b = ctx.images.get(ref.sha256);
  if (!b) {
    b = await ctx.files.read(ref.sha256);
    ctx.images.set(ref.sha256, b);
  }
  return b;
}

/** Fits a logo in a box (points), keeping its proportions; sizes are returned in CSS pixels as docx expects. */
function fit(ref: ImageRef, maxWidthPt: number, maxHeightPt: number): { width: number; height: number } {
  const scale = Math.min(maxWidthPt / ref.width, maxHeightPt / ref.height);
  const toPx = PX_PER_INCH / 72;
  return { width: Math.round(ref.width * scale * toPx), height: Math.round(ref.height * scale * toPx) };
}

/**
 * Rasters of SVG and WebP logos, by file hash and width: a file under files/ never changes, and the
 * same logos are exported again and again, so sharp renders each once per process (64 kept).
 */
const RASTER_CACHE = new Map<string, Uint8Array>();

async function image(ctx: Ctx, ref: ImageRef, maxWidthPt: number, maxHeightPt: number): Promise<ImageRun | TextRun> {
  const size = fit(ref, maxWidthPt, maxHeightPt);
  const data = await imageBytes(ctx, ref);
  const altText = { name: ref.name, title: ref.name, description: [ref.organization, ref.variant].filter(Boolean).join(' – ') };
  switch (ref.format) {
    case 'png':
    case 'jpeg':
    case 'gif':
      return new ImageRun({ type: ref.format === 'jpeg' ? 'jpg' : ref.format, data, transformation: size, altText });
    case 'svg':
    case 'webp': {
      let png = ctx.rasters.get(ref.sha256);
      if (!png) {
        const widthPx = Math.max(1, Math.round((size.width / PX_PER_INCH) * PRINT_DPI));
        const key = `${ref.sha256}:${ref.format}:${widthPx}`;
        png = RASTER_CACHE.get(key);
        if (!png) {
          png = new Uint8Array(await sharp(data, { density: PRINT_DPI }).resize({ width: widthPx }).png().toBuffer());
          if (RASTER_CACHE.size >= 64) RASTER_CACHE.delete(RASTER_CACHE.keys().next().value!);
          RASTER_CACHE.set(key, png);
        }
        ctx.rasters.set(ref.sha256, png);
      }
      if (ref.format === 'svg') {
        return new ImageRun({ type: 'svg', data, fallback: { type: 'png', data: png }, transformation: size, altText });
      }
      return new ImageRun({ type: 'png', data: png, transformation: size, altText });
    }
  }
}

function contactParagraphs(ctx: Ctx, c: KitContact): Paragraph[] {
  const lines: ParagraphChild[][] = [[run(ctx, c.name, { bold: true })]];
  if (c.title) lines.push([run(ctx, c.title)]);
  if (c.organization) lines.push([run(ctx, c.organization)]);
  for (const p of c.phones) lines.push([run(ctx, p)]);
  for (const e of c.emails) lines.push([link(ctx, `mailto:${e}`, e)]);
  return lines.map(
    (children, i) => new Paragraph({ children, spacing: { after: i === lines.length - 1 ? 160 : 0 }, keepNext: i < lines.length - 1 }),
  );
}

function boilerplateParagraphs(ctx: Ctx, b: Boilerplate): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [run(ctx, b.heading)] }),
    ...b.paragraphs.map((p) => new Paragraph({ children: [run(ctx, p, { size: 19 })] })),
  ];
}

async function releaseSection(ctx: Ctx, s: ReleaseSection): Promise<Array<Paragraph | Table>> {
  const out: Array<Paragraph | Table> = [];
  const logos: ParagraphChild[] = [];
  for (const l of s.headerLogos) {
    if (logos.length) logos.push(run(ctx, '    '));
    logos.push(await image(ctx, l, 130, 36));
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
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(ctx, s.headline)] }));
  if (s.subheadline) out.push(new Paragraph({ style: 'Subtitle', children: [run(ctx, s.subheadline)] }));
  out.push(...blocksToParagraphs(ctx, s.body, s.datelineText));
  for (const b of s.boilerplates) out.push(...boilerplateParagraphs(ctx, b));
  out.push(
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 280, after: 280 }, children: [run(ctx, s.endMark, { bold: true })] }),
  );
  if (s.contacts.length) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [run(ctx, s.contactsHeading)] }));
    for (const c of s.contacts) out.push(...contactParagraphs(ctx, c));
  }
  return out;
}

function cell(children: Paragraph[], widthPct: number): TableCell {
  return new TableCell({ children, width: { size: widthPct, type: WidthType.PERCENTAGE } });
}

async function sectionBody(ctx: Ctx, s: KitSectionDoc): Promise<Array<Paragraph | Table>> {
  switch (s.type) {
    case 'release':
      return releaseSection(ctx, s);
    case 'logos': {
      const out: Array<Paragraph | Table> = [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(ctx, s.title)] })];
      for (const l of s.logos) {
        out.push(new Paragraph({ keepNext: true, spacing: { before: 240 }, children: [await image(ctx, l, 200, 80)] }));
        out.push(new Paragraph({ keepNext: true, children: [run(ctx, l.name, { bold: true })] }));
        out.push(new Paragraph({ children: [run(ctx, [l.organization, l.variant, l.caption].filter(Boolean).join(' · '), { color: '5B6470', size: 18 })] }));
      }
      return out;
    }
    case 'contacts': {
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
      return [
        new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(ctx, s.title)] }),
        new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } }),
      ];
    }
    case 'boilerplates':
      return [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(ctx, s.title)] }), ...s.boilerplates.flatMap((b) => boilerplateParagraphs(ctx, b))];
    case 'text':
      return [
        ...(s.title ? [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [run(ctx, s.title)] })] : []),
        ...blocksToParagraphs(ctx, s.body),
      ];
  }
}

async function coverPage(ctx: Ctx): Promise<Paragraph[]> {
  const c = ctx.doc.cover;
  if (!c) return [];
  const logos: ParagraphChild[] = [];
  for (const l of c.logos) {
    if (logos.length) logos.push(run(ctx, '      '));
    logos.push(await image(ctx, l, 170, 60));
  }
  const out: Paragraph[] = [];
  if (logos.length) out.push(new Paragraph({ spacing: { after: 1200 }, children: logos }));
  out.push(new Paragraph({ children: [run(ctx, c.kitLabel, { bold: true, allCaps: true, color: ctx.accent })] }));
  out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [run(ctx, c.title)] }));
  if (c.subtitle) out.push(new Paragraph({ style: 'Subtitle', children: [run(ctx, c.subtitle)] }));
  out.push(new Paragraph({ spacing: { before: 600 }, children: [run(ctx, ctx.doc.labels.contents, { bold: true })] }));
  for (const s of ctx.doc.sections) {
    out.push(new Paragraph({ children: [run(ctx, s.type === 'release' ? s.headline : s.title, { color: '5B6470' })] }));
  }
  const when = [c.dateText, c.location].filter(Boolean).join(' · ');
  out.push(
    new Paragraph({
      spacing: { before: 1200 },
      border: { top: { style: BorderStyle.SINGLE, size: 12, color: ctx.accent, space: 8 } },
      children: [run(ctx, c.eventLine, { bold: true, size: 26 })],
    }),
  );
  if (when) out.push(new Paragraph({ children: [run(ctx, when, { color: '5B6470' })] }));
  return out;
}

function styles(accent: string, lang: string) {
  const heading = (id: string, name: string, size: number, color: string, before: number, after: number) => ({
    id,
    name,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: HEAD_FONT, size, bold: true, color },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
  });
  return {
    default: {
      document: {
        run: { font: BODY_FONT, size: 21, language: { value: lang, eastAsia: 'ja-JP' } },
        paragraph: { spacing: { after: 140, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font: HEAD_FONT, size: 56, bold: true, color: '1D1D1F' }, paragraph: { spacing: { after: 160 } } },
      heading1: { run: { font: HEAD_FONT, size: 36, bold: true, color: '1D1D1F' }, paragraph: { spacing: { before: 120, after: 120 }, keepNext: true } },
      heading2: { run: { font: HEAD_FONT, size: 26, bold: true, color: accent }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
      heading3: { run: { font: HEAD_FONT, size: 21, bold: true, color: '1D1D1F' }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
      hyperlink: { run: { color: accent, underline: {} } },
      listParagraph: { paragraph: { indent: { left: 720 } } },
    },
    paragraphStyles: [
      { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 26, italics: true, color: '5B6470' }, paragraph: { spacing: { after: 240 } } },
      { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: true, size: 23 }, paragraph: { indent: { left: 567 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: accent, space: 12 } } } },
      { id: 'ListBullet', name: 'List Bullet', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 60 } } },
      { id: 'ListNumber', name: 'List Number', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 60 } } },
      heading('Caption', 'caption', 18, '5B6470', 0, 120),
    ],
  };
}

const numbering = {
  config: [
    {
      reference: 'bullets',
      levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
    },
    {
      reference: 'numbers',
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1, alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
    },
  ],
};

/**
 * docx writes no dc:language; it is added to the core properties before packing, so the file's
 * language is in its metadata without unzipping and zipping the package a second time.
 */
class CoreLanguage extends XmlComponent {
  public constructor(lang: string) {
    super('dc:language');
    this.root.push(lang);
  }
}

export async function renderDocxWithDocx(doc: KitDocument, files: FileSource): Promise<Uint8Array> {
  const accent = doc.theme.accent.replace('#', '').toUpperCase();
  const ctx: Ctx = { doc, files, lang: officeLangTag(doc.lang), accent, nextListInstance: 1, images: new Map(), rasters: new Map() };
  const children: Array<Paragraph | Table> = [];
  const cover = await coverPage(ctx);
  children.push(...cover);
  for (const s of doc.sections) {
    ctx.lang = officeLangTag(s.lang);
    const body = await sectionBody(ctx, s);
    if (children.length) children.push(new Paragraph({ pageBreakBefore: true, spacing: { after: 0 }, children: [] }));
    children.push(...body);
  }
  ctx.lang = officeLangTag(doc.lang);
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [`${doc.labels.page.word} `.trimStart(), PageNumber.CURRENT, ` ${doc.labels.page.of} `, PageNumber.TOTAL_PAGES],
            size: 16,
            color: '6B7280',
            language: { value: ctx.lang, eastAsia: 'ja-JP' },
          }),
        ],
      }),
    ],
  });
  const size =
    doc.pageSize === 'a4'
      ? { width: 11906, height: 16838 }
      : { width: 12240, height: 15840 };
  const document = new Document({
    title: doc.metadata.title,
    subject: doc.metadata.subject,
    creator: doc.metadata.author || 'Media Kit Manager',
    lastModifiedBy: 'Media Kit Manager',
    keywords: doc.metadata.keywords.join(', '),
    description: doc.metadata.subject,
    styles: styles(accent, officeLangTag(doc.lang)),
    numbering,
    sections: [
      {
        properties: {
          page: {
            size,
            margin: { top: mm(18), bottom: mm(20), left: mm(20), right: mm(20), footer: mm(8) },
          },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
  // addChildElement is marked internal in docx's types, but it is the one way to extend a part docx builds itself.
  document.CoreProperties.addChildElement(new CoreLanguage(officeLangTag(doc.lang)));
  return new Uint8Array(await Packer.toBuffer(document));
}

/** Twips are integers in OOXML: a fractional value makes Word repair the file. */
function mm(n: number): number {
  return Math.round((n * 1440) / 25.4);
}
