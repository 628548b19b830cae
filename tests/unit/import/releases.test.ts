import { readFile } from 'node:fs/promises';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { Document, ExternalHyperlink, HeadingLevel, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { readPastedHtml, readReleaseFile, type ImportedRelease } from '../../../electron/import/index.js';
import { localize } from '../../../electron/model/errors.js';
import { blocksText, inlineText, type Block } from '../../../electron/model/index.js';
import { expectAppError, fixture, contactsOf, orgsOf } from './helpers.js';
import { OWN_SAMPLE, OWN_SAMPLE_FACTS } from '../../helpers/sample-release.js';

function text(r: ImportedRelease): string {
  return blocksText(r.release.body);
}

function boldRuns(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'list' ? b.items.flat() : b.type === 'table' ? b.rows.flat(2) : b.content)).filter((i) => i.bold).map((i) => i.text);
}

describe('a release in the style of the real French sample', () => {
  it('imports with its label, headline, dateline, list, bold names, About sections and contacts', async () => {
    const r = await readReleaseFile(path.basename(OWN_SAMPLE), new Uint8Array(await readFile(OWN_SAMPLE)));
    const rel = r.release;
    const want = OWN_SAMPLE_FACTS;
    expect(rel.lang).toBe(want.lang);
    expect(rel.label).toBe(want.label);
    expect(rel.headline).toBe(want.headline);
    expect(rel.dateline).toEqual(want.dateline);
    expect(rel.timing).toEqual({ kind: 'immediate' });
    // The dateline is gone from the first paragraph, its bold names are kept.
    const first = rel.body[0]!;
    expect(first.type).toBe('paragraph');
    const firstText = first.type === 'paragraph' ? inlineText(first.content) : '';
    expect(firstText.startsWith(want.firstParagraphStart)).toBe(true);
    expect(firstText).not.toMatch(/28 janvier/);
    expect(boldRuns(rel.body)).toEqual(expect.arrayContaining([...want.boldNames]));
    // The four commitments: one bullet list.
    const lists = rel.body.filter((b) => b.type === 'list');
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatchObject({ ordered: false });
    expect(lists[0]!.type === 'list' && lists[0]!.items.length).toBe(want.listItems);
    // About sections and contacts left the body; the "—" separator is not a paragraph.
    expect(text(r)).not.toMatch(/À propos|CONTACTS|@|^—$/m);
    expect(r.organizations.map((o) => o.name)).toEqual(want.organizations);
    expect(r.organizations[0]!.boilerplate).toMatch(want.boilerplateStarts[0]);
    expect(r.organizations[1]!.boilerplate).toMatch(want.boilerplateStarts[1]);
    expect(contactsOf(r)).toEqual(want.contacts.map(({ firstName: _f, lastName: _l, ...c }) => c));
    // The body holds exactly the prose blocks and the list, nothing lost in between.
    expect(rel.body.map((b) => b.type)).toEqual(want.bodyKinds);
  });
});

describe('text and Markdown fixtures', () => {
  it('English (US): immediate, subheadline in italics, bullets, ###, Media Contact with phone', async () => {
    const r = await readReleaseFile('release-en-us.txt', await fixture('release-en-us.txt'));
    expect(r.release).toMatchObject({
      lang: 'en-US',
      label: 'Press Release',
      timing: { kind: 'immediate' },
      headline: 'Pacific Coast Therapeutics Opens West Coast Center for RNA Medicines',
      subheadline: 'New 40,000-square-foot facility will employ 120 scientists by 2027',
      dateline: { city: 'San Diego', date: '2026-03-03' },
      endMark: '###',
    });
    const first = r.release.body[0]!;
    expect(first.type === 'paragraph' && first.content[0]).toEqual({ text: 'Pacific Coast Therapeutics, Inc.', bold: true });
    const link = r.release.body.flatMap((b) => (b.type === 'paragraph' ? b.content : [])).find((i) => i.href);
    expect(link).toEqual({ text: 'RNA-targeted therapies', href: 'https://www.pacificcoasttx.example.com/rna' });
    const list = r.release.body.find((b) => b.type === 'list');
    expect(list?.type === 'list' && list.items.map(inlineText)).toEqual([
      'Antisense oligonucleotides for neuromuscular disorders',
      'Small molecules that modulate RNA splicing',
      'Delivery technologies for the central nervous system',
    ]);
    expect(orgsOf(r)).toEqual([{ name: 'Pacific Coast Therapeutics', boilerplate: expect.stringMatching(/^Pacific Coast Therapeutics, Inc\. is a clinical-stage/) }]);
    expect(contactsOf(r)).toEqual([
      {
        name: 'Jennifer Alvarez',
        title: 'Director of Corporate Communications',
        organization: 'Pacific Coast Therapeutics',
        emails: ['jalvarez@pacificcoasttx.example.com'],
        phones: ['(619) 555-0142'],
      },
    ]);
    expect(r.warnings).toEqual([]);
  });

  it('English (UK): embargo with its zone, numbered list, ENDS, Notes to editors', async () => {
    const r = await readReleaseFile('release-en-gb.txt', await fixture('release-en-gb.txt'));
    expect(r.release).toMatchObject({
      lang: 'en-GB',
      label: 'News Release',
      timing: { kind: 'embargo', until: '2026-05-12T00:01:00+00:00', zone: 'GMT' },
      dateline: { city: 'Cambridge, UK', date: '2026-05-12' },
      endMark: 'ENDS',
    });
    expect(r.release.body.find((b) => b.type === 'list')).toMatchObject({ ordered: true });
    expect(r.organizations.map((o) => o.name)).toEqual(['Cambridge Genomics']);
    expect(r.organizations[0]!.boilerplate).toMatch(/spin-out of the University of Cambridge/);
    expect(r.contacts[0]).toMatchObject({ name: 'Sophie Wright', title: 'Head of Communications', organization: 'Cambridge Genomics Ltd', phones: ['+44 (0)1223 555 019'] });
    expect(text(r)).not.toMatch(/Notes to editors|ENDS/);
  });

  it('Québec French in Markdown: numbered list, quote with attribution, link, -30-, two contacts', async () => {
    const r = await readReleaseFile('release-fr-ca.md', await fixture('release-fr-ca.md'));
    expect(r.release).toMatchObject({
      lang: 'fr-CA',
      label: 'Communiqué de presse',
      timing: { kind: 'immediate' },
      headline: 'La Ville de Québec lance un fonds de 12 M$ pour les jeunes pousses en santé numérique',
      subheadline: "Un appel de projets ouvert jusqu'au 30 avril 2026",
      dateline: { city: 'Montréal', date: '2026-03-03' },
      endMark: '-30-',
    });
    const body = r.release.body;
    expect(body[0]!.type === 'paragraph' && body[0]!.content.slice(0, 3)).toEqual([
      { text: 'Québec Santé Numérique', bold: true },
      { text: ' et la ' },
      { text: 'Ville de Québec', href: 'https://www.ville.quebec.qc.ca' },
    ]);
    expect(body.find((b) => b.type === 'heading')).toMatchObject({ level: 2, content: [{ text: 'Trois volets de financement' }] });
    const list = body.find((b) => b.type === 'list');
    expect(list).toMatchObject({ ordered: true });
    expect(list?.type === 'list' && list.items).toHaveLength(3);
    expect(body.find((b) => b.type === 'quote')).toMatchObject({
      attribution: 'Marie-Ève Tremblay, présidente-directrice générale de Québec Santé Numérique',
    });
    expect(r.organizations.map((o) => o.name)).toEqual(['Québec Santé Numérique']);
    expect(contactsOf(r)).toEqual([
      {
        name: 'Marie-Ève Tremblay',
        title: 'Présidente-directrice générale',
        organization: 'Québec Santé Numérique',
        emails: ['metremblay@quebecsantenumerique.example.ca'],
        phones: ['418 555-0199'],
      },
      {
        name: 'Louis Gagnon',
        title: 'Conseiller en communication',
        organization: 'Québec Santé Numérique',
        emails: ['l.gagnon@quebecsantenumerique.example.ca'],
        phones: ['581 555-0123'],
      },
    ]);
  });

  it('Japanese: プレスリリース, 報道関係者各位, the date line, 会社概要, お問い合わせ, 以上', async () => {
    const r = await readReleaseFile('release-ja.txt', await fixture('release-ja.txt'));
    expect(r.release).toMatchObject({
      lang: 'ja',
      label: 'プレスリリース',
      headline: 'さくらバイオ、大阪に再生医療の新研究拠点を開設',
      subheadline: '2027年までに研究者100名体制へ',
      dateline: { city: '', date: '2026-09-18' },
      endMark: '以上',
    });
    expect(text(r)).not.toMatch(/報道関係者各位|会社概要|お問い合わせ/);
    expect(r.release.body.find((b) => b.type === 'list')?.type).toBe('list');
    expect(orgsOf(r)).toEqual([{ name: '株式会社さくらバイオ', boilerplate: expect.stringContaining('所在地：大阪府大阪市北区中之島1-2-3') }]);
    expect(contactsOf(r)).toEqual([
      { name: '山田 花子', title: '', organization: '株式会社さくらバイオ 広報部', emails: ['hanako.yamada@sakura-bio.example.jp'], phones: ['06-6123-4567'] },
    ]);
  });

  it('reads French timing lines: "Ne pas publier avant … (HNE)" and "Sous embargo jusqu’au …"', async () => {
    const src = (timing: string) =>
      new TextEncoder().encode(`AVIS AUX MÉDIAS\n${timing}\n\nUn titre\n\nQUÉBEC, le 2 mars 2026 – Le texte du communiqué.\n`);
    const a = await readReleaseFile('a.txt', src('Ne pas publier avant le 3 mars 2026 à 6 h (HNE)'));
    expect(a.release.label).toBe('Avis aux médias');
    expect(a.release.timing).toEqual({ kind: 'embargo', until: '2026-03-03T06:00:00-05:00', zone: 'America/Toronto' });
    expect(a.release.dateline).toEqual({ city: 'Québec', date: '2026-03-02' });
    const b = await readReleaseFile('b.txt', src('Sous embargo jusqu’au 15 juillet 2026, 10 h 30, heure de Paris'));
    expect(b.release.timing).toEqual({ kind: 'embargo', until: '2026-07-15T10:30:00+02:00', zone: 'Europe/Paris' });
  });

  it('keeps text it cannot place, and reads Windows-1252 text files', async () => {
    const cp1252 = iconv.encode(
      'COMMUNIQUÉ DE PRESSE\r\n\r\nUn titre à accents\r\n\r\nLYON, le 5 février 2026 – Début du texte.\r\n\r\n-30-\r\n\r\nUne note ajoutée après la fin.\r\n',
      'win1252',
    );
    const r = await readReleaseFile('ancien.txt', new Uint8Array(cp1252));
    expect(r.release.headline).toBe('Un titre à accents');
    expect(r.release.dateline).toEqual({ city: 'Lyon', date: '2026-02-05' });
    expect(r.release.lang).toBe('fr-FR');
    expect(text(r)).toContain('Une note ajoutée après la fin.');
    expect(r.warnings.some((w) => /after the end/.test(localize(w, 'en')))).toBe(true);
  });

  it('refuses empty, binary and oversize files with the file name', async () => {
    await expectAppError(readReleaseFile('vide.txt', new Uint8Array()), 'INVALID_FILE', /^vide\.txt: /);
    await expectAppError(readReleaseFile('scan.txt', new TextEncoder().encode('%PDF-1.7\n...')), 'UNSUPPORTED_FILE', /^scan\.txt: .*PDF/);
    await expectAppError(readReleaseFile('faux.docx', new TextEncoder().encode('not a zip')), 'INVALID_FILE', /^faux\.docx: /);
    await expectAppError(readReleaseFile('big.txt', new Uint8Array(20 * 1024 * 1024 + 1).fill(0x61)), 'FILE_TOO_LARGE', /^big\.txt: /);
  });
});

describe('DOCX', () => {
  async function buildDocx(): Promise<Uint8Array> {
    const doc = new Document({
      numbering: {
        config: [{ reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•' }] }],
      },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: 'PRESS RELEASE', bold: true })] }),
            new Paragraph({ text: 'FOR IMMEDIATE RELEASE' }),
            new Paragraph({ text: 'Harbor Labs Names New Chief Medical Officer', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({
              children: [
                new TextRun('BOSTON, June 2, 2026 – '),
                new TextRun({ text: 'Harbor Labs', bold: true }),
                new TextRun(' today named '),
                new TextRun({ text: 'Dr. Ana Ruiz', italics: true }),
                new TextRun(' as chief medical officer. '),
                new ExternalHyperlink({ link: 'https://harborlabs.example.com/news', children: [new TextRun({ text: 'Read the announcement', style: 'Hyperlink' })] }),
                new TextRun('.'),
              ],
            }),
            new Paragraph({ text: 'Her priorities', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: 'Expand the oncology pipeline', numbering: { reference: 'bullets', level: 0 } }),
            new Paragraph({ text: 'Open a clinical site in Europe', numbering: { reference: 'bullets', level: 0 } }),
            new Paragraph({ text: '###' }),
            new Paragraph({ text: 'About Harbor Labs', heading: HeadingLevel.HEADING_2 }),
            new Paragraph({ text: 'Harbor Labs develops precision oncology medicines in Boston.' }),
            new Paragraph({ text: 'Media Contact' }),
            new Paragraph({ text: 'Tom Becker' }),
            new Paragraph({ text: 'tom.becker@harborlabs.example.com' }),
          ],
        },
      ],
    });
    return new Uint8Array(await Packer.toBuffer(doc));
  }

  it('keeps bold, italic, links, the list and the heading of a Word document', async () => {
    const bytes = await buildDocx();
    // Detected from the bytes: a ZIP named .txt is still read as Word.
    const r = await readReleaseFile('announcement.txt', bytes);
    expect(r.release).toMatchObject({
      label: 'Press Release',
      timing: { kind: 'immediate' },
      headline: 'Harbor Labs Names New Chief Medical Officer',
      dateline: { city: 'Boston', date: '2026-06-02' },
      endMark: '###',
      lang: 'en-US',
    });
    const p = r.release.body[0]!;
    expect(p.type).toBe('paragraph');
    const runs = p.type === 'paragraph' ? p.content : [];
    expect(runs).toContainEqual({ text: 'Harbor Labs', bold: true });
    expect(runs).toContainEqual({ text: 'Dr. Ana Ruiz', italic: true });
    expect(runs).toContainEqual({ text: 'Read the announcement', href: 'https://harborlabs.example.com/news' });
    expect(r.release.body.find((b) => b.type === 'heading')).toMatchObject({ content: [{ text: 'Her priorities' }] });
    const list = r.release.body.find((b) => b.type === 'list');
    expect(list?.type === 'list' && list.items.map(inlineText)).toEqual(['Expand the oncology pipeline', 'Open a clinical site in Europe']);
    expect(orgsOf(r)).toEqual([{ name: 'Harbor Labs', boilerplate: 'Harbor Labs develops precision oncology medicines in Boston.' }]);
    expect(contactsOf(r)).toEqual([{ name: 'Tom Becker', title: '', organization: 'Harbor Labs', emails: ['tom.becker@harborlabs.example.com'], phones: [] }]);
  });
});

describe('pasted HTML', () => {
  it('drops scripts, frames, handlers and javascript: links, keeps the release', () => {
    const html = `<html><head><title>x</title><script>alert(1)</script></head><body>
      <p><b>COMMUNIQUÉ DE PRESSE</b><br>Pour diffusion immédiate</p>
      <h1 onclick="steal()">Titre collé depuis Word</h1>
      <iframe src="https://evil.example/">texte de repli</iframe>
      <p>PARIS, le 4 mai 2026 – Un <a href="javascript:alert(1)">lien piégé</a> et un <a href="https://www.exemple.fr/">vrai lien</a>.</p>
      <script>document.cookie</script>
      <ul><li>Premier point</li><li>Second <i>point</i></li></ul>
      <p>&#8211; 30 &#8211;</p></body></html>`;
    const r = readPastedHtml(html);
    const all = JSON.stringify(r);
    expect(all).not.toMatch(/alert|cookie|evil|steal|javascript|texte de repli/);
    expect(r.release).toMatchObject({ label: 'Communiqué de presse', headline: 'Titre collé depuis Word', dateline: { city: 'Paris', date: '2026-05-04' }, endMark: '– 30 –', lang: 'fr-FR' });
    const p = r.release.body[0]!;
    expect(p.type === 'paragraph' && p.content).toEqual([
      { text: 'Un lien piégé et un ' },
      { text: 'vrai lien', href: 'https://www.exemple.fr/' },
      { text: '.' },
    ]);
    expect(r.release.body[1]).toEqual({ type: 'list', ordered: false, items: [[{ text: 'Premier point' }], [{ text: 'Second ' }, { text: 'point', italic: true }]] });
  });

  it("turns Word's pasted list paragraphs (bullet glyph and non-breaking spaces) back into lists", () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style><!--[if gte mso 9]><xml><o:OfficeDocumentSettings/></xml><![endif]--></head><body>
      <p class=MsoNormal><b>COMMUNIQUÉ DE PRESSE<o:p></o:p></b></p>
      <p class=MsoNormal>Un titre venu de Word<o:p></o:p></p>
      <p class=MsoNormal>QUÉBEC, le 2 avril 2026 – Le texte.<o:p></o:p></p>
      <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>Premier <b>volet</b><o:p></o:p></p>
      <p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span style='font-family:Symbol'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span>Second volet<o:p></o:p></p>
      <p class=MsoNormal>Fin du texte.</p></body></html>`;
    const r = readPastedHtml(html);
    expect(r.release).toMatchObject({ headline: 'Un titre venu de Word', dateline: { city: 'Québec', date: '2026-04-02' } });
    expect(r.release.body).toEqual([
      { type: 'paragraph', content: [{ text: 'Le texte.' }] },
      { type: 'list', ordered: false, items: [[{ text: 'Premier ' }, { text: 'volet', bold: true }], [{ text: 'Second volet' }]] },
      { type: 'paragraph', content: [{ text: 'Fin du texte.' }] },
    ]);
  });

  it("reads Google Docs' bold-normal wrapper and styled spans", () => {
    const html = `<b style="font-weight:normal;" id="docs-internal-guid-1"><p><span style="font-weight:700">PRESS RELEASE</span></p><p><span>Headline from Google Docs</span></p><p><span>LONDON, 1 June 2026 – Text with </span><span style="font-style:italic">style</span><span>.</span></p></b>`;
    const r = readPastedHtml(html);
    expect(r.release.headline).toBe('Headline from Google Docs');
    const p = r.release.body[0]!;
    expect(p.type === 'paragraph' && p.content).toEqual([{ text: 'Text with ' }, { text: 'style', italic: true }, { text: '.' }]);
    expect(r.release.lang).toBe('en-GB');
  });
});
