import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRelease } from '../../../electron/export/kit.js';
import type { PdfPrinter } from '../../../electron/export/pdf.js';
import { printPdf } from '../../../electron/export/writers.js';
import { createChromiumPrinter } from '../../../electron/host/chromium.js';
import type { Block } from '../../../electron/model/index.js';
import { buildFixture, IDS, type Fixture } from '../../fixtures/export/library-fixture.js';
import { OWN_SAMPLE } from '../../helpers/sample-release.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { buildKit, buildSampleLibraryKit, CORPUS, embeddedFonts, expectContentsPages, folios, lines, maybeRender, occurrences, pageTexts, type BuiltKit } from './kit-pages.js';

/**
 * Every page of an exported kit, read as a journalist reads it (#16): no page holding a few stray
 * lines, no heading left alone at the foot of a page, no About text or contact printed twice.
 * `KIT_PAGES_PNG=folder npx vitest run tests/unit/export/page-layout.test.ts` also renders the
 * pages as PNGs there, to look at.
 */

/** Under this many lines, a page that is not the document's last is a stray page. */
const FEW_LINES = 6;

/** The cover (page 1) holds a few lines by design; every other page but the last must hold more. */
function expectNoStrayPage(kit: BuiltKit): void {
  kit.pages.forEach((page, n) => {
    if (n === 0 || n === kit.pages.length - 1) return;
    expect(lines(page).length, `page ${n + 1} of ${kit.pages.length} holds only:\n${page}`).toBeGreaterThanOrEqual(FEW_LINES);
  });
}

/** A heading (an About heading, the contacts heading, a section title) must not end a page. */
function expectNoHeadingAtFoot(kit: BuiltKit, headings: string[]): void {
  kit.pages.forEach((page, n) => {
    // The contents list the section titles: there, a title last is the last entry.
    if (/^(Contents|Table des matières|Sommaire|目次)$/.test(lines(page)[0] ?? '')) return;
    const last = lines(page).at(-1) ?? '';
    for (const h of headings) expect(last, `page ${n + 1} ends with the heading "${h}"`).not.toBe(h);
  });
}

/**
 * The contents give each section's page (#20), the folio is on every page but the cover, and all
 * text, folio included, is set in the kit's own fonts (its logos here are pictures, without text).
 */
function expectContentsAndFolios(kit: BuiltKit, sections: number, folio: (n: number, of: number) => string): void {
  expectContentsPages(kit, sections);
  const printed = folios(kit.pdf);
  expect(printed).toEqual(printed.map((_, i) => (i === 0 ? '' : folio(i + 1, printed.length))));
  for (const font of embeddedFonts(kit.pdf)) expect(font).toMatch(/^(Inter|SourceSerif4|NotoSansJP)/);
}

function expectEachOnce(kit: BuiltKit): void {
  for (const h of kit.headings) expect(occurrences(kit.pages, h), `"${h}" in the PDF`).toBe(1);
  for (const e of new Set(kit.emails)) expect(occurrences(kit.pages, e), `${e} in the PDF`).toBe(1);
}

const corpus = (name: string) => path.join(CORPUS, name);

describe('the pages of a French (Québec) kit of the sample-style release and the corpus’s longest French releases', () => {
  it('has no stray page, no heading alone at a foot, each About text and contact once', async () => {
    const kit = await buildKit(
      [OWN_SAMPLE, corpus('01-cnw-fr-source-renseignements.txt'), corpus('24-pasted-outlook-cnw-fr.html'), corpus('13-cnw-fr-aux-medias-articles.txt')],
      { name: 'Trousse du salon', lang: 'fr-CA' },
    );
    maybeRender(kit, 'fr-kit');
    expectNoStrayPage(kit);
    expectNoHeadingAtFoot(kit, [...kit.headings, 'Renseignements :', 'Personnes-ressources', 'À propos des organisations']);
    expectEachOnce(kit);
    // Four releases, the logos, the About texts, the contacts.
    expectContentsAndFolios(kit, 7, (n, of) => `Page ${n} de ${of}`);
  });
});

describe('the pages of the sample library’s kit (what a new user exports first)', () => {
  it('has no stray page, no heading alone at a foot, each About text and contact once', async () => {
    const kit = await buildSampleLibraryKit();
    maybeRender(kit, 'sample-kit');
    expectNoStrayPage(kit);
    expectNoHeadingAtFoot(kit, ['Renseignements :', 'Relations médias', 'À propos', 'Logos', 'La mission en bref']);
    for (const e of new Set(kit.emails)) expect(occurrences(kit.pages, e), `${e} in the PDF`).toBe(1);
    expectContentsPages(kit, 5);
  });
});

describe('the pages of an English kit of the corpus’s longest releases', () => {
  it('has no stray page, no heading alone at a foot, each About text and contact once', async () => {
    const kit = await buildKit(
      [corpus('11-agency-three-orgs-blocks.txt'), corpus('06-uk-embargo-notes.txt'), corpus('25-pasted-gdocs-us.html'), corpus('26-pasted-web-uk.html')],
      { name: 'Spring media kit', lang: 'en-US' },
    );
    maybeRender(kit, 'en-kit');
    expectNoStrayPage(kit);
    expectNoHeadingAtFoot(kit, [...kit.headings, 'Media contacts', 'Contacts']);
    expectEachOnce(kit);
    expectContentsAndFolios(kit, 7, (n, of) => `Page ${n} of ${of}`);
  });
});

describe('the pages of a Japanese kit of the corpus’s Japanese releases', () => {
  it('has no stray page, no heading alone at a foot, each contact once', async () => {
    const kit = await buildKit(
      [corpus('09-ja-standard.txt'), corpus('10-ja-bilingual-label.txt'), corpus('18-ja-markdown.md'), corpus('27-pasted-word-ja.html')],
      { name: 'プレスキット 2026', lang: 'ja' },
    );
    maybeRender(kit, 'ja-kit');
    expectNoStrayPage(kit);
    expectNoHeadingAtFoot(kit, [...kit.headings, 'お問い合わせ', '連絡先', '会社概要']);
    for (const e of new Set(kit.emails)) expect(occurrences(kit.pages, e), `${e} in the PDF`).toBe(1);
    // The Japanese way: each release dated on its own line, no Western "date –" run-in.
    expect(kit.pages.join('\n')).not.toMatch(/\d+日\s*[–—]/);
    expectContentsAndFolios(kit, 7, (n, of) => `${n} / ${of} ページ`);
  });
});

/**
 * A release that nearly fills its page: the end mark and the contacts must not go alone to the next
 * page (#16). The release is lengthened a line at a time so that its end falls at every height of
 * the page, in French (Letter) and English (A4).
 */
describe('the end of a release that nearly fills its page', () => {
  let fx: Fixture;
  let printer: PdfPrinter;
  beforeAll(async () => {
    fx = await buildFixture();
    printer = createChromiumPrinter();
  });
  afterAll(async () => {
    await printer.close();
  });

  const line = (n: number): Block => ({ type: 'paragraph', content: [{ text: `Point ${n} du programme, présenté aux partenaires.` }] });

  for (const [id, endMark] of [
    [IDS.relFr, '-30-'],
    [IDS.relGb, 'ENDS'],
  ] as const) {
    it(`keeps the end mark with the text and the contacts with it (${id})`, async () => {
      const dir = await tempDir('mediakit-pages-fill-');
      for (let extra = 0; extra <= 60; extra += 4) {
        const doc = structuredClone(fx.doc);
        const rel = doc.releases.find((r) => r.id === id)!;
        rel.endMark = endMark;
        rel.body = [...rel.body, ...Array.from({ length: extra }, (_, n) => line(n + 1))];
        const file = path.join(dir, `${id}-${extra}.pdf`);
        await writeFile(file, await printPdf(resolveRelease(doc, id), fx.files, printer));
        const pages = pageTexts(file);
        const last = lines(pages.at(-1) ?? '');
        const where = `${extra} lines added, ${pages.length} pages; last page:\n${last.join('\n')}`;
        if (pages.length > 1) expect(last.length, where).toBeGreaterThanOrEqual(FEW_LINES);
        const markPage = pages.findIndex((p) => lines(p).includes(endMark));
        expect(markPage, where).toBeGreaterThanOrEqual(0);
        // Text of the release above the end mark on its page, and the contacts below it.
        const onPage = lines(pages[markPage] ?? '');
        expect(onPage.indexOf(endMark), where).toBeGreaterThan(0);
        expect(onPage.slice(onPage.indexOf(endMark)).join('\n'), where).toMatch(/Renseignements|Media contact/);
      }
    });
  }
});
