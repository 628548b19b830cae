/**
 * The one print template's style sheet: the editor's live preview and the PDF share it, so what the
 * officer sees is what journalists get. `--accent`, `--text-font` and the page size are set per kit.
 */
export interface PrintCssOptions {
  pageSize: 'letter' | 'a4';
  accent: string;
  textFont: string;
  headFont: string;
  /** The words around the page number and the page count ("Page " · " de " · ""); none: no folio. */
  folio?: { before: string; between: string; after: string };
  /** A kit's cover carries no folio; its pages are still counted, as a PDF reader counts them. */
  coverPage?: boolean;
}

/** A CSS string literal: the folio's words are the locale's, but a quote or backslash must not end the rule. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\r\n]/g, ' ')}"`;
}

/**
 * The folio as an @page margin box: set in the document's labels' typeface, which Chromium's own
 * header and footer templates cannot use (they are painted before the page's web fonts load).
 */
function folioCss(opts: PrintCssOptions): string {
  const f = opts.folio;
  if (!f) return '';
  const content = [cssString(f.before), 'counter(page)', cssString(f.between), 'counter(pages)', cssString(f.after)].join(' ');
  return `
@page { @bottom-center { content: ${content}; font-family: ${opts.headFont}; font-size: 7.5pt; color: #6b7280; vertical-align: middle; } }${
    opts.coverPage ? '\n@page :first { @bottom-center { content: none; } }' : ''
  }`;
}

export function printCss(opts: PrintCssOptions): string {
  const size = opts.pageSize === 'a4' ? 'A4' : 'Letter';
  return `
@page { size: ${size}; margin: 18mm 20mm 20mm 20mm; }${folioCss(opts)}
:root {
  --accent: ${opts.accent};
  --ink: #1d1d1f;
  --muted: #5b6470;
  --rule: #d5dae0;
  --text-font: ${opts.textFont};
  --head-font: ${opts.headFont};
}
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; color: var(--ink); font-family: var(--text-font); font-size: 10.5pt; line-height: 1.5;
  font-kerning: normal; hyphens: manual; }
a { color: var(--accent); text-decoration: underline; text-decoration-thickness: 0.5pt; text-underline-offset: 1.5pt; }
/* A release starts a page; the kit's own sections (logos, contacts, About, text) follow what comes
   before them, so a short one never stands alone on a near-empty page (#16). */
.page { break-before: page; }
body > .page:first-child { break-before: auto; }
@media print {
  .page.flow { break-before: auto; margin-top: 14mm; }
  .cover + .page.flow, .contents-page + .page.flow, body > .page.flow:first-child { break-before: page; margin-top: 0; }
  .section-title, .section-rule { break-after: avoid; }
  .page.flow.short { break-inside: avoid; }
}
h1, h2, h3, .label, .timing, .cover-kicker, .eyebrow { font-family: var(--head-font); }

/* Cover */
.cover { display: flex; flex-direction: column; min-height: 240mm; }
.a4 .cover { min-height: 255mm; }
.cover-band { height: 10mm; background: var(--accent); margin-bottom: 26mm; border-radius: 1mm; }
.cover-logos { display: flex; gap: 14mm; align-items: center; flex-wrap: wrap; margin-bottom: 30mm; }
.cover-logos img { max-height: 22mm; max-width: 70mm; object-fit: contain; }
.cover-kicker { text-transform: uppercase; letter-spacing: 0.14em; font-size: 10pt; font-weight: 700; color: var(--accent); margin: 0 0 4mm; }
.cover h1 { font-size: 32pt; line-height: 1.12; margin: 0 0 6mm; font-weight: 700; letter-spacing: -0.01em; }
.cover .cover-subtitle { font-size: 15pt; color: var(--muted); margin: 0 0 14mm; line-height: 1.35; }
/* A cover that also lists the contents gives up some of its air so that both fit on one page. */
.cover.with-contents .cover-band { margin-bottom: 18mm; }
.cover.with-contents .cover-logos { margin-bottom: 16mm; }
.cover-event { margin-top: auto; border-top: 2pt solid var(--accent); padding-top: 6mm; display: grid; gap: 1.5mm; }
.cover-event .event-name { font-size: 14pt; font-weight: 700; font-family: var(--head-font); }
.cover-event .event-when { font-size: 11.5pt; color: var(--muted); }
.cover-contents { margin: 0 0 10mm; padding: 0; list-style: none; font-size: 10.5pt; color: var(--muted); }
.cover-contents li { padding: 1.2mm 0; border-bottom: 0.5pt solid var(--rule); }
.cover-contents a { display: flex; align-items: baseline; gap: 4mm; color: inherit; text-decoration: none; }
.cover-contents .toc-title { flex: 1; }
/* As wide for an empty column as for "128": the first print, without numbers, lays out the same pages. */
.cover-contents .toc-page { flex: none; width: 9mm; text-align: right; font-variant-numeric: tabular-nums; color: var(--ink); }
/* The preview is not paginated: no page numbers to show. */
.preview .cover-contents .toc-page { display: none; }
/* When the contents do not fit on the cover, they get the next page, under a real heading. */
.contents-page .eyebrow { font-size: 16pt; margin: 0 0 6mm !important; }
.contents-page .cover-contents { font-size: 11.5pt; }
.contents-page .cover-contents li { padding: 2mm 0; }

/* Release */
.release-head { display: flex; justify-content: space-between; align-items: center; gap: 10mm;
  padding-bottom: 4mm; border-bottom: 1.5pt solid var(--accent); margin-bottom: 7mm; }
.release-logos { display: flex; gap: 8mm; align-items: center; }
.release-logos img { max-height: 13mm; max-width: 48mm; object-fit: contain; }
.label { text-transform: uppercase; letter-spacing: 0.12em; font-weight: 700; font-size: 9.5pt; color: var(--accent); text-align: right; }
/* A narrow label wraps between words, never between the characters of プレスリリース. */
.release-head .label { word-break: keep-all; }
.addressee { margin: 0 0 2mm; font-weight: 700; }
.timing { font-weight: 700; font-size: 9.5pt; letter-spacing: 0.04em; margin: 0 0 5mm; }
.release h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 3mm; font-weight: 700; letter-spacing: -0.005em; }
.subheadline { font-size: 12.5pt; line-height: 1.35; color: var(--muted); font-style: italic; margin: 0 0 7mm; }
.dateline { font-weight: 700; }
.release p, .text-section p { margin: 0 0 3.2mm; text-align: left; orphans: 3; widows: 3; }
/* The text's last lines go along with the end mark: enough of them that the page they go to is not a stray one. */
.release .body > p:last-child { widows: 5; }
.release h2, .text-section h2 { font-size: 12.5pt; margin: 6mm 0 2mm; color: var(--accent); break-after: avoid; }
.release h3, .text-section h3 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; }
ul, ol { margin: 0 0 3.5mm; padding-left: 7mm; }
li { margin: 0 0 1.6mm; padding-left: 1mm; }
ul li::marker { color: var(--accent); }
ol li::marker { color: var(--accent); font-weight: 700; }
blockquote { margin: 4mm 0 5mm; padding: 1mm 0 1mm 6mm; border-left: 2.5pt solid var(--accent); font-size: 11.5pt; font-style: italic; }
blockquote p { margin: 0 0 1.5mm; }
blockquote footer { font-style: normal; font-size: 9.5pt; color: var(--muted); }
.boilerplate { margin-top: 6mm; break-inside: avoid; }
.boilerplate h2 { font-size: 10.5pt !important; color: var(--ink) !important; margin: 0 0 1.5mm !important; }
.boilerplate p { font-size: 9.5pt; color: #333a42; }
.release .end-mark, .end-mark { text-align: center; font-weight: 700; letter-spacing: 0.08em; margin: 7mm 0 6mm; }
/* The end mark and the contacts under it go to a page together, and never alone: the last lines
   of the text before them come along (break-before: avoid; orphans and widows keep three). */
.release-end { break-inside: avoid; break-before: avoid; }
.contacts-elsewhere { font-size: 9.5pt; color: var(--muted); }
.release-end + .notes { break-before: avoid; }
.notes > h2 { break-after: avoid; }
.release .date-line { text-align: right; margin: 0 0 4mm; }
.contacts { break-inside: avoid; }
.contacts h2 { font-size: 10.5pt; margin: 0 0 2mm; color: var(--ink); }
.contact-list { display: grid; grid-template-columns: 1fr 1fr; gap: 3mm 10mm; font-size: 9.5pt; }
.contact { line-height: 1.4; }
.contact .name { font-weight: 700; }
.contact .title, .contact .org { color: var(--muted); }

/* A release's own tables */
table.body-table { width: 100%; border-collapse: collapse; margin: 1mm 0 4mm; font-size: 9.5pt; line-height: 1.4; }
.body-table th { text-align: left; font-family: var(--head-font); font-weight: 700; border-bottom: 1.2pt solid var(--accent); padding: 1.5mm 3mm 1.5mm 0; }
.body-table td { vertical-align: top; border-bottom: 0.5pt solid var(--rule); padding: 1.5mm 3mm 1.5mm 0; }
.body-table tr { break-inside: avoid; }
.body-table thead { display: table-header-group; }

/* Logo sheet */
.section-title { font-size: 18pt; margin: 0 0 2mm; }
.section-rule { height: 1.5pt; background: var(--accent); margin: 0 0 7mm; }
.logo-grid { display: grid; grid-template-columns: 1fr 1fr; gap: 7mm; }
.logo-card { border: 0.75pt solid var(--rule); border-radius: 2mm; overflow: hidden; break-inside: avoid; }
.logo-well { height: 42mm; display: flex; align-items: center; justify-content: center; padding: 6mm; background: #f4f6f8; }
.logo-well.dark { background: #22272e; }
.logo-well img { max-width: 100%; max-height: 100%; object-fit: contain; }
.logo-meta { padding: 3mm 4mm; font-size: 9pt; line-height: 1.4; }
.logo-meta .logo-name { font-weight: 700; font-size: 10pt; }
.logo-meta .caption { color: var(--muted); }

/* Contact sheet */
table.contact-sheet { width: 100%; border-collapse: collapse; font-size: 9.5pt; table-layout: fixed; }
.contact-sheet th { text-align: left; font-family: var(--head-font); font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.06em;
  color: var(--accent); border-bottom: 1.5pt solid var(--accent); padding: 2mm 2mm 2mm 0; }
.contact-sheet.plain-headers th { text-transform: none; letter-spacing: 0; }
.contact-sheet td { vertical-align: top; padding: 2.5mm 2mm 2.5mm 0; border-bottom: 0.5pt solid var(--rule); }
.contact-sheet tr { break-inside: avoid; }
.contact-sheet .name { font-weight: 700; }
.contact-sheet td.phone { white-space: nowrap; }
.contact-sheet td.email a { overflow-wrap: break-word; } /* breaks at the <wbr> after @ and before dots first */
.contact-sheet td.email.whole a { white-space: nowrap; } /* the column was sized for the longest address */

/* Boilerplates / text */
.boilerplates .boilerplate:first-of-type { margin-top: 0; }

/* The live preview: sheets of paper on a grey desk. */
@media screen {
  body.preview { background: #e9ecef; padding: 12px 0; }
  body.preview .page { background: #fff; margin: 0 auto 16px; box-shadow: 0 1px 4px rgba(0,0,0,.18);
    width: ${opts.pageSize === 'a4' ? '210mm' : '8.5in'}; min-height: ${opts.pageSize === 'a4' ? '297mm' : '11in'}; padding: 18mm 20mm 20mm; }
  body.preview .cover { min-height: ${opts.pageSize === 'a4' ? '297mm' : '11in'}; }
}
`;
}
