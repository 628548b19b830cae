import { describe, expect, it } from 'vitest';
import { resolveKit, resolveRelease } from '../../../electron/export/kit.js';
import { AppError } from '../../../electron/model/errors.js';
import { buildFixture, IDS } from '../../fixtures/export/library-fixture.js';

const NBSP = '\u00A0';

describe('resolveKit', () => {
  it('resolves a French kit: cover in French, each release in its own language, trashed ones skipped with a warning', async () => {
    const { doc } = await buildFixture();
    const kit = resolveKit(doc, IDS.kit);
    expect(kit.lang).toBe('fr-CA');
    expect(kit.cover?.dateText).toBe('16 juin 2025');
    expect(kit.cover?.kitLabel).toBe('Trousse média');
    expect(kit.cover?.logos.map((l) => l.format)).toEqual(['png', 'svg']);
    expect(kit.sections.map((s) => s.type)).toEqual(['release', 'release', 'logos', 'contacts']);
    expect(kit.warnings).toContainEqual({ code: 'ENTITY_IN_TRASH', params: { collection: 'releases', id: 'rel_Trashed0001' } });
    const [fr, en] = kit.sections;
    if (fr?.type !== 'release' || en?.type !== 'release') throw new Error('expected releases');
    expect(fr.timingLine).toBe('Pour diffusion immédiate');
    expect(fr.datelineText).toBe('Boston, le 16 juin 2025 –');
    expect(fr.contactsHeading).toBe(`Renseignements${NBSP}:`);
    // One end mark per kit, the kit's language's (« -30- » in Québec), the English release's too.
    expect(fr.endMark).toBe('-30-');
    expect(fr.boilerplates.map((b) => b.heading)).toEqual(['À propos de Bioalliance Laurentides', 'À propos d’Umeda Bio Cluster']);
    expect(fr.headline).toContain('accélérer l’essor');
    // Typeset once, here: the colon gets its no-break space, ";" loses its space (fr-CA).
    const colon = fr.body[1];
    expect(colon?.type === 'paragraph' && colon.content[0]?.text).toBe(`Parmi les objectifs du partenariat${NBSP}:`);
    const list = fr.body[2];
    expect(list?.type === 'list' && list.items[0]?.[0]?.text).toBe('Accroître la connaissance mutuelle des technologies émergentes;');
    // The kit's contact sheet holds the releases' contacts: printed there once, the releases point to it.
    expect(fr.contacts).toEqual([]);
    expect(fr.contactsElsewhere).toBe(`Renseignements${NBSP}: voir «${NBSP}Relations médias${NBSP}»`);
    expect(en.contacts).toEqual([]);
    expect(en.contactsElsewhere).toBe('Media contacts: see “Relations médias”');
    expect(en.label).toBe('Press release');
    expect(en.timingLine).toBe('FOR IMMEDIATE RELEASE');
    expect(en.datelineText).toBe('BOSTON, June 16, 2025 —');
    expect(en.boilerplates[0]?.heading).toBe('About Bioalliance Laurentides');
    expect(en.endMark).toBe('-30-');
    const firstEn = en.body[0];
    expect(firstEn?.type === 'paragraph' && firstEn.content.map((i) => i.text).join('')).toContain('memorandum of understanding – a “first”');
    const logos = kit.sections[2];
    expect(logos?.type === 'logos' && logos.logos.map((l) => l.caption)).toEqual(['PNG · 600\u202F×\u202F200\u00A0px', 'SVG · 480\u202F×\u202F160\u00A0px']);
    expect(logos?.type === 'logos' && logos.logos[0]?.variant).toBe('Principal');
    expect(kit.allContacts).toHaveLength(3);
  });

  it('writes an embargoed UK release with its own conventions', async () => {
    const { doc } = await buildFixture();
    const kit = resolveRelease(doc, IDS.relGb);
    const s = kit.sections[0];
    if (s?.type !== 'release') throw new Error('expected a release');
    expect(kit.cover).toBeUndefined();
    expect(kit.pageSize).toBe('a4');
    expect(s.timingLine).toBe('EMBARGOED UNTIL 00:01 GMT, 12 May 2026');
    expect(s.datelineText).toBe('LONDON, 12 May 2026 –');
    expect(s.endMark).toBe('ENDS');
    expect(s.contacts.map((c) => c.name)).toEqual(['Karine Dubé']);
    expect(s.contactsElsewhere).toBe('');
    expect(s.headerLogos.map((l) => l.name)).toEqual(['Bioalliance Laurentides']);
  });

  it('says NOT_FOUND for a missing kit or release, and for one in the trash', async () => {
    const { doc } = await buildFixture();
    expect(() => resolveKit(doc, 'kit_Nope000000')).toThrow(AppError);
    try {
      resolveRelease(doc, IDS.relTrashed);
      throw new Error('should have thrown');
    } catch (err) {
      expect(err).toBeInstanceOf(AppError);
      expect((err as AppError).code).toBe('NOT_FOUND');
    }
  });
});

describe('a Japanese release', () => {
  it('follows the Japanese conventions', async () => {
    const { doc } = await buildFixture();
    const kit = resolveRelease(doc, IDS.relJa);
    const s = kit.sections[0];
    if (s?.type !== 'release') throw new Error('expected a release');
    expect(s.label).toBe('プレスリリース');
    expect(s.addressee).toBe('報道関係者各位');
    expect(s.datelineText).toBe('【大阪】');
    expect(s.dateLine).toBe('2025年6月17日');
    expect(s.boilerplates[0]?.heading).toBe('Umeda Bio Cluster 会社概要');
    expect(s.contactsHeading).toBe('お問い合わせ');
    expect(s.endMark).toBe('以上');
    expect(kit.pageSize).toBe('a4');
    // Bioalliance Laurentides has no Japanese boilerplate: nothing invented, a warning instead.
    expect(kit.warnings).toEqual([]);
  });
});
