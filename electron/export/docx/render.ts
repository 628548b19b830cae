import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun, XmlComponent, type PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith, layoutDocument } from 'docx/layout';
import { officeLangTag } from '../../locale/index.js';
import type { FileSource, KitDocument } from '../kit-document.js';
import type { DocxContext } from './context.js';
import { coverParagraphs, type ContentsPlace } from './cover.js';
import { prefetchImages } from './images.js';
import { sectionBody, type BodyElement } from './sections.js';
import { documentStyles, LIST_NUMBERING } from './styles.js';

/**
 * The DOCX writer, on the docx package: a file a Word user keeps editing. Word's own style names,
 * real numbering with one instance per list, hyperlinks, embedded logos (SVG with a PNG fallback),
 * page X of Y in the footer, w:lang on every run, and the document's properties.
 */

/** Twips are integers in OOXML: a fractional value makes Word repair the file. */
function mm(n: number): number {
  return Math.round((n * 1440) / 25.4);
}

const PAGE_SIZES = { a4: { width: 11906, height: 16838 }, letter: { width: 12240, height: 15840 } } as const;

/** "Page N de M", "Page N of M", "N / M ページ": the kit's words around Word's PAGE and NUMPAGES fields. */
function pageFooter(doc: KitDocument, lang: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: [doc.labels.page.before, PageNumber.CURRENT, doc.labels.page.between, PageNumber.TOTAL_PAGES, doc.labels.page.after].filter(Boolean),
            size: 16,
            color: '6B7280',
            language: { value: lang, eastAsia: 'ja-JP' },
          }),
        ],
      }),
    ],
  });
}

/** dc:language, which docx's core properties do not offer: the file's language without opening it. */
class CoreLanguage extends XmlComponent {
  public constructor(lang: string) {
    super('dc:language');
    this.root.push(lang);
  }
}

function wordDocument(ctx: DocxContext, children: BodyElement[], pageNumbers?: PageNumberEstimator): Document {
  const { doc, lang, accent } = ctx;
  return new Document({
    title: doc.metadata.title,
    subject: doc.metadata.subject,
    creator: doc.metadata.author || 'Media Kit Manager',
    lastModifiedBy: 'Media Kit Manager',
    keywords: doc.metadata.keywords.join(', '),
    description: doc.metadata.subject,
    styles: documentStyles(accent, lang),
    numbering: LIST_NUMBERING,
    ...(pageNumbers ? { pageNumbers } : {}),
    sections: [
      {
        properties: { page: { size: PAGE_SIZES[doc.pageSize], margin: { top: mm(18), bottom: mm(20), left: mm(20), right: mm(20), footer: mm(8) } } },
        footers: { default: pageFooter(doc, lang) },
        children,
      },
    ],
  });
}

/**
 * The contents stay on the cover when the cover, laid out with them, is still one page; otherwise
 * they get a page of their own after it, so the event line is not pushed alone onto a second page.
 */
async function contentsPlace(ctx: DocxContext): Promise<ContentsPlace> {
  const sample = wordDocument(ctx, await coverParagraphs(ctx, 'sample'));
  try {
    return layoutDocument(sample, { guess: true }).pages.length > 1 ? 'own-page' : 'cover';
  } catch {
    return 'cover';
  }
}

async function packed(ctx: DocxContext, children: BodyElement[], pageNumbers?: PageNumberEstimator): Promise<Uint8Array> {
  const document = wordDocument(ctx, children, pageNumbers);
  // The one way into a part docx builds itself (deprecated in docx's types, kept at the pinned
  // version; the DOCX tests check dc:language, so an upgrade that drops it fails there).
  document.CoreProperties.addChildElement(new CoreLanguage(ctx.lang));
  return new Uint8Array(await Packer.toBuffer(document));
}

/**
 * Word's layout, as near as docx/layout knows it. Where it does not know a character's width (Arabic,
 * Devanagari, a symbol font's private-use bullet pasted from Word) it measures an average letter rather
 * than leave every later page number blank: a line may then wrap elsewhere than in Word, rarely a page.
 */
const ESTIMATE = estimatePageNumbersWith({ guess: true });

export interface DocxOptions {
  /** Works out the page each section starts on, for the kit's contents: docx/layout's estimate unless a test gives another. */
  pageNumbers?: PageNumberEstimator;
}

export async function renderDocx(doc: KitDocument, files: FileSource, options: DocxOptions = {}): Promise<Uint8Array> {
  const docLang = officeLangTag(doc.lang);
  const accent = doc.theme.accent.replace('#', '').toUpperCase();
  const ctx: DocxContext = { doc, files, lang: docLang, accent, nextListInstance: 1, images: new Map(), rasters: new Map() };
  prefetchImages(ctx);
  const children: BodyElement[] = doc.cover ? await coverParagraphs(ctx, await contentsPlace(ctx)) : [];
  let afterCover = children.length > 0;
  for (const s of doc.sections) {
    ctx.lang = officeLangTag(s.lang);
    const body = await sectionBody(ctx, s);
    // A release starts a page; the kit's own sections follow what precedes them (as in the PDF), so a
    // short one is never alone on a page; the cover always ends its page.
    if (children.length && (s.type === 'release' || afterCover)) children.push(new Paragraph({ pageBreakBefore: true, spacing: { after: 0 }, children: [] }));
    else if (children.length) children.push(new Paragraph({ spacing: { before: 480, after: 0 }, children: [] }));
    afterCover = false;
    children.push(...body);
  }
  ctx.lang = docLang;
  if (!doc.cover) return packed(ctx, children);
  // A kit's contents: its pages laid out as Word lays them out (docx/layout), so the TOC's page numbers
  // are written with the file and its field is clean, and Word opens it without asking to update it.
  // Laying out pages is an engine of its own: should it fail on some content, the kit still exports,
  // its contents left for Word to number (the field dirty: Word offers to update it on opening).
  try {
    return await packed(ctx, children, options.pageNumbers ?? ESTIMATE);
  } catch {
    return packed(ctx, children);
  }
}
