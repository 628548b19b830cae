import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/export/docx/render.js';
import { resolveKit, resolveRelease, titleWithoutOrganization } from '../../../electron/export/kit.js';
import type { FileSource } from '../../../electron/export/kit-document.js';
import { renderMarkdown } from '../../../electron/export/markdown.js';
import type { PdfPrinter } from '../../../electron/export/pdf.js';
import { printPdf } from '../../../electron/export/writers.js';
import { createChromiumPrinter } from '../../../electron/host/chromium.js';
import type { Block, LibraryDocument } from '../../../electron/model/index.js';
import { buildFixture, IDS } from '../../fixtures/export/library-fixture.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { unzip, zipText } from './helpers.js';
import { lines, pageTexts } from './kit-pages.js';

/**
 * Each language's conventions as a journalist reads them in the exported files (#20): the French
 * embargo, the American em-dash dateline, the British "Notes to editors" after ENDS, the Japanese
 * date line, one end mark per kit, a contact's organization once.
 */

let fx: { doc: LibraryDocument; files: FileSource };
let printer: PdfPrinter;

beforeAll(async () => {
  fx = await buildFixture();
  printer = createChromiumPrinter();
});
afterAll(async () => {
  await printer.close();
});

/** The PDF of one release as a reader sees it, page by page with the layout. */
async function pdfText(doc: LibraryDocument, id: string): Promise<string> {
  const dir = await tempDir('mediakit-conventions-');
  const file = path.join(dir, `${id}.pdf`);
  await writeFile(file, await printPdf(resolveRelease(doc, id), fx.files, printer));
  return pageTexts(file).join('\n');
}

const p = (text: string): Block => ({ type: 'paragraph', content: [{ text }] });

describe('French', () => {
  it('an embargo reads « SOUS EMBARGO jusqu’au … », the word embargo printed, in every format', async () => {
    const doc = structuredClone(fx.doc);
    const rel = doc.releases.find((r) => r.id === IDS.relFr)!;
    rel.timing = { kind: 'embargo', until: '2025-06-16T06:00:00-04:00', zone: 'America/Toronto' };
    const text = await pdfText(doc, IDS.relFr);
    expect(text).toMatch(/SOUS EMBARGO jusqu’au 16 juin 2025, 6 h \(HAE\)/);
    expect(text).not.toContain('Ne pas publier');
    expect(renderMarkdown(resolveRelease(doc, IDS.relFr))).toContain('**SOUS EMBARGO jusqu’au 16 juin 2025, 6 h (HAE)**');
  });

  it('a fr-CA kit closes every release with « -30- », whatever each release was imported with', async () => {
    const doc = structuredClone(fx.doc);
    doc.releases.find((r) => r.id === IDS.relFr)!.endMark = '– 30 –';
    doc.releases.find((r) => r.id === IDS.relEn)!.endMark = '###';
    const md = renderMarkdown(resolveKit(doc, IDS.kit));
    expect(md.match(/^-30-$/gm)).toHaveLength(2);
    expect(md).not.toMatch(/– 30 –|###$/m);
  });
});

describe('English', () => {
  it('a US dateline ends with an em dash; a UK one keeps its en dash', async () => {
    expect(await pdfText(fx.doc, IDS.relEn)).toContain('BOSTON, June 16, 2025 — At the BIO 2025');
    const gb = renderMarkdown(resolveRelease(fx.doc, IDS.relGb));
    expect(gb).toContain('**LONDON, 12 May 2026 –** The cluster');
  });

  it('a UK release prints ENDS, then “Notes to editors” with the numbered notes and the About sections under it', async () => {
    const doc = structuredClone(fx.doc);
    const rel = doc.releases.find((r) => r.id === IDS.relGb)!;
    rel.endMark = 'ENDS';
    rel.notes = { heading: 'Notes to editors', body: [{ type: 'list', ordered: true, items: [[{ text: 'Photographs are available on request.' }], [{ text: 'The desk opens at 9am.' }]] }] };
    const order = (text: string) =>
      ['The cluster’s first European office', 'ENDS', 'Notes to editors', 'Photographs are available', 'About Bioalliance Laurentides', 'Karine Dubé'].map((s) => text.indexOf(s));
    const increasing = (xs: number[]) => xs.every((x, n) => x >= 0 && (n === 0 || x > (xs[n - 1] ?? 0)));
    const text = await pdfText(doc, IDS.relGb);
    expect(order(text), text).toSatisfy(increasing);
    // The numbers of the notes are printed (a real numbered list), the heading is a heading.
    expect(lines(text)).toContain('1. Photographs are available on request.');
    const md = renderMarkdown(resolveRelease(doc, IDS.relGb));
    expect(order(md)).toSatisfy(increasing);
    expect(md).toContain('ENDS\n\n## Notes to editors\n\n1. Photographs are available on request.\n2. The desk opens at 9am.\n\n### About Bioalliance Laurentides');
    const xml = zipText(unzip(await renderDocx(resolveRelease(doc, IDS.relGb), fx.files)), 'word/document.xml');
    expect(order(xml)).toSatisfy(increasing);
  });

  it('a contact’s organization is printed once, not also at the end of the title', async () => {
    expect(titleWithoutOrganization('Communications Director, Lakeshore Robotics', 'Lakeshore Robotics')).toBe('Communications Director');
    expect(titleWithoutOrganization('Head of Press at Lakeshore Robotics', 'Lakeshore Robotics')).toBe('Head of Press');
    expect(titleWithoutOrganization('Lakeshore Robotics', 'Lakeshore Robotics')).toBe('');
    // A title that only mentions the organization inside is left as stored.
    expect(titleWithoutOrganization('Lakeshore Robotics Foundation liaison', 'Lakeshore Robotics')).toBe('Lakeshore Robotics Foundation liaison');
    const doc = structuredClone(fx.doc);
    const dube = doc.contacts.find((c) => c.id === IDS.ctcDube)!;
    dube.title = 'Communications Director, Bioalliance Laurentides';
    dube.phones = ['+1 514 555-0199 ext. 221'];
    const text = await pdfText(doc, IDS.relGb);
    const card = text.slice(text.indexOf('Karine Dubé'));
    expect(card.match(/Bioalliance Laurentides/g)).toHaveLength(1);
    expect(lines(card)).toContain('Communications Director');
    // The extension stays on the number's line.
    expect(lines(card)).toContain('+1 514 555-0199 ext. 221');
  });
});

describe('Japanese', () => {
  it('dates the release on a line of its own and opens the text with 【place】, with no Western “date –” run-in', async () => {
    const text = await pdfText(fx.doc, IDS.relJa);
    const l = lines(text);
    expect(l).toContain('2025年6月17日');
    expect(text).toContain('【大阪】大阪バイオ本部は');
    expect(text).not.toMatch(/2025年6月17日\s*[–—-]/);
    // The date comes before the headline.
    expect(text.indexOf('2025年6月17日')).toBeLessThan(text.indexOf('大阪バイオ本部とモントリオール'));
    const md = renderMarkdown(resolveRelease(fx.doc, IDS.relJa));
    expect(md).toContain('2025年6月17日\n\n# 大阪バイオ本部とモントリオール');
    expect(md).toContain('**【大阪】**大阪バイオ本部は');
  });

  it('keeps the Japanese end mark 以上 in a kit of another language', async () => {
    const doc = structuredClone(fx.doc);
    doc.kits.find((k) => k.id === IDS.kit)!.sections.push({ id: 'sec_RelJa00001', type: 'release', releaseId: IDS.relJa });
    const ja = resolveKit(doc, IDS.kit).sections.find((s) => s.type === 'release' && s.lang === 'ja');
    expect(ja?.type === 'release' && ja.endMark).toBe('以上');
  });
});

describe('Markdown headings', () => {
  it('never skip a level, in a release alone or in a kit', () => {
    const doc = structuredClone(fx.doc);
    const levels = (md: string) => [...md.matchAll(/^(#+) /gm)].map((m) => m[1]!.length);
    const noSkip = (xs: number[]) => xs.every((x, n) => n === 0 || x <= (xs[n - 1] ?? 0) + 1);
    doc.releases.find((r) => r.id === IDS.relFr)!.body.push(p('Fin.'));
    expect(levels(renderMarkdown(resolveRelease(doc, IDS.relFr)))).toSatisfy(noSkip);
    expect(levels(renderMarkdown(resolveKit(doc, IDS.kit)))).toSatisfy(noSkip);
  });
});
