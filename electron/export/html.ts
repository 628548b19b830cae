import type { Block, Inline, Table } from '../model/index.js';
import { fontFaces, familyName } from './fonts.js';
import type {
  BoilerplatesSection,
  ContactSheetSection,
  FileSource,
  ImageRef,
  KitContact,
  KitDocument,
  KitSectionDoc,
  LogoSheetSection,
  ReleaseSection,
  TextSection,
} from './kit-document.js';
import { contactColumns, headerWidthPt } from './contact-columns.js';
import { printCss } from './print-css.js';

/**
 * The print template: one self-contained HTML page (fonts and images inlined, no script, nothing
 * fetched) that is both the editor's live preview and the source the PDF is printed from.
 */

export interface RenderHtmlOptions {
  mode: 'print' | 'preview';
  /**
   * The page each section starts on, by section id, for the table of contents: known only once the
   * document has been printed (writers.ts prints twice). Without it the column is left empty, its
   * width kept, so that filling it in moves nothing.
   */
  contentsPages?: ReadonlyMap<string, number>;
  /** Where the contents go, once a print has shown it; else as contentsFitOnCover estimates. */
  contentsOnCover?: boolean;
}

const MIME: Record<ImageRef['format'], string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
};

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function inlines(content: readonly Inline[]): string {
  return content
    .map((i) => {
      let h = escapeHtml(i.text);
      if (i.italic) h = `<em>${h}</em>`;
      if (i.bold) h = `<strong>${h}</strong>`;
      if (i.href && /^(https?:\/\/|mailto:)/i.test(i.href)) h = `<a href="${escapeHtml(i.href)}">${h}</a>`;
      return h;
    })
    .join('');
}

/** A table of the release: its header row repeats on each page it spans, its rows never split. */
function bodyTable(t: Table): string {
  const cells = (row: Inline[][], tag: 'th' | 'td') => `<tr>${row.map((c) => `<${tag}${tag === 'th' ? ' scope="col"' : ''}>${inlines(c)}</${tag}>`).join('')}</tr>`;
  const [first, ...rest] = t.rows;
  const head = t.header && first ? `<thead>${cells(first, 'th')}</thead>` : '';
  const body = (t.header ? rest : t.rows).map((r) => cells(r, 'td')).join('');
  return `<table class="body-table">${head}<tbody>${body}</tbody></table>`;
}

function blocks(body: readonly Block[], dateline = ''): string {
  let datelineUsed = !dateline;
  const out = body.map((b) => {
    switch (b.type) {
      case 'paragraph': {
        // 【大阪】 runs straight into Japanese text; a Western dateline is followed by a space.
        const lead = datelineUsed ? '' : `<span class="dateline">${escapeHtml(dateline)}</span>${dateline.endsWith('】') ? '' : ' '}`;
        datelineUsed = true;
        return `<p>${lead}${inlines(b.content)}</p>`;
      }
      case 'heading':
        return `<h${b.level}>${inlines(b.content)}</h${b.level}>`;
      case 'list': {
        const tag = b.ordered ? 'ol' : 'ul';
        return `<${tag}>${b.items.map((it) => `<li>${inlines(it)}</li>`).join('')}</${tag}>`;
      }
      case 'quote':
        return `<blockquote><p>${inlines(b.content)}</p>${
          b.attribution ? `<footer>— ${escapeHtml(b.attribution)}</footer>` : ''
        }</blockquote>`;
      case 'table':
        return bodyTable(b);
    }
  });
  if (!datelineUsed) out.unshift(`<p><span class="dateline">${escapeHtml(dateline)}</span></p>`);
  return out.join('\n');
}

type Images = Map<string, string>;

async function loadImages(doc: KitDocument, files: FileSource): Promise<Images> {
  const refs = new Map<string, ImageRef>();
  for (const l of doc.allLogos) refs.set(l.sha256, l);
  for (const l of doc.cover?.logos ?? []) refs.set(l.sha256, l);
  const images: Images = new Map();
  for (const [sha, ref] of refs) {
    const bytes = await files.read(sha);
    images.set(sha, `data:${MIME[ref.format]};base64,${Buffer.from(bytes).toString('base64')}`);
  }
  return images;
}

function img(images: Images, ref: ImageRef): string {
  const src = images.get(ref.sha256);
  return src ? `<img src="${src}" alt="${escapeHtml(ref.name)}" width="${ref.width}" height="${ref.height}">` : '';
}

function langAttr(doc: KitDocument, lang: string): string {
  return lang === doc.lang ? '' : ` lang="${escapeHtml(lang)}"`;
}

/**
 * An address that has to wrap breaks where typographers break it: after the @ and before a dot
 * (`<wbr>` marks the places; the text and the link stay the address, copied whole).
 */
function emailText(e: string): string {
  return escapeHtml(e).replace(/@/g, '@<wbr>').replace(/\./g, '<wbr>.');
}

function contactBlock(c: KitContact): string {
  const lines = [
    `<div class="name">${escapeHtml(c.name)}</div>`,
    c.title ? `<div class="title">${escapeHtml(c.title)}</div>` : '',
    c.organization ? `<div class="org">${escapeHtml(c.organization)}</div>` : '',
    ...c.phones.map((p) => `<div class="phone">${escapeHtml(p)}</div>`),
    ...c.emails.map((e) => `<div class="email"><a href="mailto:${escapeHtml(e)}">${emailText(e)}</a></div>`),
  ];
  // A Japanese name in a French release is tagged so screen readers and fonts treat it as Japanese.
  const lang = c.lang === 'ja' ? ' lang="ja"' : '';
  return `<div class="contact"${lang}>${lines.join('')}</div>`;
}

function release(doc: KitDocument, s: ReleaseSection, images: Images): string {
  const logos = s.headerLogos.map((l) => img(images, l)).join('');
  const boilerplates = s.boilerplates
    .map((b) => `<div class="boilerplate"><h2>${escapeHtml(b.heading)}</h2>${b.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</div>`)
    .join('');
  const contacts = s.contacts.length
    ? `<div class="contacts"><h2>${escapeHtml(s.contactsHeading)}</h2><div class="contact-list">${s.contacts.map(contactBlock).join('')}</div></div>`
    : s.contactsElsewhere
      ? `<p class="contacts-elsewhere">${escapeHtml(s.contactsElsewhere)}</p>`
      : '';
  return `<article class="page release" id="${escapeHtml(s.id)}"${langAttr(doc, s.lang)}>
<header class="release-head"><div class="release-logos">${logos}</div><div class="label">${escapeHtml(s.label)}</div></header>
${s.addressee ? `<p class="addressee">${escapeHtml(s.addressee)}</p>` : ''}
<p class="timing">${escapeHtml(s.timingLine)}</p>
${s.dateLine ? `<p class="date-line">${escapeHtml(s.dateLine)}</p>` : ''}
<h1>${escapeHtml(s.headline)}</h1>
${s.subheadline ? `<p class="subheadline">${escapeHtml(s.subheadline)}</p>` : ''}
<div class="body">${blocks(s.body, s.datelineText)}</div>
${
  // UK style: ENDS, then "Notes to editors" with the notes and the About sections under them.
  s.notes
    ? `<div class="release-end"><p class="end-mark">${escapeHtml(s.endMark)}</p></div>
<section class="notes"><h2>${escapeHtml(s.notes.heading)}</h2>${blocks(s.notes.body)}${boilerplates}</section>
${contacts}`
    : `${boilerplates}
<div class="release-end"><p class="end-mark">${escapeHtml(s.endMark)}</p>
${contacts}</div>`
}
</article>`;
}

/**
 * A section this short always fits on one page: it is kept whole (print-css.ts: .short), rather
 * than leaving its title and one row of a table at the foot of a page and the rest on the next.
 */
const SHORT = { logos: 6, contacts: 12 };

function logoSheet(doc: KitDocument, s: LogoSheetSection, images: Images): string {
  const cards = s.logos
    .map(
      (l) => `<figure class="logo-card" style="margin:0"><div class="logo-well${l.variantKey === 'reversed' ? ' dark' : ''}">${img(images, l)}</div>
<figcaption class="logo-meta"><div class="logo-name">${escapeHtml(l.name)}</div><div>${escapeHtml(
        [l.organization, l.variant].filter(Boolean).join(' · '),
      )}</div><div class="caption">${escapeHtml(l.caption)}</div></figcaption></figure>`,
    )
    .join('\n');
  return `<section class="page flow logo-sheet${s.logos.length <= SHORT.logos ? ' short' : ''}" id="${escapeHtml(s.id)}"${langAttr(doc, s.lang)}>
<h1 class="section-title">${escapeHtml(s.title)}</h1><div class="section-rule"></div>
<div class="logo-grid">${cards}</div></section>`;
}

/** The contact sheet's table, its columns sized from their content (contact-columns.ts). */
function contactSheet(doc: KitDocument, s: ContactSheetSection): string {
  // Headers are 8.5 pt bold capitals spaced 0.06 em (print-css.ts); bold runs about a tenth wider.
  // Where long addresses leave the organization too narrow for its header in capitals, the headers
  // are set in small letters (print-css.ts: .plain-headers), which fit where "ORGANIZATION" does not.
  const columns = (upper: boolean) => {
    const header = (t: string) => headerWidthPt(t, 8.5, upper ? { upper: true, tracking: 0.06 } : {}) * 1.12;
    // A little slack over the estimate: an address set whole must not run into the phone column.
    return contactColumns(s.contacts, doc.pageSize, 9.5 * 1.08, {
      organization: header(s.columns.organization),
      email: header(s.columns.email),
      phone: header(s.columns.phone),
    });
  };
  const capitals = columns(true);
  const plainHeaders = !capitals.headersFit;
  const { widths, emailsFit } = plainHeaders ? columns(false) : capitals;
  const address = (e: string) => (emailsFit ? escapeHtml(e) : emailText(e));
  const rows = s.contacts
    .map((c) => {
      const cellLang = c.lang && c.lang !== s.lang && /^ja/.test(c.lang) ? ` lang="ja"` : '';
      return `<tr><td${cellLang}><div class="name">${escapeHtml(c.name)}</div><div>${escapeHtml(c.title)}</div></td>
<td>${escapeHtml(c.organization)}</td>
<td class="email${emailsFit ? ' whole' : ''}">${c.emails.map((e) => `<a href="mailto:${escapeHtml(e)}">${address(e)}</a>`).join('<br>')}</td>
<td class="phone">${c.phones.map(escapeHtml).join('<br>')}</td></tr>`;
    })
    .join('\n');
  const col = s.columns;
  return `<section class="page flow contact-sheet-page${s.contacts.length <= SHORT.contacts ? ' short' : ''}" id="${escapeHtml(s.id)}"${langAttr(doc, s.lang)}>
<h1 class="section-title">${escapeHtml(s.title)}</h1><div class="section-rule"></div>
<table class="contact-sheet${plainHeaders ? ' plain-headers' : ''}"><colgroup>${widths.map((w) => `<col style="width:${w}%">`).join('')}</colgroup><thead><tr><th>${escapeHtml(col.name)} · ${escapeHtml(col.title)}</th><th>${escapeHtml(
    col.organization,
  )}</th><th>${escapeHtml(col.email)}</th><th>${escapeHtml(col.phone)}</th></tr></thead><tbody>${rows}</tbody></table></section>`;
}

function boilerplatesSection(doc: KitDocument, s: BoilerplatesSection): string {
  return `<section class="page flow boilerplates" id="${escapeHtml(s.id)}"${langAttr(doc, s.lang)}>
<h1 class="section-title">${escapeHtml(s.title)}</h1><div class="section-rule"></div>
${s.boilerplates.map((b) => `<div class="boilerplate"><h2>${escapeHtml(b.heading)}</h2>${b.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</div>`).join('')}
</section>`;
}

function textSection(doc: KitDocument, s: TextSection): string {
  return `<section class="page flow text-section" id="${escapeHtml(s.id)}"${langAttr(doc, s.lang)}>
${s.title ? `<h1 class="section-title">${escapeHtml(s.title)}</h1><div class="section-rule"></div>` : ''}
${blocks(s.body)}</section>`;
}

function sectionTitle(s: KitSectionDoc): string {
  return s.type === 'release' ? s.headline : s.title;
}

/**
 * Whether the table of contents fits on the cover with everything else. When it does not, the
 * event line at the foot of the cover would spill onto a page of its own, so the contents get a
 * page of their own instead. Heights in mm from the print template (print-css.ts): the band, the
 * rows of logos (they wrap), the title and subtitle lines, one line per entry, the event block;
 * widths in Latin characters, CJK counting double. Only a first guess for the PDF: writers.ts
 * moves the contents to their own page when the printed cover spills over all the same.
 */
export function contentsFitOnCover(doc: KitDocument): boolean {
  return coverOverflow(doc) <= 0;
}

/** How far (mm) the cover with its contents runs past the page by that estimate; negative: room left. */
export function coverOverflow(doc: KitDocument): number {
  const c = doc.cover;
  if (!c) return Infinity;
  const page = doc.pageSize === 'a4' ? { width: 170, height: 259 } : { width: 175.9, height: 241.4 };
  const width = (t: string) => [...t].reduce((n, ch) => n + (/[\u2E80-\uFFEF]/.test(ch) ? 2 : 1), 0);
  const lines = (t: string, perLine: number) => Math.max(1, Math.ceil(width(t) / perLine));
  // Logos are at most 22 mm high and 70 mm wide, 14 mm apart, wrapping to new rows.
  let rows = 0;
  let rowWidth = Infinity;
  for (const l of c.logos) {
    const w = Math.min(70, (22 * l.width) / Math.max(1, l.height));
    if (rowWidth + 14 + w > page.width) {
      rows++;
      rowWidth = w;
    } else rowWidth += 14 + w;
  }
  // Under the logos, 16 mm when the contents share the cover (print-css.ts: .with-contents).
  const logos = rows ? rows * 22 + (rows - 1) * 14 + 16 : 0;
  const title = lines(c.title, 28) * 12.7 + 6;
  const subtitle = c.subtitle ? lines(c.subtitle, 60) * 7.2 + 14 : 0;
  // An entry's title is as wide as the page less its page number's column.
  const contents = 7.6 + doc.sections.reduce((n, s) => n + lines(sectionTitle(s), 88) * 5.6 + 2.6, 0) + 10;
  const event = 22;
  // 28: the band and the space under it; 9.3: the kit's label.
  return 28 + logos + 9.3 + title + subtitle + contents + event - page.height;
}

function contentsList(doc: KitDocument, pages: ReadonlyMap<string, number> | undefined): string {
  // Each entry links to its section: a PDF reader follows it, and the printer's PDF names the link's
  // target, which is how writers.ts learns the page each section landed on.
  const items = doc.sections
    .map((s) => {
      const page = pages?.get(s.id);
      return `<li${langAttr(doc, s.lang)}><a href="#${escapeHtml(s.id)}"><span class="toc-title">${escapeHtml(sectionTitle(s))}</span><span class="toc-page">${
        page ?? ''
      }</span></a></li>`;
    })
    .join('');
  return `<p class="eyebrow" style="font-weight:700;margin:0 0 2mm">${escapeHtml(doc.labels.contents)}</p>
<ul class="cover-contents">${items}</ul>`;
}

function cover(doc: KitDocument, images: Images, options: RenderHtmlOptions): string {
  const pages = options.contentsPages;
  const c = doc.cover;
  if (!c) return '';
  const when = [c.dateText, c.location].filter(Boolean).join(' · ');
  const onCover = options.contentsOnCover ?? contentsFitOnCover(doc);
  return `<section class="page cover${onCover ? ' with-contents' : ''}">
<div class="cover-band"></div>
<div class="cover-logos">${c.logos.map((l) => img(images, l)).join('')}</div>
<p class="cover-kicker">${escapeHtml(c.kitLabel)}</p>
<h1>${escapeHtml(c.title)}</h1>
${c.subtitle ? `<p class="cover-subtitle">${escapeHtml(c.subtitle)}</p>` : ''}
${onCover ? contentsList(doc, pages) : ''}
<div class="cover-event">${c.eventLine ? `<div class="event-name">${escapeHtml(c.eventLine)}</div>` : ''}${
    when ? `<div class="event-when">${escapeHtml(when)}</div>` : ''
  }</div>
</section>${onCover ? '' : `\n<section class="page contents-page">${contentsList(doc, pages)}</section>`}`;
}

/** Every character the page shows, so the font subsets embedded are exactly those needed. */
export function documentText(doc: KitDocument): string {
  return JSON.stringify({ ...doc, allLogos: [], warnings: [] });
}

export async function renderHtml(doc: KitDocument, files: FileSource, options: RenderHtmlOptions): Promise<string> {
  const images = await loadImages(doc, files);
  const text = documentText(doc);
  const latinKey = doc.theme.font === 'serif' ? 'serif' : 'inter';
  const faces = [await fontFaces(latinKey, text), await fontFaces('jp', text)];
  if (latinKey === 'serif') faces.push(await fontFaces('inter', text));
  const jp = `'${familyName('jp')}'`;
  const css = printCss({
    pageSize: doc.pageSize,
    accent: doc.theme.accent,
    textFont: `'${familyName(latinKey)}', ${jp}, serif`,
    headFont: `'${familyName('inter')}', ${jp}, sans-serif`,
    folio: doc.labels.page,
    coverPage: !!doc.cover,
  });
  const body = [
    cover(doc, images, options),
    ...doc.sections.map((s) => {
      switch (s.type) {
        case 'release':
          return release(doc, s, images);
        case 'logos':
          return logoSheet(doc, s, images);
        case 'contacts':
          return contactSheet(doc, s);
        case 'boilerplates':
          return boilerplatesSection(doc, s);
        case 'text':
          return textSection(doc, s);
      }
    }),
  ].join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(doc.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.metadata.title)}</title>
<meta name="author" content="${escapeHtml(doc.metadata.author)}">
<meta name="description" content="${escapeHtml(doc.metadata.subject)}">
<style>
${faces.map((f) => f.css).join('\n')}
${css}
</style>
</head>
<body class="${options.mode} ${doc.pageSize}">
${body}
</body>
</html>
`;
}
