import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { createContext } from '../../../electron/host/context.js';
import { Library } from '../../../electron/library/library.js';
import { newId, type Lang } from '../../../electron/model/index.js';
import type { KitSection } from '../../../electron/model/entities.js';
import { call } from '../../helpers/api.js';
import { tempDir } from '../../helpers/temp-dir.js';

/**
 * Kits built as an officer builds them (releases imported from files, a logo per organization, one
 * contact sheet of every release's contacts, the organizations' About texts), exported through the
 * API, then read page by page as a journalist sees them: `pdftotext -layout` per page.
 */

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CORPUS = path.join(ROOT, 'tests/fixtures/corpus');

export interface BuiltKit {
  dir: string;
  pdf: string;
  docx: string;
  md: string;
  pages: string[];
  /** Every release's organizations' About headings and contacts' e-mail addresses, as imported. */
  headings: string[];
  emails: string[];
  warnings: string[];
}

function logoSvg(hue: number): Buffer {
  return Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="200"><rect width="600" height="200" fill="#fff"/><rect x="20" y="40" width="120" height="120" rx="24" fill="hsl(${hue},60%,35%)"/><rect x="170" y="70" width="380" height="30" fill="hsl(${hue},60%,35%)"/></svg>`,
  );
}

/** Imports `files` into a fresh library and exports a kit of them (PDF, DOCX, Markdown). */
export async function buildKit(
  files: string[],
  opts: { name: string; lang: Lang; aboutSection?: boolean; contactsSection?: boolean; pageSize?: 'letter' | 'a4'; printOnce?: "kit-sections" | "release-pages" },
): Promise<BuiltKit> {
  const dir = await tempDir('mediakit-pages-');
  const lib = await Library.open(dir, { app: 'kit pages test' });
  const ctx = createContext(lib, 'cli');
  try {
    const releaseIds: string[] = [];
    const orgIds = new Set<string>();
    const contactIds = new Set<string>();
    const headings: string[] = [];
    const emails: string[] = [];
    for (const file of files) {
      const bytes = await readFile(file);
      const rel = await call(ctx, 'import.release', { fileName: path.basename(file), contentBase64: bytes.toString('base64') });
      releaseIds.push(rel.id);
      for (const o of rel.organizations) {
        if (!orgIds.has(o.id) && o.heading) headings.push(o.heading);
        orgIds.add(o.id);
      }
      for (const c of rel.contacts) {
        if (!contactIds.has(c.id)) emails.push(...c.emails);
        contactIds.add(c.id);
      }
    }
    const logoIds: string[] = [];
    const orgs = lib.doc.organizations.filter((o) => orgIds.has(o.id));
    for (const [n, o] of orgs.slice(0, 3).entries()) {
      const png = await sharp(logoSvg(n * 120 + 150)).png().toBuffer();
      const logo = await call(ctx, 'import.logo', { fileName: `logo-${n}.png`, contentBase64: png.toString('base64'), organization: o.name });
      logoIds.push(logo.id);
    }
    const sheet = await call(ctx, 'sheets.create', { data: { name: 'Presse', contactIds: [...contactIds] } });
    const sections: KitSection[] = releaseIds.map((releaseId) => ({ id: newId('section'), type: 'release', releaseId }));
    if (logoIds.length) sections.push({ id: newId('section'), type: 'logos', title: '', logoIds });
    if (opts.aboutSection !== false) sections.push({ id: newId('section'), type: 'boilerplates', title: '', organizationIds: [...orgIds] });
    if (opts.contactsSection !== false) sections.push({ id: newId('section'), type: 'contacts', title: '', sheetId: sheet.id });
    const kit = await call(ctx, 'kits.create', {
      data: {
        name: opts.name,
        lang: opts.lang,
        pageSize: opts.pageSize ?? (opts.lang === 'en-GB' || opts.lang === 'fr-FR' ? 'a4' : 'letter'),
        event: { name: 'Salon 2026', date: '2026-05-12', location: 'Montréal' },
        cover: { show: true, logoIds, subtitle: '' },
        sections,
        ...(opts.printOnce ? { printOnce: opts.printOnce } : {}),
      },
    });
    const out = await tempDir('mediakit-pages-out-');
    const result = await call(ctx, 'export.kit', { id: kit.id, formats: ['pdf', 'docx', 'md'], outDir: out });
    const file = (f: string) => result.files.find((x) => x.format === f)?.path ?? '';
    const pdf = file('pdf');
    return { dir: out, pdf, docx: file('docx'), md: await readFile(file('md'), 'utf8'), pages: pageTexts(pdf), headings, emails, warnings: result.warnings.map((w) => w.message) };
  } finally {
    await ctx.dispose();
    await lib.close();
  }
}

/** The sample library a new user loads (Settings → sample), and its kit exported as it comes. */
export async function buildSampleLibraryKit(): Promise<BuiltKit> {
  const dir = await tempDir('mediakit-pages-sample-');
  const lib = await Library.open(dir, { app: 'kit pages test' });
  const ctx = createContext(lib, 'cli');
  try {
    await call(ctx, 'sample.load', {});
    const kit = lib.doc.kits.find((k) => !k.deletedAt);
    if (!kit) throw new Error('the sample library has no kit');
    const headings = lib.doc.organizations.map((o) => o.aboutHeadings?.fr || `À propos ${o.name}`);
    const emails = lib.doc.contacts.flatMap((c) => c.emails);
    const out = await tempDir('mediakit-pages-out-');
    const result = await call(ctx, 'export.kit', { id: kit.id, formats: ['pdf', 'docx', 'md'], outDir: out });
    const file = (f: string) => result.files.find((x) => x.format === f)?.path ?? '';
    const pdf = file('pdf');
    return { dir: out, pdf, docx: file('docx'), md: await readFile(file('md'), 'utf8'), pages: pageTexts(pdf), headings, emails, warnings: result.warnings.map((w) => w.message) };
  } finally {
    await ctx.dispose();
    await lib.close();
  }
}

export function pageCount(pdf: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1] ?? 0);
}

/** Each page's text as laid out, the running footer ("Page 2 de 5") taken off. */
export function pageTexts(pdf: string): string[] {
  const n = pageCount(pdf);
  const pages: string[] = [];
  for (let i = 1; i <= n; i++) {
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(i), '-l', String(i), pdf, '-'], { encoding: 'utf8' });
    pages.push(text.replace(/\f/g, '').replace(/^\s*(Page|ページ)?\s*\d+\s*(de|of|\/)\s*\d+\s*(ページ)?\s*$/gm, ''));
  }
  return pages;
}

export function lines(page: string): string[] {
  return page.split('\n').map((l) => l.trim()).filter(Boolean);
}

/** How many times `needle` occurs in the whole document, across pages (whitespace runs as one). */
export function occurrences(pages: string[], needle: string): number {
  // The export typesets (’ for ', no-break spaces): compare the words, not the typography.
  const plain = (t: string) => t.replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  return plain(pages.join('\n')).split(plain(needle)).length - 1;
}

/** Opt-in for people: KIT_PAGES_PNG=folder renders every page at 60 dpi there, to look at. */
export function maybeRender(kit: BuiltKit, name: string): void {
  const to = process.env.KIT_PAGES_PNG;
  if (!to) return;
  execFileSync('pdftoppm', ['-png', '-r', '60', kit.pdf, path.join(to, name)]);
  execFileSync('cp', [kit.pdf, path.join(to, `${name}.pdf`)]);
  execFileSync('cp', [kit.docx, path.join(to, `${name}.docx`)]);
}

const squeeze = (t: string) => t.replace(/[’‘]/g, "'").replace(/\s+/g, '');

/**
 * The table of contents as a reader checks it: every entry's page number is the page its section
 * starts on (the first page after the contents where a line starts with the entry's title), and
 * there is one entry per section. Wrapped titles carry their number on their first line.
 */
export function expectContentsPages(kit: BuiltKit, sections: number): void {
  const at = kit.pages.findIndex((p) => lines(p).some((l) => /^(Contents|Table des matières|Sommaire|目次)$/.test(l)));
  if (at < 0) throw new Error('no table of contents in the first pages');
  const entries: { title: string; page: number }[] = [];
  for (const line of kit.pages[at]!.split('\n')) {
    const m = /^\s*(\S.*?)\s{2,}(\d+)\s*$/.exec(line);
    if (m) entries.push({ title: m[1]!, page: Number(m[2]) });
  }
  if (entries.length !== sections) throw new Error(`${entries.length} numbered entries in the contents for ${sections} sections:\n${kit.pages[at]}`);
  let previous = at + 1;
  for (const { title, page } of entries) {
    const full = squeeze(title);
    const start = full.slice(0, 14);
    // A heading, not a pointer to it ("Media contacts: see “Media contacts”" at the foot of a release).
    const heading = (l: string) => squeeze(l).startsWith(start) && !/^[:：]/.test(squeeze(l).slice(full.length));
    const found = kit.pages.findIndex((p, i) => i > at && lines(p).some(heading)) + 1;
    if (found !== page) throw new Error(`the contents give page ${page} for "${title}", which starts on page ${found || 'none'}`);
    if (page < previous) throw new Error(`"${title}" (page ${page}) comes before the entry above it (page ${previous})`);
    previous = page;
  }
}

/** The folio ("Page 2 de 5", "2 / 5 ページ") of each page, as printed: none on a kit's cover. */
export function folios(pdf: string): string[] {
  const n = pageCount(pdf);
  const out: string[] = [];
  for (let i = 1; i <= n; i++) {
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', '-f', String(i), '-l', String(i), pdf, '-'], { encoding: 'utf8' });
    out.push(lines(text.replace(/\f/g, '')).filter((l) => /^(Page|ページ)?\s*\d+\s*(de|of|\/)\s*\d+\s*(ページ)?$/.test(l)).join(' '));
  }
  return out;
}

/** The fonts the PDF embeds (pdffonts' names, subset prefix off). */
export function embeddedFonts(pdf: string): string[] {
  const rows = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter((l) => l.trim());
  return [...new Set(rows.map((r) => r.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, '')))];
}
