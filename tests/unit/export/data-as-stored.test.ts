import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDocument } from '../../../electron/export/export-kit.js';
import { resolveKit, resolveRelease } from '../../../electron/export/kit.js';
import type { KitDocument } from '../../../electron/export/kit-document.js';
import type { PdfPrinter } from '../../../electron/export/pdf.js';
import { createChromiumPrinter } from '../../../electron/host/chromium.js';
import { buildFixture, IDS, type Fixture } from '../../fixtures/export/library-fixture.js';
import { poppler, tempDir, unzip, zipText } from './helpers.js';

/**
 * Typography is for prose (issue #21.9): names, titles, organizations, e-mails and phones are data,
 * exported exactly as stored, in French and in English, in every format a recipient reads. Prose
 * beside them (the body, with its "first") is still typeset, so the test also proves the rules ran.
 */
const TITLE = `Directrice "Innovation" - R&D`;
const ORG = `Smith & "Sons" l'Atelier`;
const NAME = `Chantal "Chan" O'Neil`;
const PHONE = '+1 514 555-0142 poste 221';
const EMAIL = "c.o'neil@smith-sons.example";

let fx: Fixture;
let printer: PdfPrinter;

beforeAll(async () => {
  fx = await buildFixture();
  const doc = structuredClone(fx.doc);
  for (const c of doc.contacts) {
    if (c.id !== IDS.ctcOuellet && c.id !== IDS.ctcDube) continue;
    Object.assign(c, { name: NAME, title: TITLE, organization: ORG, phones: [PHONE], emails: [EMAIL] });
  }
  const org = doc.organizations.find((o) => o.id === IDS.orgMtl)!;
  org.name = ORG;
  fx = { ...fx, doc };
  printer = createChromiumPrinter();
});
afterAll(async () => {
  await printer.close();
});

const NAMED: Record<string, string> = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&', nbsp: '\u00a0' };
const decodeXml = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) =>
    e.startsWith('#x') || e.startsWith('#X') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (NAMED[e] ?? m),
  );

/** What a reader sees of each file: paragraphs' text for DOCX, unescaped Markdown, the PDF's text. */
async function texts(doc: KitDocument): Promise<Record<string, string>> {
  const dir = await tempDir();
  const { files } = await exportDocument(doc, ['docx', 'md', 'html', 'vcf', 'pdf'], { files: fx.files, printer });
  const by = Object.fromEntries(files.map((f) => [f.format, f.bytes]));
  const documentXml = zipText(unzip(by.docx!), 'word/document.xml');
  const paragraphs = [...documentXml.matchAll(/<w:p[ >].*?<\/w:p>/gs)].map((p) => decodeXml([...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')));
  return {
    docx: paragraphs.join('\n'),
    md: new TextDecoder().decode(by.md).replace(/\\([\\`*_[\]<>#|])/g, '$1'),
    html: decodeXml(new TextDecoder().decode(by.html).replace(/<wbr>/g, '')),
    pdf: (await poppler('pdftotext', by.pdf!, dir)).replace(/\s+/g, ' '),
    vcf: new TextDecoder().decode(by.vcf),
  };
}

describe('data exported exactly as stored', () => {
  for (const [label, doc] of [
    ['a French kit (contact sheet, contacts under the release, About heading)', () => resolveKit(fx.doc, IDS.kit)],
    ['an English release', () => resolveRelease(fx.doc, IDS.relEn)],
  ] as const) {
    it(`in ${label}`, async () => {
      const out = await texts(doc());
      for (const format of ['docx', 'md', 'html', 'pdf'] as const) {
        for (const value of [NAME, TITLE, ORG, PHONE, EMAIL]) expect(out[format], `${format}: ${value}`).toContain(value);
        expect(out[format], format).not.toMatch(/[“”«»’]\s?(Innovation|Sons|Chan|neil)|Smith & “|O’Neil/);
      }
      const parsed = ICAL.parse(out.vcf!) as unknown[];
      // One card parses to one component, several to a list of them.
      const cards = (typeof parsed[0] === 'string' ? [parsed] : parsed).map((c) => new ICAL.Component(c as never));
      const card = cards.find((c) => c.getFirstPropertyValue('fn') === NAME);
      expect(card, out.vcf).toBeDefined();
      expect(card!.getFirstPropertyValue('title')).toBe(TITLE);
      expect(String(card!.getFirstPropertyValue('org'))).toBe(ORG);
      expect(card!.getFirstPropertyValue('email')).toBe(EMAIL);
    });
  }

  it('while the prose around them is still typeset', async () => {
    const out = await texts(resolveRelease(fx.doc, IDS.relEn));
    expect(out.docx).toContain('a “first” for the two regions');
    expect(out.docx).toContain(`About ${ORG}`);
    const fr = await texts(resolveKit(fx.doc, IDS.kit));
    expect(fr.docx).toContain('Parmi les objectifs du partenariat\u00a0:');
    expect(fr.docx).toContain(`À propos de ${ORG}`);
  });
});
