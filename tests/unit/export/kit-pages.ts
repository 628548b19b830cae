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
