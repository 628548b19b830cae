import type { Block, Inline } from '../model/index.js';
import { officeLangTag } from '../locale/index.js';
import type {
  Boilerplate,
  FileSource,
  ImageRef,
  KitContact,
  KitDocument,
  KitSectionDoc,
  ReleaseSection,
} from './kit-document.js';
import {
  APP_XML,
  CONTENT_TYPES,
  CORE_OPEN,
  CUSTOM_XML,
  DOCUMENT_OPEN,
  DOCUMENT_RELS_HEAD,
  EMPTY_RELS,
  ENDNOTES_XML,
  FONT_TABLE_XML,
  FOOTER_OPEN,
  FOOTNOTES_XML,
  NUMBERING_HEAD,
  PACKAGE_RELS,
  SETTINGS_XML,
  STYLES_HOLES,
  STYLES_PARTS,
  THEME_XML,
} from './docx-parts.js';
import { constantZipPart, zipPart, zipParts } from './docx-zip.js';
import { esc, hyperlink, paragraph, pictureRun, runProps, table, textRun, type ParagraphStyle, type RunStyle } from './docx-xml.js';

/**
 * The DOCX writer: a file a Word user keeps editing. Word's own style names (Title, Subtitle,
 * Heading 1/2, List Bullet, List Number, Quote), real numbering with one instance per list so each
 * numbered list restarts at 1, hyperlinks, embedded logos, page numbers, and w:lang on every run.
 *
 * The markup is written as strings (docx-xml.ts) into the package docx (the npm package) used to
 * make (docx-parts.ts): building docx's object tree, serializing it and zipping it took 30–50 ms
 * for a five-release kit; the same file is now written in a few. The unit tests compare the two.
 */

/** SVG logos are rasterized for Word versions that cannot show SVG, at print resolution. */
const PRINT_DPI = 300;
const PX_PER_INCH = 96;
const REL = {
  image: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/image',
  hyperlink: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink',
  fontTable: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable',
};
/** The document's fixed relationships take rId1–rId7 (styles … footer (rId6), theme); hyperlinks, then images follow. */
const FIXED_RELS = 7;
const FOOTER_REL = 'rId6';
/**
 * Images are numbered after every hyperlink is known; until then a picture holds this mark and its
 * media index. \u0001 cannot come from text: esc() drops it.
 */
const MEDIA_MARK = /\u0001(\d+)\u0001/g;

interface Media {
  ext: 'png' | 'jpg' | 'gif' | 'svg';
  data: Uint8Array;
}

interface Ctx {
  doc: KitDocument;
  files: FileSource;
  /** The w:lang of the current section's runs. */
  lang: string;
  accent: string;
  /** Lists, in document order; the nth gets w:num n + 2 (w:num 1 is docx's default bullets). */
  lists: Array<'bullets' | 'numbers'>;
  hyperlinks: string[];
  media: Media[];
  mediaIndex: Map<string, number>;
  pictures: number;
  /** Logo files by hash, read once per document; all are asked for at the start, so the reads overlap. */
  images: Map<string, Promise<Uint8Array>>;
  rasters: Map<string, Uint8Array>;
}

function run(ctx: Ctx, text: string, style: RunStyle = {}): string {
  return textRun(text, runProps(style, ctx.lang));
}

function link(ctx: Ctx, href: string, text: string, style: RunStyle = {}): string {
  ctx.hyperlinks.push(href);
  return hyperlink(`rId${FIXED_RELS + ctx.hyperlinks.length}`, run(ctx, text, { ...style, style: 'Hyperlink' }));
}

function inlineRuns(ctx: Ctx, content: readonly Inline[]): string {
  let out = '';
  for (const i of content) {
    const style: RunStyle = {
      ...(i.bold ? { bold: true } : {}),
      ...(i.italic ? { italics: true } : {}),
    };
    out += i.href ? link(ctx, i.href, i.text, style) : run(ctx, i.text, style);
  }
  return out;
}

function blocksToParagraphs(ctx: Ctx, body: readonly Block[], dateline = ''): string {
  let out = '';
  let datelineUsed = !dateline;
  const datelineRuns = (): string => {
    if (datelineUsed) return '';
    datelineUsed = true;
    return run(ctx, `${dateline} `, { bold: true });
  };
  for (const b of body) {
    switch (b.type) {
      case 'paragraph': {
        const lead = datelineRuns();
        out += paragraph({}, lead + inlineRuns(ctx, b.content));
        break;
      }
      case 'heading':
        out += paragraph({ style: b.level === 2 ? 'Heading2' : 'Heading3' }, inlineRuns(ctx, b.content));
        break;
      case 'list': {
        ctx.lists.push(b.ordered ? 'numbers' : 'bullets');
        const numId = ctx.lists.length + 1;
        b.items.forEach((item, n) => {
          out += paragraph(
            {
              style: b.ordered ? 'ListNumber' : 'ListBullet',
              numId,
              // The list ends with the space a paragraph ends with, so the next paragraph does not stick to it.
              ...(n === b.items.length - 1 ? { spacing: { after: 140 } } : {}),
            },
            inlineRuns(ctx, item),
          );
        });
        break;
      }
      case 'quote':
        out += paragraph({ style: 'Quote' }, inlineRuns(ctx, b.content));
        if (b.attribution) out += paragraph({ style: 'Quote' }, run(ctx, `— ${b.attribution}`, { italics: false }));
        break;
    }
  }
  if (!datelineUsed) out = paragraph({}, datelineRuns()) + out;
  return out;
}

function imageBytes(ctx: Ctx, ref: ImageRef): Promise<Uint8Array> {
  let b = ctx.images.get(ref.sha256);
  if (!b) {
    b = ctx.files.read(ref.sha256);
    ctx.images.set(ref.sha256, b);
  }
  return b;
}

/**
 * Starts reading every logo the document shows, each file once, before the first is needed: one
 * after the other, the reads (each checks the file's hash) were a third of the writer's time. A
 * file that cannot be read still fails the export where it is used.
 */
function prefetchImages(ctx: Ctx): void {
  const refs = [...(ctx.doc.cover?.logos ?? [])];
  for (const s of ctx.doc.sections) {
    if (s.type === 'release') refs.push(...s.headerLogos);
    else if (s.type === 'logos') refs.push(...s.logos);
  }
  for (const ref of refs) imageBytes(ctx, ref).catch(() => undefined);
}

/** Fits a logo in a box (points), keeping its proportions; sizes are returned in CSS pixels. */
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

/** A picture's mark for its media, added once per document (a logo on every release is stored once). */
function mediaMark(ctx: Ctx, key: string, media: Media): string {
  let n = ctx.mediaIndex.get(key);
  if (n === undefined) {
    n = ctx.media.length;
    ctx.media.push(media);
    ctx.mediaIndex.set(key, n);
  }
  return `\u0001${n}\u0001`;
}

async function image(ctx: Ctx, ref: ImageRef, maxWidthPt: number, maxHeightPt: number): Promise<string> {
  const size = fit(ref, maxWidthPt, maxHeightPt);
  const data = await imageBytes(ctx, ref);
  const picture = {
    id: ++ctx.pictures,
    widthPx: size.width,
    heightPx: size.height,
    name: ref.name,
    title: ref.name,
    description: [ref.organization, ref.variant].filter(Boolean).join(' – '),
  };
  switch (ref.format) {
    case 'png':
    case 'jpeg':
    case 'gif': {
      const ext = ref.format === 'jpeg' ? 'jpg' : ref.format;
      return pictureRun({ ...picture, blipRel: mediaMark(ctx, `${ext}:${ref.sha256}`, { ext, data }) });
    }
    case 'svg':
    case 'webp': {
      let png = ctx.rasters.get(ref.sha256);
      if (!png) {
        const widthPx = Math.max(1, Math.round((size.width / PX_PER_INCH) * PRINT_DPI));
        const key = `${ref.sha256}:${ref.format}:${widthPx}`;
        png = RASTER_CACHE.get(key);
        if (!png) {
          // Loaded here: sharp brings in libvips (~30 ms in a cold process), and most exports have no SVG to rasterize.
          const { default: sharp } = await import('sharp');
          png = new Uint8Array(await sharp(data, { density: PRINT_DPI }).resize({ width: widthPx }).png().toBuffer());
          if (RASTER_CACHE.size >= 64) RASTER_CACHE.delete(RASTER_CACHE.keys().next().value!);
          RASTER_CACHE.set(key, png);
        }
        ctx.rasters.set(ref.sha256, png);
      }
      if (ref.format === 'svg') {
        // The SVG is stored before its fallback, as docx stored them.
        const svgRel = mediaMark(ctx, `svg:${ref.sha256}`, { ext: 'svg', data });
        return pictureRun({ ...picture, svgRel, blipRel: mediaMark(ctx, `raster:${ref.sha256}`, { ext: 'png', data: png }) });
      }
      return pictureRun({ ...picture, blipRel: mediaMark(ctx, `raster:${ref.sha256}`, { ext: 'png', data: png }) });
    }
  }
}

function contactParagraphs(ctx: Ctx, c: KitContact): string {
  const lines: string[] = [run(ctx, c.name, { bold: true })];
  if (c.title) lines.push(run(ctx, c.title));
  if (c.organization) lines.push(run(ctx, c.organization));
  for (const p of c.phones) lines.push(run(ctx, p));
  for (const e of c.emails) lines.push(link(ctx, `mailto:${e}`, e));
  return lines
    .map((content, i) => paragraph({ keepNext: i < lines.length - 1, spacing: { after: i === lines.length - 1 ? 160 : 0 } }, content))
    .join('');
}

function boilerplateParagraphs(ctx: Ctx, b: Boilerplate): string {
  return (
    paragraph({ style: 'Heading3', keepNext: true }, run(ctx, b.heading)) +
    b.paragraphs.map((p) => paragraph({}, run(ctx, p, { size: 19 }))).join('')
  );
}

async function releaseSection(ctx: Ctx, s: ReleaseSection): Promise<string> {
  let out = '';
  let logos = '';
  for (const l of s.headerLogos) {
    if (logos) logos += run(ctx, '    ');
    logos += await image(ctx, l, 130, 36);
  }
  if (logos) out += paragraph({ spacing: { after: 120 } }, logos);
  out += paragraph(
    { border: { side: 'bottom', color: ctx.accent, size: 12, space: 4 }, spacing: { after: 240 }, alignment: 'right' },
    run(ctx, s.label, { bold: true, allCaps: true, color: ctx.accent, size: 19 }),
  );
  if (s.addressee) out += paragraph({}, run(ctx, s.addressee, { bold: true }));
  out += paragraph({ spacing: { after: 200 } }, run(ctx, s.timingLine, { bold: true, size: 19 }));
  out += paragraph({ style: 'Heading1' }, run(ctx, s.headline));
  if (s.subheadline) out += paragraph({ style: 'Subtitle' }, run(ctx, s.subheadline));
  out += blocksToParagraphs(ctx, s.body, s.datelineText);
  for (const b of s.boilerplates) out += boilerplateParagraphs(ctx, b);
  out += paragraph({ spacing: { before: 280, after: 280 }, alignment: 'center' }, run(ctx, s.endMark, { bold: true }));
  if (s.contacts.length) {
    out += paragraph({ style: 'Heading3', keepNext: true }, run(ctx, s.contactsHeading));
    for (const c of s.contacts) out += contactParagraphs(ctx, c);
  }
  return out;
}

/** The width of the text between the margins, in twips, which percent-wide tables are laid out in. */
function textWidth(ctx: Ctx): number {
  const { width } = pageSize(ctx.doc);
  return width - 2 * mm(20);
}

async function sectionBody(ctx: Ctx, s: KitSectionDoc): Promise<string> {
  switch (s.type) {
    case 'release':
      return releaseSection(ctx, s);
    case 'logos': {
      let out = paragraph({ style: 'Heading1' }, run(ctx, s.title));
      for (const l of s.logos) {
        out += paragraph({ keepNext: true, spacing: { before: 240 } }, await image(ctx, l, 200, 80));
        out += paragraph({ keepNext: true }, run(ctx, l.name, { bold: true }));
        out += paragraph({}, run(ctx, [l.organization, l.variant, l.caption].filter(Boolean).join(' · '), { color: '5B6470', size: 18 }));
      }
      return out;
    }
    case 'contacts': {
      const head = (t: string) => paragraph({}, run(ctx, t, { bold: true, color: ctx.accent, size: 18 }));
      const rows = [
        {
          header: true,
          cells: [head(`${s.columns.name} · ${s.columns.title}`), head(s.columns.organization), head(s.columns.email), head(s.columns.phone)],
        },
        ...s.contacts.map((c) => ({
          cells: [
            paragraph({}, run(ctx, c.name, { bold: true })) + paragraph({}, run(ctx, c.title, { size: 18 })),
            paragraph({}, run(ctx, c.organization, { size: 18 })),
            c.emails.length ? c.emails.map((e) => paragraph({}, link(ctx, `mailto:${e}`, e))).join('') : paragraph({}, ''),
            c.phones.length ? c.phones.map((p) => paragraph({}, run(ctx, p, { size: 18 }))).join('') : paragraph({}, ''),
          ],
        })),
      ];
      return paragraph({ style: 'Heading1' }, run(ctx, s.title)) + table([34, 22, 26, 18], textWidth(ctx), rows);
    }
    case 'boilerplates':
      return paragraph({ style: 'Heading1' }, run(ctx, s.title)) + s.boilerplates.map((b) => boilerplateParagraphs(ctx, b)).join('');
    case 'text':
      return (s.title ? paragraph({ style: 'Heading1' }, run(ctx, s.title)) : '') + blocksToParagraphs(ctx, s.body);
  }
}

async function coverPage(ctx: Ctx): Promise<string> {
  const c = ctx.doc.cover;
  if (!c) return '';
  let logos = '';
  for (const l of c.logos) {
    if (logos) logos += run(ctx, '      ');
    logos += await image(ctx, l, 170, 60);
  }
  let out = '';
  if (logos) out += paragraph({ spacing: { after: 1200 } }, logos);
  out += paragraph({}, run(ctx, c.kitLabel, { bold: true, allCaps: true, color: ctx.accent }));
  out += paragraph({ style: 'Title' }, run(ctx, c.title));
  if (c.subtitle) out += paragraph({ style: 'Subtitle' }, run(ctx, c.subtitle));
  out += paragraph({ spacing: { before: 600 } }, run(ctx, ctx.doc.labels.contents, { bold: true }));
  for (const s of ctx.doc.sections) {
    out += paragraph({}, run(ctx, s.type === 'release' ? s.headline : s.title, { color: '5B6470' }));
  }
  const when = [c.dateText, c.location].filter(Boolean).join(' · ');
  out += paragraph(
    { spacing: { before: 1200 }, border: { side: 'top', color: ctx.accent, size: 12, space: 8 } },
    run(ctx, c.eventLine, { bold: true, size: 26 }),
  );
  if (when) out += paragraph({}, run(ctx, when, { color: '5B6470' }));
  return out;
}

/** The page footer: "Page N de M", "Page N of M", "N / M ページ", with PAGE and NUMPAGES fields. */
function footerXml(doc: KitDocument, lang: string): string {
  const props = runProps({ color: '6B7280', size: 16 }, lang);
  const field = (code: string) =>
    `<w:r>${props}<w:fldChar w:fldCharType="begin"/></w:r><w:r>${props}<w:instrText xml:space="preserve">${code}</w:instrText></w:r>` +
    `<w:r>${props}<w:fldChar w:fldCharType="separate"/></w:r><w:r>${props}<w:fldChar w:fldCharType="end"/></w:r>`;
  const runs =
    textRun(`${doc.labels.page.word} `.trimStart(), props) + field('PAGE') + textRun(` ${doc.labels.page.of} `, props) + field('NUMPAGES');
  return `${FOOTER_OPEN}${paragraph({ alignment: 'center' }, runs)}</w:ftr>`;
}

function stylesXml(accent: string, lang: string): string {
  let out = STYLES_PARTS[0] ?? '';
  STYLES_HOLES.forEach((hole, i) => {
    out += esc(hole === 'accent' ? accent : lang) + (STYLES_PARTS[i + 1] ?? '');
  });
  return out;
}

function numberingXml(lists: ReadonlyArray<'bullets' | 'numbers'>): string {
  const num = (id: number, abstract: number) =>
    `<w:num w:numId="${id}"><w:abstractNumId w:val="${abstract}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
  return `${NUMBERING_HEAD}${num(1, 1)}${lists.map((l, i) => num(i + 2, l === 'bullets' ? 2 : 3)).join('')}</w:numbering>`;
}

function coreXml(doc: KitDocument, lang: string, now: string): string {
  const m = doc.metadata;
  const prop = (tag: string, value: string) => (value ? `<${tag}>${esc(value)}</${tag}>` : '');
  return (
    CORE_OPEN +
    prop('dc:title', m.title) +
    prop('dc:subject', m.subject) +
    prop('dc:creator', m.author || 'Media Kit Manager') +
    prop('cp:keywords', m.keywords.join(', ')) +
    prop('dc:description', m.subject) +
    '<cp:lastModifiedBy>Media Kit Manager</cp:lastModifiedBy><cp:revision>1</cp:revision>' +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>` +
    `<dc:language>${esc(lang)}</dc:language></cp:coreProperties>`
  );
}

function documentRels(ctx: Ctx, mediaNames: readonly string[]): string {
  let out = DOCUMENT_RELS_HEAD;
  ctx.hyperlinks.forEach((href, i) => {
    out += `<Relationship Id="rId${FIXED_RELS + 1 + i}" Type="${REL.hyperlink}" Target="${esc(href)}" TargetMode="External"/>`;
  });
  const first = FIXED_RELS + 1 + ctx.hyperlinks.length;
  mediaNames.forEach((name, i) => {
    out += `<Relationship Id="rId${first + i}" Type="${REL.image}" Target="media/${name}"/>`;
  });
  return `${out}<Relationship Id="rId${first + mediaNames.length}" Type="${REL.fontTable}" Target="fontTable.xml"/></Relationships>`;
}

function pageSize(doc: KitDocument): { width: number; height: number } {
  return doc.pageSize === 'a4' ? { width: 11906, height: 16838 } : { width: 12240, height: 15840 };
}

export async function renderDocx(doc: KitDocument, files: FileSource): Promise<Uint8Array> {
  const accent = doc.theme.accent.replace('#', '').toUpperCase();
  const docLang = officeLangTag(doc.lang);
  const ctx: Ctx = {
    doc,
    files,
    lang: docLang,
    accent,
    lists: [],
    hyperlinks: [],
    media: [],
    mediaIndex: new Map(),
    pictures: 0,
    images: new Map(),
    rasters: new Map(),
  };
  prefetchImages(ctx);
  let body = await coverPage(ctx);
  for (const s of doc.sections) {
    ctx.lang = officeLangTag(s.lang);
    const section = await sectionBody(ctx, s);
    if (body) body += paragraph({ pageBreakBefore: true, spacing: { after: 0 } }, '');
    body += section;
  }
  const { width, height } = pageSize(doc);
  const firstMediaRel = FIXED_RELS + 1 + ctx.hyperlinks.length;
  const document =
    DOCUMENT_OPEN +
    '<w:body>' +
    body.replace(MEDIA_MARK, (_m, n: string) => `rId${firstMediaRel + Number(n)}`) +
    `<w:sectPr><w:footerReference w:type="default" r:id="${FOOTER_REL}"/><w:pgSz w:w="${width}" w:h="${height}" w:orient="portrait"/>` +
    `<w:pgMar w:top="${mm(18)}" w:right="${mm(20)}" w:bottom="${mm(20)}" w:left="${mm(20)}" w:header="708" w:footer="${mm(8)}" w:gutter="0"/>` +
    '<w:pgNumType/><w:docGrid w:linePitch="360"/></w:sectPr></w:body></w:document>';

  // Media are named as Word names them, numbered by type: image1.png, image1.svg, image2.png…
  const counts = new Map<string, number>();
  const mediaNames = ctx.media.map((m) => {
    const n = (counts.get(m.ext) ?? 0) + 1;
    counts.set(m.ext, n);
    return `image${n}.${m.ext}`;
  });

  const now = new Date();
  const part = (name: string, text: string) => zipPart(name, Buffer.from(text, 'utf8'));
  // The parts in the order docx zipped them.
  return zipParts(
    [
      part('word/_rels/document.xml.rels', documentRels(ctx, mediaNames)),
      part('word/document.xml', document),
      part('word/styles.xml', stylesXml(accent, docLang)),
      part('docProps/core.xml', coreXml(doc, docLang, now.toISOString())),
      constantZipPart('_rels/.rels', PACKAGE_RELS),
      constantZipPart('word/_rels/footer1.xml.rels', EMPTY_RELS),
      part('word/footer1.xml', footerXml(doc, docLang)),
      constantZipPart('docProps/custom.xml', CUSTOM_XML),
      constantZipPart('docProps/app.xml', APP_XML),
      constantZipPart('word/footnotes.xml', FOOTNOTES_XML),
      constantZipPart('word/_rels/footnotes.xml.rels', EMPTY_RELS),
      constantZipPart('word/endnotes.xml', ENDNOTES_XML),
      constantZipPart('word/_rels/endnotes.xml.rels', EMPTY_RELS),
      constantZipPart('word/settings.xml', SETTINGS_XML),
      constantZipPart('word/fontTable.xml', FONT_TABLE_XML),
      constantZipPart('word/_rels/fontTable.xml.rels', EMPTY_RELS),
      constantZipPart('word/theme/theme1.xml', THEME_XML),
      part('word/numbering.xml', numberingXml(ctx.lists)),
      constantZipPart('[Content_Types].xml', CONTENT_TYPES),
      // Bitmaps are stored as they are: deflating a PNG again gains nothing.
      ...ctx.media.map((m, i) => zipPart(`word/media/${mediaNames[i]}`, m.data, m.ext === 'svg')),
    ],
    now,
  );
}

/** Twips are integers in OOXML: a fractional value makes Word repair the file. */
function mm(n: number): number {
  return Math.round((n * 1440) / 25.4);
}
