import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AlignmentType, Document, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import sharp from 'sharp';
import { renderDocx } from '../../../electron/export/docx/render.js';
import { renderHtml } from '../../../electron/export/html.js';
import { resolveRelease } from '../../../electron/export/kit.js';
import { renderMarkdown } from '../../../electron/export/markdown.js';
import type { PdfPrinter } from '../../../electron/export/pdf.js';
import { printPdf } from '../../../electron/export/writers.js';
import { createChromiumPrinter } from '../../../electron/host/chromium.js';
import { readPastedHtml, readReleaseFile, type ImportedRelease } from '../../../electron/import/index.js';
import { localize } from '../../../electron/model/errors.js';
import { Block, blocksText, inlineText, LibraryDocument, type Table as TableBlock } from '../../../electron/model/index.js';
import { buildFixture, IDS } from '../../fixtures/export/library-fixture.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { poppler, unzip, zipText } from '../export/helpers.js';

/**
 * Nothing flattened silently (#20): a release's table is a table from every reader to every writer,
 * and an image the release carried is named in the import review, never turned into a line of text.
 */

const enc = (s: string) => new TextEncoder().encode(s);

const MD = `PRESS RELEASE
FOR IMMEDIATE RELEASE

# Harbour ferries carry a record 2.1 million passengers

**HALIFAX, NS, March 3, 2026 –** The Harbour Ferry Authority carried more passengers in 2025 than in any year since it opened.

| Route | 2024 | 2025 |
|---|---:|---:|
| Halifax – Dartmouth | 1 420 000 | **1 610 000** |
| Halifax – Woodside | 410 000 | 490 000 |

![Ferry at the Dartmouth terminal](images/ferry-dartmouth.jpg)

The authority will add two crossings an hour at peak times from May.

-30-

Media contact: Ruth Oyelaran, ruth.oyelaran@hfa.example.ca
`;

function tables(r: ImportedRelease): TableBlock[] {
  return r.release.body.filter((b): b is TableBlock => b.type === 'table');
}

function cells(t: TableBlock): string[][] {
  return t.rows.map((row) => row.map(inlineText));
}

function warningsOf(r: ImportedRelease): string {
  return r.warnings.map((w) => localize(w, 'en')).join('\n');
}

describe('a table in a release, read', () => {
  it('from Markdown (a GFM pipe table): one table block, its header row, its cells’ bold kept', async () => {
    const r = await readReleaseFile('ferries.md', enc(MD));
    const [t] = tables(r);
    expect(t?.header).toBe(true);
    expect(cells(t!)).toEqual([
      ['Route', '2024', '2025'],
      ['Halifax – Dartmouth', '1 420 000', '1 610 000'],
      ['Halifax – Woodside', '410 000', '490 000'],
    ]);
    expect(t?.rows[1]?.[2]).toEqual([{ text: '1 610 000', bold: true }]);
    // Nothing of the table is left as a paragraph of "|"-separated text.
    expect(blocksText(r.release.body.filter((b) => b.type !== 'table'))).not.toMatch(/\|/);
  });

  it('from pasted HTML: the rows of one <table> are one table, <th> makes the header row', () => {
    const html = `<p><b>COMMUNIQUÉ DE PRESSE</b></p><h1>Les traversiers ont transporté 2,1 millions de passagers</h1>
<p><b>Halifax, le 3 mars 2026 –</b> La Société des traversiers a battu son record de fréquentation.</p>
<table><thead><tr><th>Trajet</th><th>2025</th></tr></thead><tbody><tr><td>Halifax – Dartmouth</td><td>1 610 000</td></tr><tr><td>Halifax – Woodside</td><td>490 000</td></tr></tbody></table>
<p>Deux traversées de plus par heure dès mai.</p><p>-30-</p>`;
    const r = readPastedHtml(html);
    expect(tables(r)).toHaveLength(1);
    expect(tables(r)[0]?.header).toBe(true);
    expect(cells(tables(r)[0]!)).toEqual([
      ['Trajet', '2025'],
      ['Halifax – Dartmouth', '1 610 000'],
      ['Halifax – Woodside', '490 000'],
    ]);
    expect(blocksText(r.release.body)).toContain('Deux traversées de plus');
  });

  it('from Word (mammoth’s <table>), with the header row Word repeats', async () => {
    const row = (texts: string[], header = false) =>
      new TableRow({ tableHeader: header, children: texts.map((t) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: t, bold: header })] })] })) });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('NEWS RELEASE')] }),
            new Paragraph({ children: [new TextRun('FOR IMMEDIATE RELEASE')] }),
            new Paragraph({ heading: 'Heading1', children: [new TextRun('Harbour ferries carry a record 2.1 million passengers')] }),
            new Paragraph({ children: [new TextRun({ text: 'HALIFAX, NS, March 3, 2026 – ', bold: true }), new TextRun('The authority carried more passengers than ever.')] }),
            new Table({ rows: [row(['Route', '2025'], true), row(['Halifax – Dartmouth', '1 610 000']), row(['Halifax – Woodside', '490 000'])] }),
            new Paragraph({ children: [new TextRun('Two more crossings an hour from May.')] }),
            new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun('-30-')] }),
          ],
        },
      ],
    });
    const r = await readReleaseFile('ferries.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(tables(r)).toHaveLength(1);
    expect(cells(tables(r)[0]!)).toEqual([
      ['Route', '2025'],
      ['Halifax – Dartmouth', '1 610 000'],
      ['Halifax – Woodside', '490 000'],
    ]);
    expect(tables(r)[0]?.header).toBe(true);
  });
});

describe('an image in a release', () => {
  it('in Markdown is left out and named in the review, never kept as its alt text', async () => {
    const r = await readReleaseFile('ferries.md', enc(MD));
    expect(blocksText(r.release.body)).not.toContain('Ferry at the Dartmouth terminal');
    expect(warningsOf(r)).toContain('An image was left out of the release: “Ferry at the Dartmouth terminal” (ferry-dartmouth.jpg)');
    expect(localize(r.warnings.find((w) => localize(w, 'fr').includes('image'))!, 'fr')).toMatch(/^Une image a été laissée de côté\u00a0: «\u00a0Ferry at the Dartmouth terminal\u00a0» \(ferry-dartmouth\.jpg\)/);
  });

  it('in pasted HTML (a data: URI, a web address) is named, and the web address is not fetched', () => {
    const r = readPastedHtml(`<h1>Titre du communiqué de presse</h1><p>Montréal, le 3 mars 2026 – Texte du communiqué.</p>
<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="Logo de la Société"></p><p><img src="https://cdn.example.com/photos/quai.jpg"></p>`);
    const w = warningsOf(r);
    expect(w).toContain('“Logo de la Société”');
    expect(w).toContain('quai.jpg (on the web, not downloaded)');
    expect(blocksText(r.release.body)).not.toContain('Logo de la Société');
  });

  it('in a Word document is named by its alternative text', async () => {
    const png = await sharp({ create: { width: 40, height: 20, channels: 3, background: '#0b6e4f' } }).png().toBuffer();
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Harbour ferries carry a record 2.1 million passengers')] }),
            new Paragraph({ children: [new TextRun('HALIFAX, NS, March 3, 2026 – The authority carried more passengers than ever.')] }),
            new Paragraph({ children: [new ImageRun({ type: 'png', data: png, transformation: { width: 40, height: 20 }, altText: { name: 'ferry', title: 'Ferry', description: 'Ferry at the Dartmouth terminal' } })] }),
          ],
        },
      ],
    });
    const r = await readReleaseFile('ferries.docx', new Uint8Array(await Packer.toBuffer(doc)));
    expect(warningsOf(r)).toMatch(/An image was left out of the release: (“Ferry at the Dartmouth terminal”|an embedded image)/);
  });
});

describe('media, frames, drawings and charts in a release', () => {
  it('in pasted HTML: a web video, a frame, an audio clip and a drawing are each named, nothing fetched', () => {
    const r = readPastedHtml(`<h1>Le quai de Lévis rouvre ses portes</h1><p>Lévis, le 3 mars 2026 – Le quai rouvre après deux ans de travaux.</p>
<iframe src="https://www.youtube.com/embed/abc123" title="Visite du nouveau quai"></iframe>
<video controls><source src="https://cdn.example.com/videos/quai-drone.mp4" type="video/mp4">Votre navigateur ne lit pas la vidéo.</video>
<audio src="entrevue-maire.mp3"></audio>
<svg viewBox="0 0 10 10"><title>Plan du quai</title><rect width="10" height="10"/></svg>
<p>-30-</p>`);
    const en = r.warnings.map((w) => localize(w, 'en'));
    const fr = r.warnings.map((w) => localize(w, 'fr'));
    expect(en).toContain('An embedded web page was left out of the release: “Visite du nouveau quai” (abc123) (on the web, not downloaded). Link to it in the text if journalists need it.');
    expect(en).toContain('A video was left out of the release: quai-drone.mp4 (on the web, not downloaded). Link to it in the text if journalists need it.');
    expect(en).toContain('An audio clip was left out of the release: entrevue-maire.mp3. Link to it in the text if journalists need it.');
    expect(en).toContain('A drawing was left out of the release: “Plan du quai”. Link to it in the text if journalists need it.');
    expect(fr).toContain('Une vidéo a été laissée de côté\u00a0: quai-drone.mp4 (sur le Web, non téléchargée). Mettez un lien dans le texte si les journalistes en ont besoin.');
    expect(fr).toContain('Un extrait audio a été laissé de côté\u00a0: entrevue-maire.mp3. Mettez un lien dans le texte si les journalistes en ont besoin.');
    // The fallback text of the video is not release text.
    expect(blocksText(r.release.body)).not.toContain('Votre navigateur');
  });

  it('in Markdown, HTML written in it is named the same way', async () => {
    const md = `# Ferry record\n\n**HALIFAX, NS, March 3, 2026 –** More passengers than ever.\n\n<iframe src="https://player.example.com/v/991" title="Ferry timelapse"></iframe>\n\nInline <img src="crew.jpg" alt="The crew"> photo.\n\n-30-\n`;
    const w = warningsOf(await readReleaseFile('ferries.md', enc(md)));
    expect(w).toContain('An embedded web page was left out of the release: “Ferry timelapse” (991) (on the web, not downloaded).');
    expect(w).toContain('An image was left out of the release: “The crew” (crew.jpg).');
  });

  it('in a Word document: a chart and a SmartArt diagram, which the Word reader cannot read, are said left out', async () => {
    const doc = new Document({
      sections: [{ children: [new Paragraph({ children: [new TextRun('Harbour ferries carry a record 2.1 million passengers')] }), new Paragraph({ children: [new TextRun('HALIFAX, NS, March 3, 2026 – Record year.')] })] }],
    });
    // The parts Word writes for a chart and a SmartArt diagram, added to a real package.
    const files = unzip(new Uint8Array(await Packer.toBuffer(doc)));
    files['word/charts/chart1.xml'] = enc('<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
    files['word/diagrams/data1.xml'] = enc('<?xml version="1.0"?><dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram"/>');
    const { zipSync } = await import('fflate');
    const w = warningsOf(await readReleaseFile('ferries.docx', zipSync(files)));
    expect(w).toContain('A chart was left out of the release: a Word chart.');
    expect(w).toContain('A diagram was left out of the release: a SmartArt diagram.');
  });
});

describe('a release’s table, written', () => {
  let printer: PdfPrinter;
  beforeAll(() => {
    printer = createChromiumPrinter();
  });
  afterAll(async () => {
    await printer.close();
  });

  async function withTable() {
    const fx = await buildFixture();
    const doc = structuredClone(fx.doc);
    const rel = doc.releases.find((r) => r.id === IDS.relEn)!;
    const table: Block = {
      type: 'table',
      header: true,
      rows: [
        [[{ text: 'Route' }], [{ text: '2024' }], [{ text: '2025' }]],
        [[{ text: 'Halifax – Dartmouth' }], [{ text: '1,420,000' }], [{ text: '1,610,000', bold: true }]],
        [[{ text: 'Halifax | Woodside' }], [{ text: '410,000' }], [{ text: '490,000' }]],
      ],
    };
    rel.body = [...rel.body.slice(0, 1), table, ...rel.body.slice(1)];
    // What the library stores reads back: a table is a block of the model.
    expect(LibraryDocument.parse(JSON.parse(JSON.stringify(doc))).releases.find((r) => r.id === IDS.relEn)?.body[1]).toEqual(table);
    return { doc: resolveRelease(doc, IDS.relEn), files: fx.files };
  }

  it('to DOCX as a real Word table, its header row repeated on each page', async () => {
    const { doc, files } = await withTable();
    const xml = zipText(unzip(await renderDocx(doc, files)), 'word/document.xml');
    const tbl = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    expect(tbl.match(/<w:tr>/g)).toHaveLength(3);
    expect(tbl).toContain('<w:tblHeader/>');
    expect(tbl).toContain('>Halifax – Dartmouth<');
    expect(tbl).toMatch(/<w:b\/>[\s\S]*?>1,610,000</);
  });

  it('to HTML and PDF as a table: each row on one line of the page', async () => {
    const { doc, files } = await withTable();
    const html = await renderHtml(doc, files, { mode: 'print' });
    expect(html).toContain('<table class="body-table"><thead><tr><th scope="col">Route</th>');
    const dir = await tempDir('mediakit-table-');
    const text = await poppler('pdftotext', await printPdf(doc, files, printer), dir, ['-layout']);
    expect(text).toMatch(/Route\s+2024\s+2025/);
    expect(text).toMatch(/Halifax – Dartmouth\s+1,420,000\s+1,610,000/);
  });

  it('to Markdown as a pipe table that reads back as the same table', async () => {
    const { doc } = await withTable();
    const md = renderMarkdown(doc);
    expect(md).toContain('| Route | 2024 | 2025 |\n| --- | --- | --- |\n| Halifax – Dartmouth | 1,420,000 | **1,610,000** |\n| Halifax \\| Woodside | 410,000 | 490,000 |');
    const back = await readReleaseFile('back.md', enc(md));
    expect(tables(back).map(cells)).toEqual([
      [
        ['Route', '2024', '2025'],
        ['Halifax – Dartmouth', '1,420,000', '1,610,000'],
        ['Halifax | Woodside', '410,000', '490,000'],
      ],
    ]);
  });
});
