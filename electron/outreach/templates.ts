import { labelsFor } from '../locale/labels.js';
import { baseLang, type BaseLang, type Kit, type Lang } from '../model/index.js';

export interface Template {
  subject: string;
  body: string;
}

export const PLACEHOLDERS = [
  'firstName',
  'lastName',
  'honorific',
  'formalName',
  'name',
  'organization',
  'kitName',
  'eventName',
  'eventDate',
  'eventLocation',
  'senderName',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];
export type PlaceholderValues = Record<Placeholder, string>;

/** The recipient's own fields: empty in a Bcc draft, where the greeting stays and loses the name. */
const RECIPIENT_FIELDS = new Set<string>(['firstName', 'lastName', 'honorific', 'formalName', 'name']);

const NBSP = '\u00a0';

/*
 * Written as an officer would write them, one per locale because the product's own name differs:
 * a fr-CA officer sends a « trousse média », a fr-FR one a « dossier de presse » (electron/locale's
 * `pressKit`, which the interface and the exported documents use too). French with its non-breaking
 * spaces before ":" and inside « », English with curly quotes, Japanese in business register
 * (family name + 様, いつもお世話になっております).
 */
function french(lang: 'fr-CA' | 'fr-FR'): Template {
  const kit = labelsFor(lang).pressKit;
  const theKit = lang === 'fr-CA' ? `la ${kit.toLowerCase()}` : `le ${kit.toLowerCase()}`;
  return {
    subject: `${kit}${NBSP}: {{kitName}}`,
    body: [
      'Bonjour {{firstName}},',
      '',
      `Veuillez trouver ci-joint ${theKit} «${NBSP}{{kitName}}${NBSP}».`,
      '',
      `Événement${NBSP}: {{eventName}}`,
      `Date${NBSP}: {{eventDate}}`,
      `Lieu${NBSP}: {{eventLocation}}`,
      '',
      lang === 'fr-CA'
        ? 'Je reste à votre disposition pour organiser une entrevue ou vous transmettre tout complément d’information.'
        : 'Je reste à votre disposition pour organiser une interview ou vous transmettre tout complément d’information.',
      '',
      'Cordialement,',
      '',
      '{{senderName}}',
    ].join('\n'),
  };
}

function english(lang: 'en-US' | 'en-GB'): Template {
  const kit = labelsFor(lang).pressKit;
  return {
    subject: `${kit}: {{kitName}}`,
    body: [
      lang === 'en-GB' ? 'Dear {{firstName}},' : 'Hello {{firstName}},',
      '',
      `Please find attached the ${kit.toLowerCase()} “{{kitName}}”.`,
      '',
      'Event: {{eventName}}',
      'Date: {{eventDate}}',
      'Location: {{eventLocation}}',
      '',
      'I would be glad to arrange an interview or send you any further material you need.',
      '',
      lang === 'en-GB' ? 'Kind regards,' : 'Best regards,',
      '',
      '{{senderName}}',
    ].join('\n'),
  };
}

const JAPANESE: Template = {
  subject: `【${labelsFor('ja').pressKit}】{{kitName}}`,
  body: [
    '{{organization}}',
    '{{lastName}}様',
    '',
    'いつもお世話になっております。{{senderName}}でございます。',
    `${labelsFor('ja').pressKit}「{{kitName}}」をお送りいたします。添付ファイルをご確認ください。`,
    '',
    'イベント：{{eventName}}',
    '日時：{{eventDate}}',
    '会場：{{eventLocation}}',
    '',
    '取材のご依頼やご質問がございましたら、お気軽にお問い合わせください。',
    '何卒よろしくお願い申し上げます。',
    '',
    '{{senderName}}',
  ].join('\n'),
};

/** The default template of a locale. */
export function defaultTemplate(lang: Lang): Template {
  switch (lang) {
    case 'fr-CA':
    case 'fr-FR':
      return french(lang);
    case 'en-US':
    case 'en-GB':
      return english(lang);
    case 'ja':
      return JAPANESE;
  }
}

/** Templates are kept per language family: the kit's own locale when it is of that family, else the family's first. */
export function localeOf(family: BaseLang, kitLang: Lang): Lang {
  if (baseLang(kitLang) === family) return kitLang;
  return family === 'fr' ? 'fr-CA' : family === 'en' ? 'en-US' : 'ja';
}

/** The kit's own template for its language family, field by field over the default. */
export function templateFor(kit: Pick<Kit, 'outreach' | 'lang'>, lang: Lang = kit.lang): Template {
  const family = baseLang(lang);
  const own = kit.outreach.templates[family];
  const fallback = defaultTemplate(lang);
  return {
    subject: own?.subject.trim() ? own.subject : fallback.subject,
    body: own?.body.trim() ? own.body : fallback.body,
  };
}

const TOKEN = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/**
 * Fills the placeholders of a body. A line whose placeholders all came out empty ("Lieu : {{eventLocation}}"
 * with no location) is dropped rather than left half-written; a greeting whose recipient fields are
 * empty (Bcc) keeps its words: "Bonjour {{firstName}}," becomes "Bonjour,". Unknown placeholders stay as typed.
 */
export function fillBody(template: string, values: PlaceholderValues): string {
  const out: string[] = [];
  for (const line of template.replace(/\r\n?/g, '\n').split('\n')) {
    const names = [...line.matchAll(TOKEN)].map((m) => m[1] ?? '').filter(isPlaceholder);
    const filled = fillLine(line, values);
    if (names.length > 0 && names.every((n) => !values[n].trim())) {
      if (!names.some((n) => RECIPIENT_FIELDS.has(n))) continue;
      const tidy = tidyLine(filled);
      if (/^[\s,、。様殿:：]*$/.test(tidy)) continue;
      out.push(tidy);
      continue;
    }
    out.push(names.length ? tidyLine(filled) : filled);
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

export function fillSubject(template: string, values: PlaceholderValues): string {
  return tidyLine(fillLine(template.replace(/[\r\n]+/g, ' '), values))
    .replace(/^[\s:–—-]+|[\s:：–—-]+$/g, '')
    .trim();
}

function fillLine(line: string, values: PlaceholderValues): string {
  return line.replace(TOKEN, (whole, name: string) => (isPlaceholder(name) ? values[name].trim() : whole));
}

/** What an empty placeholder leaves behind: "Bonjour ," → "Bonjour,", doubled spaces, empty quotes. */
function tidyLine(line: string): string {
  return line
    .replace(/[ \t]+([,.])/g, '$1')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/^[ \t]+|[ \t]+$/g, '');
}

function isPlaceholder(name: string): name is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(name);
}
