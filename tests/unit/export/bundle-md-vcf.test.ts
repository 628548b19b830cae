import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { exportKit, exportRelease } from '../../../electron/export/export-kit.js';
import { exportFileName, readableBase, slugify } from '../../../electron/export/file-names.js';
import { resolveKit } from '../../../electron/export/kit.js';
import { renderMarkdown } from '../../../electron/export/markdown.js';
import type { PdfPrinter } from '../../../electron/export/pdf.js';
import { contactToVcard, foldLine, renderVcards } from '../../../electron/export/vcard.js';
import { buildFixture, IDS } from '../../fixtures/export/library-fixture.js';
import { unzip, zipText } from './helpers.js';

/** A printer that returns a fixed tiny PDF: these tests are about the bundle, not about Chromium. */
const fakePdf = new TextEncoder().encode('%PDF-1.4\n%test\n');
const printer: PdfPrinter = { print: async () => fakePdf, close: async () => undefined };

describe('file names', () => {
  it('are ASCII slugs with the language, safe everywhere', () => {
    expect(exportFileName('BIO 2025 Boston', 'fr-CA', 'pdf')).toBe('bio-2025-boston_fr-CA.pdf');
    // A name with no readable ASCII ("12" from 「スタートアップ12社」) gives way to the next candidate.
    expect(readableBase(['ケベック州の医療機器スタートアップ12社', 'Kansai Innovation Bridge Agency'], 'press-release')).toBe('Kansai Innovation Bridge Agency');
    expect(readableBase(['ケベック州の医療機器スタートアップ12社', '株式会社しまなみ造船'], 'press-release-2027-03-09')).toBe('press-release-2027-03-09');
    expect(slugify('Québec–Japon : « l’entente » / Œuvre?')).toBe('quebec-japon-l-entente-oeuvre');
    expect(slugify('CON')).toBe('con-file');
    expect(slugify('山田 花子')).toBe('document');
    expect(slugify('a'.repeat(200)).length).toBeLessThanOrEqual(60);
  });
});

describe('Markdown', () => {
  it('writes a kit with headings, lists, bold, links and the dateline', async () => {
    const { doc } = await buildFixture();
    const md = renderMarkdown(resolveKit(doc, IDS.kit));
    expect(md).toMatch(/^# BIO 2025 Boston\n/);
    expect(md).toContain('## Un partenariat Laurentides–Kansai pour accélérer l’essor des essais cliniques');
    expect(md).toContain('**Boston, le 16 juin 2025 –** À l’occasion');
    expect(md).toContain('**Bioalliance Laurentides** et **Umeda Bio Cluster**');
    expect(md).toContain('- Accroître la connaissance mutuelle des technologies émergentes;');
    expect(md).toContain('1. Mission à Osaka en octobre\n2. Atelier conjoint à Montréal\n3. Bilan public en 2026');
    expect(md).toContain('1. Première étape de la seconde liste');
    expect(md).toContain('[bioalliance-laurentides.example](<https://bioalliance-laurentides.example>)');
    expect(md).toContain('[couellet@bioalliance-laurentides.example](mailto:couellet@bioalliance-laurentides.example)');
    expect(md).toContain('Parmi les objectifs du partenariat\u00A0:');
    expect(md).toContain('-30-');
    expect(md).toContain('山田 花子');
  });
});

describe('vCard 4.0', () => {
  it('escapes, folds at 75 octets without splitting characters, and parses back', async () => {
    const { doc } = await buildFixture();
    const kit = resolveKit(doc, IDS.kit);
    const text = new TextDecoder().decode(renderVcards(kit.allContacts));
    expect(text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true);
    expect(text).not.toMatch(/[^\r]\n/);
    const cards = ICAL.parse(text) as unknown[];
    const comps = (Array.isArray(cards[0]) ? cards : [cards]).map((c) => new ICAL.Component(c as never));
    expect(comps).toHaveLength(3);
    const yamada = comps.find((c) => c.getFirstPropertyValue('fn') === '山田 花子');
    expect(yamada?.getFirstPropertyValue('version')).toBe('4.0');
    expect(yamada?.getFirstPropertyValue('n')).toEqual(['山田', '花子', '', '', '']);
    expect(yamada?.getFirstPropertyValue('email')).toBe('h.yamada@umeda-bio.example');
    expect(yamada?.getFirstPropertyValue('lang')).toBe('ja');
    const fiol = comps.find((c) => c.getFirstPropertyValue('fn') === 'Karine Dubé');
    // The officer's private note about her stays in the library (issue #20).
    expect(fiol?.getFirstPropertyValue('note')).toBeNull();
    expect(fiol?.getFirstPropertyValue('title')).toBe('Conseillère aux communications et aux relations de presse');
  });

  it('folds a long Japanese line on character boundaries', () => {
    const long = `NOTE:${'東京本社広報部'.repeat(10)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    const card = contactToVcard({ name: 'A; B, C', title: 'x\ny', organization: '', emails: [], phones: [], lang: null });
    expect(card).toContain('FN:A; B\\, C');
    expect(card).toContain('TITLE:x\\ny');
  });
});

describe('ZIP bundle and exportKit', () => {
  it('holds the DOCX, the PDF, the original logos, contacts.vcf and a French read-me', async () => {
    const { doc, files, bytes } = await buildFixture();
    const result = await exportKit(doc, IDS.kit, ['zip', 'md', 'vcf'], { files, printer });
    expect(result.files.map((f) => f.name)).toEqual(['bio-2025-boston_fr-CA.zip', 'bio-2025-boston_fr-CA.md', 'bio-2025-boston_fr-CA.vcf']);
    const zip = unzip(result.files[0]?.bytes ?? new Uint8Array());
    const names = Object.keys(zip).sort();
    expect(names).toEqual(
      [
        'LISEZ-MOI.txt',
        'bio-2025-boston_fr-CA.docx',
        'bio-2025-boston_fr-CA.pdf',
        'contacts.vcf',
        'logos/bioalliance-laurentides-bioalliance-laurentides-primary.png',
        'logos/umeda-bio-cluster-umeda-bio-horizontal.svg',
      ].sort(),
    );
    for (const n of names) expect(n).toMatch(/^[A-Za-z0-9._\/-]+$/);
    // The logos are the original bytes, not re-encoded copies.
    const originals = [...bytes.values()].map((b) => Buffer.from(b).toString('base64'));
    expect(originals).toContain(Buffer.from(zip['logos/bioalliance-laurentides-bioalliance-laurentides-primary.png'] ?? []).toString('base64'));
    expect(Buffer.from(zip['bio-2025-boston_fr-CA.pdf'] ?? []).toString()).toBe('%PDF-1.4\n%test\n');
    const readme = zipText(zip, 'LISEZ-MOI.txt');
    expect(readme).toContain('Trousse média\u00A0: BIO 2025 Boston');
    expect(readme).toContain('Contenu de cette archive');
    expect(readme).toContain('logos/umeda-bio-cluster-umeda-bio-horizontal.svg');
    expect(readme).toContain('contacts.vcf');
    expect(unzip(zip['bio-2025-boston_fr-CA.docx'] ?? new Uint8Array())['word/document.xml']).toBeDefined();
    expect(result.warnings.some((w) => w.code === 'ENTITY_IN_TRASH')).toBe(true);
  });

  it('names an English read-me README.txt', async () => {
    const { doc, files } = await buildFixture();
    const result = await exportKit(doc, IDS.kitEn, ['zip'], { files, printer });
    expect(result.files[0]?.name).toBe('london-desk_en-GB.zip');
    const zip = unzip(result.files[0]?.bytes ?? new Uint8Array());
    expect(zipText(zip, 'README.txt')).toContain('What this archive holds');
  });

  it('asks for no printer when no PDF is wanted', async () => {
    const { doc, files } = await buildFixture();
    const result = await exportRelease(doc, IDS.relEn, ['md', 'docx'], { files });
    expect(result.files.map((f) => f.format)).toEqual(['md', 'docx']);
  });
});
