import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printPdf } from '../../../electron/export/writers.js';
import { contentsFitOnCover, renderHtml } from '../../../electron/export/html.js';
import { resolveKit, resolveRelease } from '../../../electron/export/kit.js';
import { createChromiumPrinter, findChromium } from '../../../electron/host/chromium.js';
import type { PdfPrinter } from '../../../electron/export/pdf.js';
import { AppError } from '../../../electron/model/errors.js';
import { buildFixture, IDS, type Fixture } from '../../fixtures/export/library-fixture.js';
import { poppler, tempDir } from './helpers.js';

let fx: Fixture;
let printer: PdfPrinter;
let dir: string;
let kitPdf: Uint8Array;

beforeAll(async () => {
  fx = await buildFixture();
  dir = await tempDir();
  printer = createChromiumPrinter();
  kitPdf = await printPdf(resolveKit(fx.doc, IDS.kit), fx.files, printer);
});

afterAll(async () => {
  await printer.close();
});

describe('HTML print template', () => {
  it('is self-contained: fonts and images inlined, no script, nothing fetched', async () => {
    const html = await renderHtml(resolveKit(fx.doc, IDS.kit), fx.files, { mode: 'print' });
    expect(html).toMatch(/^<!doctype html>\s*<html lang="fr-CA">/);
    expect(html).not.toMatch(/<script/i);
    // In-document links (#rel_…, #sec_…) are the contents' entries.
    expect(html).not.toMatch(/(src|href)="(?!data:|mailto:|#[a-z]+_|https:\/\/bioalliance-laurentides\.example|https:\/\/www\.umeda-bio\.example)/);
    expect(html).toContain("font-family:'Inter'");
    expect(html).toContain("font-family:'Noto Sans JP'");
    expect(html).toMatch(/src="data:image\/png;base64,/);
    expect(html).toMatch(/src="data:image\/svg\+xml;base64,/);
    expect(html).toContain('<article class="page release" id="rel_AgreementEN1" lang="en-US">');
    expect(html).toContain('size: Letter');
    // The contact sheet's address column is sized for the longest address: each stays on one line.
    expect(html).toMatch(/<td class="email whole"><a href="mailto:couellet@bioalliance-laurentides\.example">couellet@bioalliance-laurentides\.example<\/a>/);
    // Under a release, an address that has to wrap may do so only after its @ or before a dot; its link stays whole.
    const release = await renderHtml(resolveRelease(fx.doc, IDS.relFr), fx.files, { mode: 'print' });
    expect(release).toMatch(/<a href="mailto:[^"<]+@[^"<]+\.[a-z]+">[^<@]+@<wbr>[^"]*<wbr>\.[a-z]+<\/a>/);
  });

  it('embeds no Japanese font for a text without Japanese', async () => {
    const html = await renderHtml(resolveRelease(fx.doc, IDS.relGb), fx.files, { mode: 'preview' });
    expect(html).not.toContain('Noto Sans JP\';font-style');
    expect(html).toContain('size: A4');
    expect(html).toContain('<html lang="en-GB">');
  });
});

describe('PDF printed by system Chromium', () => {
  it('carries the title, the page count and accessibility tags', async () => {
    const info = await poppler('pdfinfo', kitPdf, dir);
    expect(info).toMatch(/Title:\s+BIO 2025 Boston/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThanOrEqual(5);
  });

  it('embeds its fonts, with a Noto Sans JP subset for the Japanese name', async () => {
    const fonts = await poppler('pdffonts', kitPdf, dir);
    expect(fonts).toMatch(/Inter/);
    expect(fonts).toMatch(/NotoSansJP/);
    const rows = fonts.split('\n').slice(2).filter((l) => l.trim());
    for (const row of rows) expect(row, row).toMatch(/\s+yes\s+yes\s+yes\s+/);
  });

  it('has selectable text: headline, accents, Japanese name, dateline, page footer', async () => {
    const text = await poppler('pdftotext', kitPdf, dir);
    expect(text).toContain('Un partenariat Laurentides–Kansai pour accélérer');
    expect(text).toContain('Boston, le 16 juin 2025 –');
    expect(text).toContain('山田 花子');
    expect(text).toContain('Pour diffusion immédiate');
    // One end mark for the kit, the kit's language's (pdftotext joins a line ending in a hyphen to the next).
    expect(text).toMatch(/(^|\n)-30-?/);
    expect(text).not.toContain('###');
    expect(text).toContain('BOSTON, June 16, 2025 —');
    expect(text).toMatch(/Page 2 de \d/);
    // A space before the colon in French (a U+00A0 in the source; PDF text layers write it as U+0020).
    expect(text).toMatch(/Renseignements[ \u00A0]:/);
  });

  it('keeps the cover on one page: a long table of contents gets a page of its own', async () => {
    const short = resolveKit(fx.doc, IDS.kit);
    expect(contentsFitOnCover(short)).toBe(true);
    // The same kit with its releases listed three times: nine entries or more.
    const long = { ...short, sections: [...short.sections, ...short.sections, ...short.sections] };
    expect(contentsFitOnCover(long)).toBe(false);
    for (const doc of [short, long]) {
      const pdf = await printPdf(doc, fx.files, printer);
      const pageOne = await poppler('pdftotext', pdf, dir, ['-f', '1', '-l', '1']);
      const pageTwo = await poppler('pdftotext', pdf, dir, ['-f', '2', '-l', '2']);
      // The event's name and date stay at the foot of the cover, never spilled to the top of the next page.
      const { eventLine, dateText } = short.cover!;
      expect(pageOne).toContain(eventLine);
      expect(pageOne).toContain(dateText);
      expect(pageTwo.trim().startsWith(eventLine)).toBe(false);
      expect(pageTwo.trim().startsWith(dateText)).toBe(false);
      expect(pageOne.includes('Table des matières')).toBe(doc === short);
      expect(pageTwo.includes('Table des matières')).toBe(doc === long);
    }
  });

  it('prints a fr-FR text with narrow no-break spaces before ? and !', async () => {
    const doc = structuredClone(fx.doc);
    const rel = doc.releases.find((r) => r.id === IDS.relFr);
    if (!rel) throw new Error('fixture');
    rel.lang = 'fr-FR';
    rel.headline = 'Pourquoi Osaka ? Parce que tout commence là-bas !';
    const pdf = await printPdf(resolveRelease(doc, IDS.relFr), fx.files, printer);
    const text = await poppler('pdftotext', pdf, dir);
    // Chromium's text layer maps every space glyph to U+0020; the HTML it printed holds the real characters.
    expect(text).toContain('Pourquoi Osaka ? Parce que tout commence');
    const html = await renderHtml(resolveRelease(doc, IDS.relFr), fx.files, { mode: 'print' });
    expect(html).toContain('Pourquoi Osaka\u202F? Parce que tout commence là-bas\u202F!');
    expect(html).toContain('Parmi les objectifs du partenariat\u00A0:');
    expect(await poppler('pdfinfo', pdf, dir)).toMatch(/Page size:.*\(A4\)/);
  });

  it('prints again with the same printer (one browser kept warm across prints)', async () => {
    const again = await printPdf(resolveRelease(fx.doc, IDS.relGb), fx.files, printer);
    expect(Buffer.from(again.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
  });

  it('says PRINTER_UNAVAILABLE when MEDIAKIT_CHROMIUM points nowhere', () => {
    try {
      findChromium({ MEDIAKIT_CHROMIUM: '/nonexistent/chromium' });
      throw new Error('should have thrown');
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('PRINTER_UNAVAILABLE');
    }
    expect(existsSync(findChromium({}))).toBe(true);
  });
});

describe('PDF links and metadata', () => {
  it('keeps web and mailto links live', async () => {
    const urls = await poppler('pdfinfo', kitPdf, dir, ['-url']);
    expect(urls).toContain('https://bioalliance-laurentides.example/');
    expect(urls).toContain('mailto:h.yamada@umeda-bio.example');
  });

  it('declares the document language for screen readers', async () => {
    const raw = Buffer.from(kitPdf).toString('latin1');
    expect(raw).toContain('/Lang (fr-CA)');
  });
});

describe('printing runs nothing and fetches nothing', () => {
  it('escapes user text and lets no request leave the page', async () => {
    const http = await import('node:http');
    let hits = 0;
    const server = http.createServer((_req, res) => {
      hits++;
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const doc = structuredClone(fx.doc);
      const rel = doc.releases.find((r) => r.id === IDS.relEn);
      if (!rel) throw new Error('fixture');
      rel.headline = `<img src="http://127.0.0.1:${port}/pixel.png"> <script>fetch('http://127.0.0.1:${port}/js')</script>`;
      const html = await renderHtml(resolveRelease(doc, IDS.relEn), fx.files, { mode: 'print' });
      expect(html).not.toContain('<img src="http://');
      expect(html).toContain('&#60;script&#62;');
      // Even a page that asks for the network directly gets nothing through the printer.
      const hostile = `<!doctype html><html lang="en"><head><title>x</title><link rel="stylesheet" href="http://127.0.0.1:${port}/a.css"></head>
<body><img src="http://127.0.0.1:${port}/b.png"><script>fetch('http://127.0.0.1:${port}/c')</script><p>Hello</p></body></html>`;
      const pdf = await printer.print(hostile, { pageSize: 'letter', title: 'x', lang: 'en' });
      expect(await poppler('pdftotext', pdf, dir)).toContain('Hello');
      expect(hits).toBe(0);
    } finally {
      server.close();
    }
  });
});
