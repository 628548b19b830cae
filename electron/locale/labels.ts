import type { LocaleLang } from './langs.js';

export type LogoVariantName = 'primary' | 'horizontal' | 'monochrome' | 'reversed' | 'icon';

export interface Labels {
  releaseLabel: string;
  /** Japanese releases open with an addressee line; empty elsewhere. */
  addressee: string;
  contactsHeading: string;
  /** In place of a release's contacts when the kit prints them in its own section: "Renseignements : voir « Relations médias »". */
  seeSection: (title: string) => string;
  sourceHeading: string;
  endMark: string;
  contents: string;
  cover: string;
  logos: string;
  /** The kit's press-contacts section, and the interface's word for it (one term per locale). */
  contacts: string;
  boilerplates: string;
  /** The product itself: fr-CA "Trousse média", fr-FR "Dossier de presse" (one term per locale, UI and templates too). */
  pressKit: string;
  /** Column headers of the contact sheet. */
  name: string;
  title: string;
  organization: string;
  email: string;
  phone: string;
  variants: Record<LogoVariantName, string>;
  /** "Page 3 de 7" */
  page: (n: number | string, of: number | string) => string;
  /** Caption under a logo on the logo sheet: "PNG · 1200 × 400 px". */
  dimensions: (format: string, width: number, height: number) => string;
  readmeName: string;
  /** The ZIP bundle's read-me: its title line, its heading and what each file is for. */
  bundle: {
    title: (pressKit: string, title: string) => string;
    heading: string;
    pdf: string;
    docx: string;
    vcf: string;
    footer: string;
  };
}

const VARIANTS_FR = {
  primary: 'Principal',
  horizontal: 'Horizontal',
  monochrome: 'Monochrome',
  reversed: 'Inversé',
  icon: 'Icône',
} as const;
const VARIANTS_EN = {
  primary: 'Primary',
  horizontal: 'Horizontal',
  monochrome: 'Monochrome',
  reversed: 'Reversed',
  icon: 'Icon',
} as const;

// U+00A0 before ":" and inside the thousands: labels are already typeset.
const NBSP = '\u00A0';
const NNBSP = '\u202F';

function dims(format: string, width: number, height: number, px = 'px'): string {
  return `${format.toUpperCase()} · ${width}${NNBSP}×${NNBSP}${height}${NBSP}${px}`;
}

const FR_CA: Labels = {
  releaseLabel: 'Communiqué de presse',
  addressee: '',
  contactsHeading: `Renseignements${NBSP}:`,
  seeSection: (title) => `Renseignements${NBSP}: voir «${NBSP}${title}${NBSP}»`,
  sourceHeading: `Source${NBSP}:`,
  // Québec newsrooms close a release with « -30- » (CNW, the government, agencies): one style per kit.
  endMark: '-30-',
  contents: 'Table des matières',
  cover: 'Couverture',
  logos: 'Logos',
  contacts: 'Relations médias',
  boilerplates: 'À propos',
  pressKit: 'Trousse média',
  name: 'Nom',
  title: 'Titre',
  organization: 'Organisation',
  email: 'Courriel',
  phone: 'Téléphone',
  variants: VARIANTS_FR,
  page: (n, of) => `Page ${n} de ${of}`,
  dimensions: (f, w, h) => dims(f, w, h),
  readmeName: 'LISEZ-MOI.txt',
  bundle: {
    title: (kit, title) => `${kit}${NBSP}: ${title}`,
    heading: `Contenu de cette archive${NBSP}:`,
    pdf: 'trousse à imprimer ou à lire',
    docx: 'version modifiable (Word)',
    vcf: 'fiches de contact (vCard)',
    footer: `Les logos sont fournis dans leur format d’origine${NBSP}; contacts.vcf s’ouvre dans Outlook, Contacts (macOS) et Google Contacts.`,
  },
};

const FR_FR: Labels = {
  ...FR_CA,
  contactsHeading: `Contact presse${NBSP}:`,
  seeSection: (title) => `Contacts presse${NBSP}: voir «${NBSP}${title}${NBSP}»`,
  endMark: '– FIN –',
  contents: 'Sommaire',
  contacts: 'Contacts presse',
  pressKit: 'Dossier de presse',
  email: 'E-mail',
  bundle: { ...FR_CA.bundle, pdf: 'dossier à imprimer ou à lire' },
};

const EN_US: Labels = {
  releaseLabel: 'Press release',
  addressee: '',
  contactsHeading: 'Media contact',
  seeSection: (title) => `Media contacts: see “${title}”`,
  sourceHeading: 'Source:',
  endMark: '###',
  contents: 'Contents',
  cover: 'Cover',
  logos: 'Logos',
  contacts: 'Media contacts',
  boilerplates: 'About',
  pressKit: 'Media kit',
  name: 'Name',
  title: 'Title',
  organization: 'Organization',
  email: 'Email',
  phone: 'Phone',
  variants: VARIANTS_EN,
  page: (n, of) => `Page ${n} of ${of}`,
  dimensions: (f, w, h) => dims(f, w, h),
  readmeName: 'README.txt',
  bundle: {
    title: (kit, title) => `${kit}: ${title}`,
    heading: 'What this archive holds:',
    pdf: 'to read and print',
    docx: 'editable version (Word)',
    vcf: 'contact cards (vCard)',
    footer: 'Logos are the original files; contacts.vcf opens in Outlook, macOS Contacts and Google Contacts.',
  },
};

const EN_GB: Labels = { ...EN_US, endMark: 'ENDS', organization: 'Organisation', pressKit: 'Press kit', contacts: 'Press contacts' };

const JA: Labels = {
  releaseLabel: 'プレスリリース',
  addressee: '報道関係者各位',
  contactsHeading: 'お問い合わせ',
  seeSection: (title) => `お問い合わせ先は「${title}」をご覧ください`,
  sourceHeading: '発表元',
  endMark: '以上',
  contents: '目次',
  cover: '表紙',
  logos: 'ロゴ',
  contacts: '連絡先',
  boilerplates: '会社概要',
  pressKit: 'プレスキット',
  name: '氏名',
  title: '役職',
  organization: '組織',
  email: 'メール',
  phone: '電話',
  variants: { primary: '標準', horizontal: '横組み', monochrome: 'モノクロ', reversed: '反転', icon: 'アイコン' },
  page: (n, of) => `${n} / ${of} ページ`,
  dimensions: (f, w, h) => dims(f, w, h),
  readmeName: 'README.txt',
  bundle: {
    title: (kit, title) => `${kit}：${title}`,
    heading: '内容：',
    pdf: '印刷・閲覧用',
    docx: '編集用（Word）',
    vcf: '連絡先（vCard）',
    footer: 'ロゴは元の形式のまま収録しています。contacts.vcf は Outlook、連絡先（macOS）、Google コンタクトで開けます。',
  },
};

const ALL: Record<LocaleLang, Labels> = { 'fr-CA': FR_CA, 'fr-FR': FR_FR, 'en-US': EN_US, 'en-GB': EN_GB, ja: JA };

export function labelsFor(lang: LocaleLang): Labels {
  return ALL[lang];
}

/** French elides "de" before a vowel or a mute h: "À propos d’Umeda Bio Cluster", "À propos de Bioalliance Laurentides". */
export function aboutHeading(organizationName: string, lang: LocaleLang): string {
  const name = organizationName.trim();
  if (lang === 'fr-CA' || lang === 'fr-FR') {
    const elide = /^[aeiouyhàâäéèêëîïôöûùüÿœæ]/i.test(name);
    return elide ? `À propos d’${name}` : `À propos de ${name}`;
  }
  if (lang === 'ja') return `${name} 会社概要`;
  return `About ${name}`;
}

/**
 * The name of the sheet an import makes from a release's own contact block: "Relations médias – <headline>".
 * It follows the headline until the officer renames the sheet.
 */
export function spokespeopleSheetName(lang: LocaleLang, headline: string, fallback = ''): string {
  const about = headline.trim() || fallback.trim();
  const word = ALL[lang].contacts;
  return about ? `${word} – ${about}` : word;
}

/**
 * The name a new logo is given from what it is, never from its file's name ("logo.png"):
 * "Bioalliance Laurentides – principal", "Umeda Bio Cluster – horizontal". The officer can change it.
 */
export function proposedLogoName(organizationName: string, variant: LogoVariantName, uiLang: 'fr' | 'en'): string {
  const word = (uiLang === 'fr' ? VARIANTS_FR : VARIANTS_EN)[variant].toLocaleLowerCase(uiLang === 'fr' ? 'fr-CA' : 'en');
  const org = organizationName.trim();
  return org ? `${org} – ${word}` : word;
}
