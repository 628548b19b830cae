import { execFileSync } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/export/docx/render.js';
import { resolveKit, resolveRelease } from '../../../electron/export/kit.js';
import { buildFixture, IDS, type Fixture } from '../../fixtures/export/library-fixture.js';
import { has, poppler, tempDir, unzip, zipText } from './helpers.js';

let fx: Fixture;
let files: Record<string, Uint8Array>;
let documentXml: string;
let bytes: Uint8Array;

beforeAll(async () => {
  fx = await buildFixture();
  bytes = await renderDocx(resolveKit(fx.doc, IDS.kit), fx.files);
  files = unzip(bytes);
  documentXml = zipText(files, 'word/document.xml');
});

function paragraphsWithStyle(style: string): string[] {
  return [...documentXml.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="([^"]+)"\/>(?:(?!<\/w:p>).)*<\/w:p>/gs)]
    .filter((m) => m[1] === style)
    .map((m) => [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
}

describe('DOCX of a kit', () => {
  it('uses Word built-in styles for title, headings, subtitle, quote and lists', () => {
    const styles = zipText(files, 'word/styles.xml');
    for (const id of ['Title', 'Subtitle', 'Heading1', 'Heading2', 'Heading3', 'Quote', 'ListBullet', 'ListNumber', 'Hyperlink']) {
      expect(styles, id).toContain(`w:styleId="${id}"`);
    }
    expect(paragraphsWithStyle('Title')).toEqual(['BIO 2025 Boston']);
    expect(paragraphsWithStyle('Heading1')).toContain('Un partenariat Laurentides–Kansai pour accélérer l’essor des essais cliniques');
    expect(paragraphsWithStyle('Heading2')).toContain('Prochaines étapes');
    expect(paragraphsWithStyle('ListBullet')).toContain('Accroître la connaissance mutuelle des technologies émergentes;');
  });

  it('gives every list its own numbering instance, so numbered lists restart at 1', () => {
    const numbering = zipText(files, 'word/numbering.xml');
    const numIdOf = (text: string) => {
      const p = [...documentXml.matchAll(/<w:p>.*?<\/w:p>/gs)].find((m) => m[0].includes(text));
      return /<w:numId w:val="(\d+)"\/>/.exec(p?.[0] ?? '')?.[1];
    };
    const first = numIdOf('Mission à Osaka en octobre');
    const second = numIdOf('Première étape de la seconde liste');
    expect(first).toBeDefined();
    expect(second).toBeDefined();
    expect(first).not.toBe(second);
    for (const id of [first, second]) {
      const num = new RegExp(`<w:num w:numId="${id}">.*?</w:num>`, 's').exec(numbering)?.[0] ?? '';
      expect(num).toContain('<w:startOverride w:val="1"/>');
    }
    expect(numbering).toContain('w:val="decimal"');
    expect(numbering).toContain('w:val="bullet"');
  });

  it('makes http and mailto links real hyperlinks', () => {
    const rels = zipText(files, 'word/_rels/document.xml.rels');
    expect(rels).toMatch(/Target="mailto:couellet@bioalliance-laurentides.example" TargetMode="External"/);
    expect(rels).toContain('Target="https://bioalliance-laurentides.example"');
    expect(documentXml).toMatch(/<w:hyperlink[^>]*r:id="[^"]+"/);
  });

  it('embeds the logos, the SVG with a PNG fallback', async () => {
    const media = Object.keys(files).filter((f) => f.startsWith('word/media/'));
    expect(media.some((m) => m.endsWith('.png'))).toBe(true);
    expect(media.some((m) => m.endsWith('.svg'))).toBe(true);
    const svg = media.find((m) => m.endsWith('.svg'));
    expect(zipText(files, svg ?? '')).toContain('<svg');
    expect(documentXml).toContain('asvg:svgBlip');
    // The rasterized fallback is at print resolution: wider than the SVG's own 480 px.
    const sharp = (await import('sharp')).default;
    const pngs = media.filter((m) => m.endsWith('.png'));
    const widths = await Promise.all(pngs.map(async (m) => (await sharp(files[m]).metadata()).width ?? 0));
    expect(Math.max(...widths)).toBeGreaterThan(480);
  });

  it('tags runs with their language so Word spell-checks French as French', () => {
    const langs = new Set([...documentXml.matchAll(/<w:lang w:val="([^"]+)"/g)].map((m) => m[1]));
    expect(langs).toEqual(new Set(['fr-CA', 'en-US']));
    // The contents' entries (a TOC field's result, docx-toc.test.ts) are Word's to rewrite: like the
    // entries Word writes, they take the document's default w:lang (styles.xml).
    const body = documentXml.replace(/<w:sdt>.*?<\/w:sdt>/gs, '');
    const textRuns = [...body.matchAll(/<w:r>.*?<\/w:r>/gs)].map((m) => m[0]).filter((r) => r.includes('<w:t'));
    expect(textRuns.length).toBeGreaterThan(50);
    expect(textRuns.filter((r) => !r.includes('<w:lang '))).toEqual([]);
    expect(documentXml).toContain('w:eastAsia="ja-JP"');
    expect(documentXml).toContain('山田 花子');
  });

  it('has a page-number footer, page breaks between sections and the document properties', () => {
    const footer = zipText(files, 'word/footer1.xml');
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    expect(footer).toMatch(/Page.*de/s);
    // Each release starts a page; the logos and the contacts follow on (#16: no near-empty section pages).
    expect(documentXml.match(/<w:pageBreakBefore\/>/g)?.length).toBe(2);
    expect(documentXml).toMatch(/<w:pgSz w:w="12240" w:h="15840"/);
    const core = zipText(files, 'docProps/core.xml');
    expect(core).toContain('<dc:title>BIO 2025 Boston</dc:title>');
    expect(core).toContain('<dc:subject>Congrès international BIO 2025 · 16 juin 2025 · Boston, Massachusetts</dc:subject>');
    expect(core).toContain('<dc:creator>Bioalliance Laurentides</dc:creator>');
    expect(core).toContain('<dc:language>fr-CA</dc:language>');
  });

  it('keeps the French no-break spaces character by character', () => {
    expect(documentXml).toContain('Parmi les objectifs du partenariat\u00A0:');
    expect(documentXml).toContain('Renseignements\u00A0:');
  });

  it('writes an A4 English release with the English footer', async () => {
    const gb = unzip(await renderDocx(resolveRelease(fx.doc, IDS.relGb), fx.files));
    expect(zipText(gb, 'word/document.xml')).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(zipText(gb, 'word/document.xml')).toContain('EMBARGOED UNTIL 00:01 GMT, 12 May 2026');
    expect(zipText(gb, 'word/footer1.xml')).toMatch(/Page.*of/s);
    expect(zipText(gb, 'docProps/core.xml')).toContain('<dc:language>en-GB</dc:language>');
  });
});

describe.runIf(has('unzip'))('DOCX package', () => {
  it('is a ZIP that another reader checks without an error', async () => {
    const file = path.join(await tempDir(), 'kit.docx');
    await writeFile(file, bytes);
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
  });
});

// LibreOffice is the free stand-in for "opens in Word without repair": it must convert the file.
describe.runIf(has('soffice'))('DOCX opens in LibreOffice', () => {
  it('converts to PDF with the headline and the right page count', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'bio-2025-boston_fr-CA.docx');
    await writeFile(file, bytes);
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/lo-profile`, '--convert-to', 'pdf', '--outdir', dir, file], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    expect(await readdir(dir)).toContain('bio-2025-boston_fr-CA.pdf');
    const { readFile } = await import('node:fs/promises');
    const pdf = await readFile(path.join(dir, 'bio-2025-boston_fr-CA.pdf'));
    const text = await poppler('pdftotext', pdf, dir);
    expect(text).toContain('BIO 2025 Boston');
    expect(text).toContain('Un partenariat Laurentides–Kansai');
    const pages = Number(/Pages:\s+(\d+)/.exec(await poppler('pdfinfo', pdf, dir))?.[1]);
    // Cover, two releases, the logos and contacts following the second (LibreOffice's fonts are wider than Word's).
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(5);
  });
});
