import { newId } from '../../model/common.js';
import type { Block, Inline } from '../../model/blocks.js';
import { AppError } from '../../model/errors.js';
import { Contact, ContactSheet, Kit, Logo, Organization, Release } from '../../model/entities.js';
import { COLLECTIONS } from '../../model/library-document.js';
import { readImage } from '../../import/image-reader.js';
import type { HandlersFor } from '../define.js';
import type { sampleMethods } from '../contract/sample.js';

/*
 * The first-run example library. Every organization, person, address and event here is fictional
 * (domains end in .example) and written for this app, so a newcomer sees a complete kit in one click.
 */

const ALLIANCE_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="160" viewBox="0 0 480 160">
  <rect x="8" y="24" width="112" height="112" rx="24" fill="#1f4e79"/>
  <path d="M40 80h18l10-26 16 52 10-26h18" fill="none" stroke="#ffffff" stroke-width="9" stroke-linecap="round" stroke-linejoin="round"/>
  <text x="140" y="76" font-family="Inter, Arial, sans-serif" font-size="38" font-weight="700" fill="#1f4e79">Alliance MédiTech</text>
  <text x="140" y="118" font-family="Inter, Arial, sans-serif" font-size="28" font-weight="500" fill="#3d8a7a">Saint-Laurent</text>
</svg>`;

const KIBA_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="160" viewBox="0 0 400 160">
  <circle cx="80" cy="80" r="60" fill="#c8102e"/>
  <path d="M38 104c18-40 66-40 84 0" fill="none" stroke="#ffffff" stroke-width="8" stroke-linecap="round"/>
  <path d="M50 104v-14M80 104v-26M110 104v-14" stroke="#ffffff" stroke-width="6" stroke-linecap="round"/>
  <text x="158" y="78" font-family="Inter, Arial, sans-serif" font-size="40" font-weight="700" fill="#2b2b2b">KIBA</text>
  <text x="158" y="116" font-family="Inter, Arial, sans-serif" font-size="20" font-weight="500" fill="#5a5a5a">Kansai Innovation Bridge</text>
</svg>`;

const t = (text: string, style: Omit<Inline, 'text'> = {}): Inline => ({ text, ...style });
const p = (...content: Inline[]): Block => ({ type: 'paragraph', content });

const FR_BODY: Block[] = [
  p(
    t('L’'),
    t('Alliance MédiTech Saint-Laurent', { bold: true }),
    t(' et l’Agence Kansai Innovation Bridge (KIBA) lancent aujourd’hui '),
    t('Passerelle Santé', { italic: true }),
    t(', un programme d’accélération qui accompagnera douze jeunes entreprises québécoises en technologies médicales vers le marché japonais d’ici la fin de 2027.'),
  ),
  p(t('Le programme débutera par une mission à Kobe du 8 au 12 juin 2026, en marge du salon Kansai Health Expo. Les entreprises retenues y rencontreront des hôpitaux universitaires, des distributeurs et des autorités réglementaires.')),
  { type: 'heading', level: 2, content: [t('Ce que comprend le programme')] },
  {
    type: 'list',
    ordered: false,
    items: [
      [t('un accompagnement réglementaire', { bold: true }), t(' auprès de l’agence japonaise des produits pharmaceutiques et des dispositifs médicaux;')],
      [t('des séances de jumelage avec une quarantaine de partenaires industriels de la région du Kansai;')],
      [t('un espace de travail partagé à Kobe pendant six mois, offert par KIBA.')],
    ],
  },
  {
    type: 'quote',
    content: [t('Nos entreprises ont des solutions que les hôpitaux japonais recherchent. Passerelle Santé leur ouvre la porte avec des partenaires qui connaissent le terrain.')],
    attribution: 'Geneviève Tremblay, présidente-directrice générale, Alliance MédiTech Saint-Laurent',
  },
  { type: 'heading', level: 2, content: [t('Calendrier')] },
  {
    type: 'list',
    ordered: true,
    items: [[t('Appel de candidatures : jusqu’au 20 mars 2026')], [t('Annonce des entreprises retenues : 15 avril 2026')], [t('Mission à Kobe : du 8 au 12 juin 2026')]],
  },
  p(t('Les détails et le formulaire de candidature sont en ligne à '), t('meditech-stlaurent.example/passerelle', { href: 'https://meditech-stlaurent.example/passerelle' }), t('.')),
];

const EN_BODY: Block[] = [
  p(
    t('Alliance MédiTech Saint-Laurent', { bold: true }),
    t(' and the Kansai Innovation Bridge Agency (KIBA) today launched '),
    t('Health Gateway', { italic: true }),
    t(', an accelerator that will take twelve Québec medical technology start-ups into the Japanese market by the end of 2027.'),
  ),
  p(t('The program opens with a mission to Kobe from June 8 to 12, 2026, alongside the Kansai Health Expo, where the selected companies will meet teaching hospitals, distributors and regulators.')),
  { type: 'heading', level: 2, content: [t('What the program offers')] },
  {
    type: 'list',
    ordered: false,
    items: [
      [t('Regulatory coaching', { bold: true }), t(' with Japan’s pharmaceuticals and medical devices agency')],
      [t('Matchmaking sessions with some forty industry partners in the Kansai region')],
      [t('Six months of shared office space in Kobe, provided by KIBA')],
    ],
  },
  {
    type: 'quote',
    content: [t('Our companies have solutions Japanese hospitals are looking for. Health Gateway opens the door, with partners who know the ground.')],
    attribution: 'Geneviève Tremblay, President and CEO, Alliance MédiTech Saint-Laurent',
  },
  p(t('Details and the application form are online at '), t('meditech-stlaurent.example/gateway', { href: 'https://meditech-stlaurent.example/gateway' }), t('.')),
];

const JA_BODY: Block[] = [
  p(t('関西イノベーション架橋機構（KIBA）', { bold: true }), t('は、カナダ・ケベック州のアライアンス・メディテック・サン＝ローランと共同で、医療機器スタートアップ支援プログラム「ヘルス・ゲートウェイ」を開始します。')),
  p(t('2026年6月8日から12日まで、関西ヘルス・エキスポに合わせて神戸でミッションを実施し、選ばれた12社が大学病院、販売代理店、規制当局と面談します。')),
  { type: 'heading', level: 2, content: [t('プログラムの内容')] },
  {
    type: 'list',
    ordered: false,
    items: [[t('薬事規制に関する個別相談')], [t('関西地域の約40社との商談会')], [t('神戸の共有オフィスを6か月間無償提供')]],
  },
  p(t('詳細は '), t('kiba.example.jp/gateway', { href: 'https://kiba.example.jp/gateway' }), t(' をご覧ください。')),
];

/** The same mark for dark backgrounds: an officer sees at once which variant to use where. */
const KIBA_REVERSED_SVG = KIBA_SVG.replace('fill="#2b2b2b"', 'fill="#ffffff"').replace('fill="#5a5a5a"', 'fill="#d9d9d9"');

async function storeSvg(ctx: Parameters<HandlersFor<typeof sampleMethods>['sample.load']>[1], fileName: string, svg: string) {
  const image = await readImage(fileName, new TextEncoder().encode(svg));
  const sha256 = await ctx.library.putFile(image.bytes);
  const thumbnailSha256 = await ctx.library.putFile(image.thumbnailPng);
  return { file: { sha256, format: image.format, bytes: image.bytes.byteLength, width: image.width, height: image.height }, thumbnailSha256 };
}

export const sampleHandlers = {
  'sample.load': async (_input, ctx) => {
    const doc = ctx.library.doc;
    if (COLLECTIONS.some((c) => doc[c].some((e) => !e.deletedAt))) {
      throw new AppError(
        'INVALID_INPUT',
        ctx.uiLang === 'fr' ? 'La bibliothèque d’exemple ne se charge que dans une bibliothèque vide.' : 'The sample library can only be loaded into an empty library.',
      );
    }
    // Files first: putFile is idempotent by hash, so a failed mutate leaves nothing dangling that matters.
    const allianceImg = await storeSvg(ctx, 'alliance-meditech.svg', ALLIANCE_SVG);
    const kibaImg = await storeSvg(ctx, 'kiba.svg', KIBA_SVG);
    const kibaReversedImg = await storeSvg(ctx, 'kiba-reversed.svg', KIBA_REVERSED_SVG);
    const now = new Date().toISOString();
    const meta = () => ({ createdAt: now, updatedAt: now, deletedAt: null });

    const alliance = Organization.parse({
      id: newId('organization'),
      ...meta(),
      name: 'Alliance MédiTech Saint-Laurent',
      shortName: 'AMSL',
      website: 'https://meditech-stlaurent.example',
      boilerplates: {
        fr: 'L’Alliance MédiTech Saint-Laurent regroupe plus de 140 entreprises, centres de recherche et établissements de santé qui conçoivent et fabriquent des technologies médicales au Québec. Elle aide ses membres à valider, financer et exporter leurs innovations.',
        en: 'Alliance MédiTech Saint-Laurent brings together more than 140 companies, research centres and health institutions that design and make medical technologies in Québec. It helps its members validate, finance and export their innovations.',
        ja: 'アライアンス・メディテック・サン＝ローランは、ケベック州で医療技術の開発・製造に携わる140以上の企業、研究機関、医療機関が参加するクラスターです。',
      },
    });
    const kiba = Organization.parse({
      id: newId('organization'),
      ...meta(),
      name: 'Kansai Innovation Bridge Agency',
      shortName: 'KIBA',
      website: 'https://kiba.example.jp',
      boilerplates: {
        fr: 'L’Agence Kansai Innovation Bridge (KIBA) accompagne les entreprises étrangères qui s’implantent dans la région du Kansai, au Japon, dans les secteurs de la santé, de l’énergie et de la mobilité.',
        en: 'The Kansai Innovation Bridge Agency (KIBA) helps foreign companies set up in Japan’s Kansai region in health, energy and mobility.',
        ja: '関西イノベーション架橋機構（KIBA）は、ヘルスケア、エネルギー、モビリティ分野で関西地域に進出する海外企業を支援しています。',
      },
    });
    const contacts = [
      { name: 'Geneviève Tremblay', firstName: 'Geneviève', lastName: 'Tremblay', title: 'Présidente-directrice générale', organization: alliance.name, organizationId: alliance.id, emails: ['g.tremblay@meditech-stlaurent.example'], phones: ['+1 514 555-0142'], lang: 'fr-CA' as const },
      { name: 'Marc-Antoine Lévesque', firstName: 'Marc-Antoine', lastName: 'Lévesque', title: 'Conseiller, relations médias', organization: alliance.name, organizationId: alliance.id, emails: ['medias@meditech-stlaurent.example'], phones: ['+1 514 555-0178'], lang: 'fr-CA' as const },
      { name: '山本 さくら', firstName: 'さくら', lastName: '山本', title: '広報部長', organization: kiba.name, organizationId: kiba.id, emails: ['s.yamamoto@kiba.example.jp'], phones: ['+81 78-555-0193'], lang: 'ja' as const },
    ].map((c) => Contact.parse({ id: newId('contact'), ...meta(), ...c }));
    const [genevieve, marc, sakura] = contacts as [Contact, Contact, Contact];

    const group = `tg_${newId('release').slice(4)}`;
    const base = { ...meta(), timing: { kind: 'immediate' }, organizationIds: [alliance.id, kiba.id], history: [{ at: now, event: 'created', detail: 'sample library' }] };
    const fr = Release.parse({
      id: newId('release'),
      ...base,
      lang: 'fr-CA',
      label: 'COMMUNIQUÉ DE PRESSE — POUR DIFFUSION IMMÉDIATE',
      headline: 'Passerelle Santé : douze entreprises québécoises en technologies médicales en route vers le Japon',
      subheadline: 'Un programme de l’Alliance MédiTech Saint-Laurent et de l’Agence Kansai Innovation Bridge',
      dateline: { city: 'Montréal', date: '2026-02-10' },
      body: FR_BODY,
      contactIds: [marc.id, genevieve.id],
      endMark: '-30-',
      status: 'approved',
      tags: ['Japon', 'mission 2026'],
      translationGroup: group,
    });
    const en = Release.parse({
      id: newId('release'),
      ...base,
      lang: 'en-US',
      label: 'NEWS RELEASE — FOR IMMEDIATE RELEASE',
      headline: 'Health Gateway takes twelve Québec medtech start-ups to Japan',
      subheadline: 'A program by Alliance MédiTech Saint-Laurent and the Kansai Innovation Bridge Agency',
      dateline: { city: 'Montreal', date: '2026-02-10' },
      body: EN_BODY,
      contactIds: [marc.id],
      endMark: '###',
      status: 'in-review',
      tags: ['Japan', 'mission 2026'],
      translationGroup: group,
    });
    const ja = Release.parse({
      id: newId('release'),
      ...base,
      organizationIds: [kiba.id, alliance.id],
      lang: 'ja',
      label: 'プレスリリース',
      headline: 'ケベック州の医療機器スタートアップ12社、神戸でミッション開始へ',
      subheadline: '「ヘルス・ゲートウェイ」プログラムを共同で始動',
      dateline: { city: '神戸', date: '2026-02-10' },
      body: JA_BODY,
      contactIds: [sakura.id],
      endMark: '以上',
      status: 'draft',
      tags: ['mission 2026'],
    });
    const sheet = ContactSheet.parse({
      id: newId('sheet'),
      ...meta(),
      name: 'Relations médias — Mission Kobe 2026',
      description: 'Porte-parole et contacts presse de la mission',
      contactIds: [marc.id, genevieve.id, sakura.id],
    });
    const logos = [
      Logo.parse({ id: newId('logo'), ...meta(), organizationId: alliance.id, name: 'Alliance MédiTech — principal', variant: 'horizontal', ...allianceImg, usageNotes: 'Largeur minimale 30 mm; garder une marge égale à la hauteur du symbole.', originalFileName: 'alliance-meditech.svg' }),
      Logo.parse({ id: newId('logo'), ...meta(), organizationId: kiba.id, name: 'KIBA — logo', variant: 'primary', ...kibaImg, usageNotes: 'Do not recolour the red disc.', originalFileName: 'kiba.svg' }),
      Logo.parse({ id: newId('logo'), ...meta(), organizationId: kiba.id, name: 'KIBA — reversed', variant: 'reversed', background: 'dark', ...kibaReversedImg, usageNotes: 'For dark backgrounds and photos only.', originalFileName: 'kiba-reversed.svg' }),
    ];
    const kit = Kit.parse({
      id: newId('kit'),
      ...meta(),
      name: 'Trousse média — Mission Kobe 2026',
      event: { name: 'Mission Passerelle Santé au Kansai Health Expo', date: '2026-06-08', location: 'Kobe (Japon)' },
      lang: 'fr-CA',
      pageSize: 'letter',
      cover: { show: true, logoIds: [logos[0]!.id, logos[1]!.id], subtitle: 'Douze entreprises québécoises en technologies médicales au Japon' },
      sections: [
        { id: newId('section'), type: 'release', releaseId: fr.id },
        { id: newId('section'), type: 'text', title: 'La mission en bref', body: [p(t('Du 8 au 12 juin 2026, à Kobe : rencontres avec des hôpitaux universitaires, des distributeurs et des autorités réglementaires.'))] },
        { id: newId('section'), type: 'logos', title: 'Logos', logoIds: logos.map((l) => l.id) },
        { id: newId('section'), type: 'contacts', title: 'Relations médias', sheetId: sheet.id },
        { id: newId('section'), type: 'boilerplates', title: 'À propos', organizationIds: [alliance.id, kiba.id] },
      ],
      theme: { accent: '#1f4e79', font: 'sans' },
    });

    await ctx.library.mutate((draft) => {
      draft.organizations.push(alliance, kiba);
      draft.contacts.push(...contacts);
      draft.releases.push(fr, en, ja);
      draft.sheets.push(sheet);
      draft.logos.push(...logos);
      draft.kits.push(kit);
    });
    return { counts: { organizations: 2, releases: 3, logos: logos.length, contacts: contacts.length, sheets: 1, kits: 1 } };
  },
} satisfies HandlersFor<typeof sampleMethods>;
