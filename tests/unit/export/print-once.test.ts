import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/export/docx/render.js';
import { contactColumns, textWidthEm } from '../../../electron/export/contact-columns.js';
import { resolveKit } from '../../../electron/export/kit.js';
import type { KitDocument, ReleaseSection } from '../../../electron/export/kit-document.js';
import { renderMarkdown } from '../../../electron/export/markdown.js';
import type { LibraryDocument } from '../../../electron/model/index.js';
import { buildFixture, IDS } from '../../fixtures/export/library-fixture.js';
import { unzip, zipText } from './helpers.js';

/** A kit prints each About text and each contact once (#16), in every writer, and says where. */

const NBSP = '\u00A0';

/** The fixture's French kit with an About section of both organizations after its contacts. */
function withAboutSection(doc: LibraryDocument, printOnce?: 'kit-sections' | 'release-pages'): LibraryDocument {
  const d = structuredClone(doc);
  const kit = d.kits.find((k) => k.id === IDS.kit)!;
  kit.sections.push({ id: 'sec_About00001', type: 'boilerplates', title: '', organizationIds: [IDS.orgMtl, IDS.orgOsaka] });
  if (printOnce) kit.printOnce = printOnce;
  return d;
}

const releases = (k: KitDocument) => k.sections.filter((s): s is ReleaseSection => s.type === 'release');

describe('each About text and each contact printed once per kit', () => {
  it('by default prints them in the kit’s own sections and the release pages point there', async () => {
    const { doc } = await buildFixture();
    const kit = resolveKit(withAboutSection(doc), IDS.kit);
    const [fr, en] = releases(kit);
    // The French About texts go to the kit's « À propos »; the English release keeps its English ones (another text).
    expect(fr?.boilerplates).toEqual([]);
    expect(en?.boilerplates.map((b) => b.heading)).toEqual(['About Bioalliance Laurentides', 'About Umeda Bio Cluster']);
    expect(fr?.contacts).toEqual([]);
    expect(fr?.contactsElsewhere).toBe(`Renseignements${NBSP}: voir «${NBSP}Relations médias${NBSP}»`);
    const about = kit.sections.find((s) => s.type === 'boilerplates');
    expect(about?.type === 'boilerplates' && about.boilerplates.map((b) => b.heading)).toEqual(['À propos de Bioalliance Laurentides', 'À propos d’Umeda Bio Cluster']);
    const sheet = kit.sections.find((s) => s.type === 'contacts');
    expect(sheet?.type === 'contacts' && sheet.contacts.map((c) => c.name)).toEqual(['Chantal Ouellet', 'Karine Dubé', '山田 花子']);
  });

  it('with the kit set to "release-pages", keeps them on the releases and drops the kit sections left empty, and their contents lines', async () => {
    const { doc } = await buildFixture();
    const kit = resolveKit(withAboutSection(doc, 'release-pages'), IDS.kit);
    const [fr, en] = releases(kit);
    expect(fr?.boilerplates.map((b) => b.heading)).toEqual(['À propos de Bioalliance Laurentides', 'À propos d’Umeda Bio Cluster']);
    expect(fr?.contacts.map((c) => c.name)).toEqual(['Chantal Ouellet', '山田 花子']);
    // Karine Dubé is the English release's contact: on its page, not again in the sheet.
    expect(en?.contacts.map((c) => c.name)).toEqual(['Karine Dubé']);
    // Both the sheet and the About section are left with nothing: gone, with their lines in the contents.
    expect(kit.sections.map((s) => s.type)).toEqual(['release', 'release', 'logos']);
    const md = renderMarkdown(kit);
    expect(md).not.toContain('Relations médias');
    expect(md.split('couellet@bioalliance-laurentides.example](mailto:')).toHaveLength(2);
  });

  it('prints an About text once when two releases share the organization, and every writer follows', async () => {
    const { doc, files } = await buildFixture();
    const d = withAboutSection(doc, 'release-pages');
    const en = d.releases.find((r) => r.id === IDS.relEn)!;
    en.lang = 'fr-CA';
    en.contactIds = [IDS.ctcOuellet];
    const kit = resolveKit(d, IDS.kit);
    const [first, second] = releases(kit);
    expect(first?.boilerplates).toHaveLength(2);
    expect(second?.boilerplates).toEqual([]);
    expect(second?.contacts).toEqual([]);
    const md = renderMarkdown(kit);
    expect(md.split('À propos de Bioalliance Laurentides')).toHaveLength(2);
    const xml = zipText(unzip(await renderDocx(kit, files)), 'word/document.xml');
    expect(xml.split('À propos de Bioalliance Laurentides')).toHaveLength(2);
    expect(xml.split('>couellet@bioalliance-laurentides.example<')).toHaveLength(2);
  });
});

describe('the DOCX keeps the end of a release together', () => {
  it('chains keep-with-next from the last paragraph through the end mark to the last contact', async () => {
    const { doc, files } = await buildFixture();
    const d = structuredClone(doc);
    d.kits.find((k) => k.id === IDS.kit)!.printOnce = 'release-pages';
    const xml = zipText(unzip(await renderDocx(resolveKit(d, IDS.kit), files)), 'word/document.xml');
    const paragraphs = xml.split('<w:p>').slice(1);
    const at = paragraphs.findIndex((p) => p.includes('>-30-<'));
    expect(at).toBeGreaterThan(0);
    // The About text before the end mark, the end mark, the heading and the lines of the contacts.
    const chain = paragraphs.slice(at - 1, at + 3);
    for (const p of chain) expect(p).toContain('<w:keepNext/>');
    expect(paragraphs[at]).toContain('<w:keepLines/>');
    // The last line of the last contact ends the chain.
    const lastContact = paragraphs.findIndex((p) => p.includes('>h.yamada@umeda-bio.example<'));
    expect(paragraphs[lastContact]).not.toContain('<w:keepNext/>');
  });

  it('sizes the contact table from its content, one font size in every cell', async () => {
    const { doc, files } = await buildFixture();
    const kit = resolveKit(doc, IDS.kit);
    const xml = zipText(unzip(await renderDocx(kit, files)), 'word/document.xml');
    const table = xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>'));
    expect(table).toContain('<w:tblLayout w:type="fixed"/>');
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(grid).toHaveLength(4);
    // The e-mail column holds the longest address at 9 pt on one line (twips: 20 a point).
    const longest = Math.max(...['couellet@bioalliance-laurentides.example', 'kdube@bioalliance-laurentides.example'].map((e) => textWidthEm(e) * 9 * 20));
    expect(grid[2]).toBeGreaterThan(longest);
    const sizes = new Set([...table.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => m[1]));
    expect([...sizes]).toEqual(['18']);
  });

  it('gives the address column what the longest address needs and lets the title column wrap', () => {
    const c = (email: string, title = 'Conseillère principale, communications et affaires publiques') => ({
      name: 'Noémie Caron',
      title,
      organization: 'Montréal InVivo',
      emails: [email],
      phones: ['+1 514 555-0142'],
      lang: null,
    });
    const { widths, emailsFit } = contactColumns([c('sdoyle@montreal-invivo.com'), c('noemie.caron@montreal-invivo.example.com')], 'letter', 9.5);
    expect(emailsFit).toBe(true);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 5);
    expect((widths[2] / 100) * 498).toBeGreaterThan(textWidthEm('noemie.caron@montreal-invivo.example.com') * 9.5);
    expect(widths[0]).toBeGreaterThanOrEqual(24);
    // An address longer than any column may be: it breaks (after its @, before a dot) rather than overflow.
    expect(contactColumns([c(`${'x'.repeat(90)}@example.com`)], 'letter', 9.5).emailsFit).toBe(false);
  });
});
