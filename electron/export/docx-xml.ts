/**
 * WordprocessingML pieces as strings: paragraphs, runs, hyperlinks and pictures, written the way
 * the docx package (9.15.2) wrote them for our documents, element and attribute order included,
 * so files keep the markup Word, LibreOffice and our tests have always read.
 */

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };

/** XML-escapes text and attribute values, dropping the control characters XML 1.0 cannot hold (as docx did). */
export function esc(value: string): string {
  return value.replace(/[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/g, (c) => ESCAPES[c] ?? '');
}

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  size?: number;
  /** A character style, such as Hyperlink. */
  style?: string;
  allCaps?: boolean;
}

/** Run properties; every run carries its language (w:lang) so Word spell-checks each section in its own. */
export function runProps(s: RunStyle, lang: string): string {
  let x = '<w:rPr>';
  if (s.style !== undefined) x += `<w:rStyle w:val="${esc(s.style)}"/>`;
  if (s.bold !== undefined) x += s.bold ? '<w:b/><w:bCs/>' : '<w:b w:val="false"/><w:bCs w:val="false"/>';
  if (s.italics !== undefined) x += s.italics ? '<w:i/><w:iCs/>' : '<w:i w:val="false"/><w:iCs w:val="false"/>';
  if (s.allCaps !== undefined) x += s.allCaps ? '<w:caps/>' : '<w:caps w:val="false"/>';
  if (s.color !== undefined) x += `<w:color w:val="${esc(s.color)}"/>`;
  if (s.size !== undefined) x += `<w:sz w:val="${s.size}"/><w:szCs w:val="${s.size}"/>`;
  return `${x}<w:lang w:val="${esc(lang)}" w:eastAsia="ja-JP"/></w:rPr>`;
}

export function textRun(text: string, props: string): string {
  return `<w:r>${props}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

export function hyperlink(relId: string, run: string): string {
  return `<w:hyperlink w:history="1" r:id="${relId}">${run}</w:hyperlink>`;
}

export interface ParagraphStyle {
  /** A paragraph style id: Title, Heading1, Subtitle, Quote, ListBullet… */
  style?: string;
  keepNext?: boolean;
  pageBreakBefore?: boolean;
  /** The w:num of a list item (level 0). */
  numId?: number;
  border?: { side: 'top' | 'bottom'; color: string; size: number; space: number };
  spacing?: { before?: number; after?: number };
  alignment?: 'left' | 'center' | 'right';
}

export function paragraph(p: ParagraphStyle, content: string): string {
  let x = '';
  if (p.style !== undefined) x += `<w:pStyle w:val="${esc(p.style)}"/>`;
  if (p.keepNext !== undefined) x += p.keepNext ? '<w:keepNext/>' : '<w:keepNext w:val="false"/>';
  if (p.pageBreakBefore) x += '<w:pageBreakBefore/>';
  if (p.numId !== undefined) x += `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${p.numId}"/></w:numPr>`;
  if (p.border) {
    const b = p.border;
    x += `<w:pBdr><w:${b.side} w:val="single" w:color="${esc(b.color)}" w:sz="${b.size}" w:space="${b.space}"/></w:pBdr>`;
  }
  if (p.spacing) {
    const { before, after } = p.spacing;
    x += `<w:spacing${after === undefined ? '' : ` w:after="${after}"`}${before === undefined ? '' : ` w:before="${before}"`}/>`;
  }
  if (p.alignment !== undefined) x += `<w:jc w:val="${p.alignment}"/>`;
  if (!x && !content) return '<w:p/>';
  return `<w:p>${x ? `<w:pPr>${x}</w:pPr>` : ''}${content}</w:p>`;
}

const EMU_PER_PX = 9525;

export interface Picture {
  /** wp:docPr id, unique in the document. */
  id: number;
  widthPx: number;
  heightPx: number;
  name: string;
  title: string;
  description: string;
  /** Relationship of the bitmap (the PNG fallback of an SVG). */
  blipRel: string;
  /** Relationship of the SVG, shown by Word versions that can. */
  svgRel?: string;
}

/** An inline picture in its own run, with its alternative text. */
export function pictureRun(p: Picture): string {
  const cx = p.widthPx * EMU_PER_PX;
  const cy = p.heightPx * EMU_PER_PX;
  const blip = p.svgRel
    ? `<a:blip r:embed="${p.blipRel}" cstate="none"><a:extLst><a:ext uri="{96DAC541-7B7A-43D3-8B79-37D633B846F1}"><asvg:svgBlip xmlns:asvg="http://schemas.microsoft.com/office/drawing/2016/SVG/main" r:embed="${p.svgRel}"/></a:ext></a:extLst></a:blip>`
    : `<a:blip r:embed="${p.blipRel}" cstate="none"/>`;
  return (
    `<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="${cx}" cy="${cy}"/><wp:effectExtent t="0" r="0" b="0" l="0"/>` +
    `<wp:docPr id="${p.id}" name="${esc(p.name)}" descr="${esc(p.description)}" title="${esc(p.title)}"/>` +
    '<wp:cNvGraphicFramePr><a:graphicFrameLocks xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" noChangeAspect="1"/></wp:cNvGraphicFramePr>' +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    '<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="0" name="" descr=""/><pic:cNvPicPr><a:picLocks noChangeAspect="1" noChangeArrowheads="1"/></pic:cNvPicPr></pic:nvPicPr>' +
    `<pic:blipFill>${blip}<a:srcRect/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
  );
}

const TABLE_BORDERS =
  '<w:tblBorders><w:top w:val="single" w:color="auto" w:sz="4"/><w:left w:val="single" w:color="auto" w:sz="4"/><w:bottom w:val="single" w:color="auto" w:sz="4"/><w:right w:val="single" w:color="auto" w:sz="4"/><w:insideH w:val="single" w:color="auto" w:sz="4"/><w:insideV w:val="single" w:color="auto" w:sz="4"/></w:tblBorders>';

/** A full-width table with single borders; columns in percent of the text width (twips), as Word lays them out. */
export function table(columnsPct: readonly number[], textWidth: number, rows: ReadonlyArray<{ header?: boolean; cells: readonly string[] }>): string {
  const grid = columnsPct.map((pct) => `<w:gridCol w:w="${Math.round((pct / 100) * textWidth)}"/>`).join('');
  const body = rows
    .map(
      (row) =>
        `<w:tr><w:trPr>${row.header ? '<w:tblHeader/>' : '<w:cantSplit/>'}</w:trPr>` +
        row.cells.map((content, i) => `<w:tc><w:tcPr><w:tcW w:type="pct" w:w="${(columnsPct[i] ?? 0) * 50}"/></w:tcPr>${content}</w:tc>`).join('') +
        '</w:tr>',
    )
    .join('');
  return `<w:tbl><w:tblPr><w:tblW w:type="pct" w:w="5000"/>${TABLE_BORDERS}</w:tblPr><w:tblGrid>${grid}</w:tblGrid>${body}</w:tbl>`;
}
