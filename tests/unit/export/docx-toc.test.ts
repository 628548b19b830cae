import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/export/docx/render.js';
import { resolveKit } from '../../../electron/export/kit.js';
import type { KitDocument } from '../../../electron/export/kit-document.js';
import { Kit, type KitSection } from '../../../electron/model/index.js';
import type { z } from 'zod';
import { buildFixture, IDS, type Fixture } from '../../fixtures/export/library-fixture.js';
import { unzip, zipText } from './helpers.js';

/**
 * The contents of a kit's DOCX (#20): Word's own TOC field over the sections' titles, its entries
 * linked to them and numbered with the page each starts on, written clean (no update prompt when a
 * journalist opens the file); and the contact sheet's table in one font size.
 */

interface Toc {
  /** The whole content control: Word's Table of Contents gallery. */
  sdt: string;
  instr: string;
  entries: Array<{ title: string; anchor: string; page: number | undefined }>;
}

const text = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

function tocOf(documentXml: string): Toc {
  const sdt = /<w:sdt>(?:(?!<\/w:sdt>).)*?<w:docPartGallery w:val="Table of Contents"\/>.*?<\/w:sdt>/s.exec(documentXml)?.[0] ?? '';
  const instr = /<w:instrText[^>]*>(\s*TOC [^<]*)<\/w:instrText>/.exec(sdt)?.[1] ?? '';
  const entries = [...sdt.matchAll(/<w:hyperlink[^>]*w:anchor="([^"]+)"[^>]*>(.*?)<\/w:hyperlink>/gs)].map((m) => {
    const [title = '', number = ''] = (m[2] ?? '').split('<w:tab/>');
    // The number is the result of a PAGEREF field to the heading's bookmark.
    const ref = new RegExp(`PAGEREF ${m[1]} `).test(number);
    const page = text(number).trim();
    return { title: text(title), anchor: m[1] ?? '', page: ref && /^\d+$/.test(page) ? Number(page) : undefined };
  });
  return { sdt, instr, entries };
}

/** The body's Heading 1 paragraphs outside the contents, with the bookmark each starts with. */
function headings1(documentXml: string): Array<{ text: string; bookmark: string | undefined }> {
  const body = documentXml.replace(/<w:sdt>.*?<\/w:sdt>/gs, '');
  return [...body.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Heading1"\/>.*?<\/w:p>/gs)].map((m) => ({
    text: text(m[0]),
    bookmark: /<w:bookmarkStart [^>]*w:name="([^"]+)"/.exec(m[0])?.[1],
  }));
}

function paragraphsWithStyle(documentXml: string, style: string): string[] {
  return [...documentXml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<\/w:p>/gs)].filter((m) => m[0].includes(`<w:pStyle w:val="${style}"/>`)).map((m) => text(m[0]));
}

function sectionTitles(doc: KitDocument): string[] {
  return doc.sections.map((s) => (s.type === 'release' ? s.headline : s.title));
}

let fx: Fixture;

beforeAll(async () => {
  fx = await buildFixture();
});

async function kitDocx(kitId: string): Promise<{ doc: KitDocument; files: Record<string, Uint8Array>; xml: string }> {
  const doc = resolveKit(fx.doc, kitId);
  const files = unzip(await renderDocx(doc, fx.files));
  return { doc, files, xml: zipText(files, 'word/document.xml') };
}

/** A kit added to the fixture's library, as the kits screen would save it. */
function addKit(kit: Omit<z.input<typeof Kit>, 'createdAt' | 'updatedAt' | 'deletedAt'>): string {
  fx.doc.kits.push(Kit.parse({ createdAt: '2026-05-01T09:00:00.000Z', updatedAt: '2026-05-01T09:00:00.000Z', deletedAt: null, ...kit }));
  return kit.id;
}

describe('the contents of a French (Québec) kit’s DOCX', () => {
  let xml: string;
  let doc: KitDocument;
  let files: Record<string, Uint8Array>;
  beforeAll(async () => ({ doc, files, xml } = await kitDocx(IDS.kit)));

  it('is a Word TOC field over the Heading 1 paragraphs, with hyperlinked entries', () => {
    const toc = tocOf(xml);
    expect(toc.sdt, 'a Table of Contents content control').not.toBe('');
    expect(toc.instr).toMatch(/^TOC\b/);
    expect(toc.instr).toContain('\\o &quot;1-1&quot;');
    expect(toc.instr).toContain('\\h');
    // Written clean: Word shows it as it is, without asking to update fields that "may refer to other files".
    expect(toc.sdt).not.toContain('w:dirty');
    expect(zipText(files, 'word/settings.xml')).not.toContain('updateFields');
  });

  it('lists every section title in order, each linked to its heading, none of the cover’s', () => {
    const toc = tocOf(xml);
    const titles = sectionTitles(doc);
    expect(titles).toEqual([
      'Un partenariat Laurentides–Kansai pour accélérer l’essor des essais cliniques',
      'Quebec and Osaka sign life sciences agreement at BIO 2025',
      'Logos',
      'Relations médias',
    ]);
    expect(toc.entries.map((e) => e.title)).toEqual(titles);
    const headings = headings1(xml);
    expect(headings.map((h) => h.text)).toEqual(titles);
    expect(toc.entries.map((e) => e.anchor)).toEqual(headings.map((h) => h.bookmark));
    // The cover's title is Word's Title style, not a heading: it is no entry.
    expect(paragraphsWithStyle(xml, 'Title')).toEqual(['BIO 2025 Boston']);
    expect(toc.entries.map((e) => e.title)).not.toContain('BIO 2025 Boston');
  });

  it('numbers each entry with its page: after the cover, in order, each release on a page of its own', () => {
    const pages = tocOf(xml).entries.map((e) => e.page);
    expect(pages.every((p) => typeof p === 'number')).toBe(true);
    const numbers = pages as number[];
    expect(numbers[0]).toBeGreaterThanOrEqual(2);
    for (let i = 1; i < numbers.length; i++) expect(numbers[i]).toBeGreaterThanOrEqual(numbers[i - 1] ?? 0);
    // The two releases each start a page; the logos follow the second on its page (as LibreOffice lays it out too).
    expect(numbers[1]).toBeGreaterThan(numbers[0] ?? 0);
    expect(numbers[2]).toBe(numbers[1]);
  });

  it('is titled with the kit’s « Contents » label, in the kit’s fonts, on the cover', () => {
    expect(doc.labels.contents).toBe('Table des matières');
    expect(paragraphsWithStyle(xml, 'TOCHeading')).toEqual(['Table des matières']);
    const styles = zipText(files, 'word/styles.xml');
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="TOCHeading">\s*<w:name w:val="TOC Heading"\/>/);
    expect(styles).toMatch(/<w:style w:type="paragraph" w:styleId="TOC1"[^>]*>\s*<w:name w:val="toc 1"\/>/);
    // Neither style names a font of its own: both take the kit's (Calibri, Yu Gothic for Japanese).
    for (const id of ['TOCHeading', 'TOC1']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}".*?</w:style>`, 's').exec(styles)?.[0] ?? '';
      expect(style, id).not.toBe('');
      expect(style, id).not.toContain('w:rFonts');
    }
    expect(styles).toMatch(/<w:docDefaults>.*<w:rFonts w:ascii="Calibri"[^>]*w:eastAsia="Yu Gothic"/s);
    // On the cover: before the event line at its foot, and before the first release's page break.
    const heading = xml.indexOf('Table des matières</w:t>');
    expect(heading).toBeGreaterThan(xml.indexOf('BIO 2025 Boston</w:t>'));
    expect(heading).toBeLessThan(xml.indexOf('Congrès international BIO 2025</w:t>'));
  });

  it('takes the kit’s language in its entries, as Word writes a TOC it updates (the document’s default w:lang)', () => {
    expect(zipText(files, 'word/styles.xml')).toMatch(/<w:docDefaults>.*<w:lang w:val="fr-CA" w:eastAsia="ja-JP"/s);
  });
});

describe('the contents of a UK English kit’s DOCX', () => {
  it('are titled “Contents” and point to the release on page 2', async () => {
    const { doc, xml } = await kitDocx(IDS.kitEn);
    expect(doc.lang).toBe('en-GB');
    expect(paragraphsWithStyle(xml, 'TOCHeading')).toEqual(['Contents']);
    expect(tocOf(xml).entries).toEqual([expect.objectContaining({ title: 'Bioalliance Laurentides opens a London desk', page: 2 })]);
  });
});

describe('the contents of a Japanese kit’s DOCX', () => {
  it('list the Japanese titles with their pages, titled 目次', async () => {
    const id = addKit({
      id: 'kit_OsakaJaKit1',
      name: '大阪バイオ本部 メディアキット',
      lang: 'ja',
      pageSize: 'a4',
      event: { name: 'BIO 2025', date: '2025-06-16', location: 'ボストン' },
      cover: { show: true, logoIds: [IDS.logoSvg], subtitle: '' },
      sections: [
        { id: 'sec_JaRelease01', type: 'release', releaseId: IDS.relJa },
        { id: 'sec_JaText00001', type: 'text', title: '覚書の概要', body: [{ type: 'paragraph', content: [{ text: '技術交流と共同研究を進めます。' }] }] },
        { id: 'sec_JaAbout0001', type: 'boilerplates', title: '', organizationIds: [IDS.orgOsaka] },
        { id: 'sec_JaLogos0001', type: 'logos', title: '', logoIds: [IDS.logoSvg] },
        { id: 'sec_JaSheet0001', type: 'contacts', title: '', sheetId: IDS.sheet },
      ],
      theme: { accent: '#c8102e', font: 'sans' },
    });
    const { doc, xml } = await kitDocx(id);
    expect(paragraphsWithStyle(xml, 'TOCHeading')).toEqual(['目次']);
    const toc = tocOf(xml);
    expect(toc.entries.map((e) => e.title)).toEqual(sectionTitles(doc));
    expect(toc.entries[0]?.title).toBe('大阪バイオ本部とモントリオール・インビボ、ライフサイエンス分野で覚書を締結');
    expect(toc.entries.map((e) => e.page)).toEqual(expect.arrayContaining([2]));
    const pages = toc.entries.map((e) => e.page ?? NaN);
    expect(pages.every(Number.isInteger)).toBe(true);
    expect(pages).toEqual([...pages].sort((a, b) => a - b));
  });
});

describe('a kit whose contents do not fit on its cover', () => {
  it('gives them a page of their own after the cover, and the pages still count it', async () => {
    const sections: KitSection[] = [{ id: 'sec_LongRel0001', type: 'release', releaseId: IDS.relFr }];
    for (let n = 1; n <= 36; n++) {
      const id = `sec_Fiche${String(n).padStart(6, '0')}`;
      sections.push({ id, type: 'text', title: `Fiche ${n} : les rencontres de la délégation à Boston`, body: [{ type: 'paragraph', content: [{ text: `Rencontre ${n}.` }] }] });
    }
    const id = addKit({
      id: 'kit_LongContents',
      name: 'Trousse des rencontres',
      lang: 'fr-CA',
      pageSize: 'letter',
      event: { name: 'Congrès international BIO 2025', date: '2025-06-16', location: 'Boston, Massachusetts' },
      cover: { show: true, logoIds: [IDS.logoPng, IDS.logoSvg], subtitle: 'Trente-six fiches de rencontre' },
      sections,
      theme: { accent: '#0b6e4f', font: 'sans' },
    });
    const { xml } = await kitDocx(id);
    const toc = tocOf(xml);
    expect(toc.entries).toHaveLength(37);
    // The event line stays on the cover; the contents start the next page.
    const heading = /<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="TOCHeading"\/>.*?<\/w:p>/s.exec(xml)?.[0] ?? '';
    expect(heading).toContain('<w:pageBreakBefore/>');
    expect(xml.indexOf('Congrès international BIO 2025</w:t>')).toBeLessThan(xml.indexOf(heading));
    // Cover, contents: the release is on page 3 at the earliest.
    expect(toc.entries[0]?.page).toBeGreaterThanOrEqual(3);
    expect(toc.entries.every((e) => typeof e.page === 'number')).toBe(true);
  });

  it('are left out of a kit whose sections have no titles to list', async () => {
    const id = addKit({
      id: 'kit_Untitled0001',
      name: 'Trousse sans titres',
      lang: 'fr-CA',
      pageSize: 'letter',
      event: { name: 'Congrès international BIO 2025', date: '2025-06-16', location: 'Boston, Massachusetts' },
      cover: { show: true, logoIds: [], subtitle: '' },
      sections: [{ id: 'sec_Untitled001', type: 'text', title: '', body: [{ type: 'paragraph', content: [{ text: 'Mot de bienvenue.' }] }] }],
      theme: { accent: '#0b6e4f', font: 'sans' },
    });
    const { xml } = await kitDocx(id);
    expect(tocOf(xml).sdt).toBe('');
    expect(paragraphsWithStyle(xml, 'TOCHeading')).toEqual([]);
    expect(xml).toContain('Mot de bienvenue.');
  });

  it('keeps short contents on the cover', async () => {
    const { xml } = await kitDocx(IDS.kit);
    const heading = /<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="TOCHeading"\/>.*?<\/w:p>/s.exec(xml)?.[0] ?? '';
    expect(heading).not.toContain('<w:pageBreakBefore/>');
  });
});

describe('the page numbers of the contents', () => {
  it('are all written when a section holds characters whose widths the layout does not know', async () => {
    const id = addKit({
      id: 'kit_Scripts00001',
      name: 'Trousse internationale',
      lang: 'fr-CA',
      pageSize: 'letter',
      event: { name: 'Congrès international BIO 2025', date: '2025-06-16', location: 'Boston, Massachusetts' },
      cover: { show: true, logoIds: [], subtitle: '' },
      sections: [
        { id: 'sec_ScriptRel01', type: 'release', releaseId: IDS.relFr },
        // A Word bullet pasted as its symbol font's private-use character, Arabic and Hindi greetings.
        { id: 'sec_ScriptTxt01', type: 'text', title: 'Partenaires', body: [{ type: 'paragraph', content: [{ text: '\uF0B7 Dubaï : مرحبا بكم — Mumbai : नमस्ते' }] }] },
        { id: 'sec_ScriptRel02', type: 'release', releaseId: IDS.relEn },
        { id: 'sec_ScriptShee1', type: 'contacts', title: '', sheetId: IDS.sheet },
      ],
      theme: { accent: '#0b6e4f', font: 'sans' },
    });
    const toc = tocOf((await kitDocx(id)).xml);
    expect(toc.entries.map((e) => e.title)).toEqual([
      'Un partenariat Laurentides–Kansai pour accélérer l’essor des essais cliniques',
      'Partenaires',
      'Quebec and Osaka sign life sciences agreement at BIO 2025',
      'Relations médias',
    ]);
    // As LibreOffice lays the file out with Calibri's metrics (Carlito): the release fills page 2, so the
    // text section starts page 3; the second release starts page 4, its contact sheet follows on it.
    expect(toc.entries.map((e) => e.page)).toEqual([2, 3, 4, 4]);
    expect(toc.sdt).not.toContain('w:dirty');
  });

  it('are left for Word to fill in, the field dirty, if laying out the pages fails: the kit still exports', async () => {
    const doc = resolveKit(fx.doc, IDS.kit);
    const failing = Object.assign(
      () => {
        throw new Error('layout failed');
      },
      { listNumbers: undefined },
    );
    const xml = zipText(unzip(await renderDocx(doc, fx.files, { pageNumbers: failing })), 'word/document.xml');
    const toc = tocOf(xml);
    expect(toc.sdt).toContain('<w:fldChar w:fldCharType="begin" w:dirty="true"/>');
    expect(toc.entries.map((e) => e.title)).toEqual(sectionTitles(doc));
  });
});

describe('the contact sheet’s table in the DOCX', () => {
  it('has one font size, for every run and every paragraph mark', async () => {
    const { xml } = await kitDocx(IDS.kit);
    const tables = [...xml.matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);
    const table = tables.find((t) => t.includes('couellet@bioalliance-laurentides.example'));
    expect(table).toBeDefined();
    const sizes = new Set([...(table ?? '').matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => m[1]));
    expect([...sizes]).toEqual(['18']);
    const runs = [...(table ?? '').matchAll(/<w:r>.*?<\/w:r>/gs)].map((m) => m[0]);
    expect(runs.length).toBeGreaterThan(10);
    expect(runs.filter((r) => !r.includes('<w:sz w:val="18"/>'))).toEqual([]);
    // Each paragraph's mark too: Word sizes an empty cell's line by it, and shows no size for a mixed selection.
    const paragraphs = [...(table ?? '').matchAll(/<w:p>.*?<\/w:p>/gs)].map((m) => m[0]);
    expect(paragraphs.filter((p) => !/<w:pPr>.*<w:rPr>.*<w:sz w:val="18"\/>.*<\/w:rPr>.*<\/w:pPr>/s.test(p))).toEqual([]);
  });
});
