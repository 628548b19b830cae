import { baseLang, type BaseLang, type Kit, type Lang } from '../model/index.js';

export interface Template {
  subject: string;
  body: string;
}

export const PLACEHOLDERS = [
  'firstName',
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
const RECIPIENT_FIELDS = new Set<string>(['firstName', 'name']);

const NBSP = '\u00a0';

/*
 * Written as an officer would write them: French with its non-breaking spaces before ":" and
 * inside « », English with curly quotes, Japanese in business register (様, いつもお世話になっております).
 */
export const DEFAULT_TEMPLATES: Record<BaseLang, Template> = {
  fr: {
    subject: `Dossier de presse${NBSP}: {{kitName}}`,
    body: [
      'Bonjour {{firstName}},',
      '',
      `Veuillez trouver ci-joint le dossier de presse «${NBSP}{{kitName}}${NBSP}».`,
      '',
      `Événement${NBSP}: {{eventName}}`,
      `Date${NBSP}: {{eventDate}}`,
      `Lieu${NBSP}: {{eventLocation}}`,
      '',
      'Je reste à votre disposition pour organiser une entrevue ou vous transmettre tout complément d’information.',
      '',
      'Cordialement,',
      '',
      '{{senderName}}',
    ].join('\n'),
  },
  en: {
    subject: 'Media kit: {{kitName}}',
    body: [
      'Hello {{firstName}},',
      '',
      'Please find attached the media kit “{{kitName}}”.',
      '',
      'Event: {{eventName}}',
      'Date: {{eventDate}}',
      'Location: {{eventLocation}}',
      '',
      'I would be glad to arrange an interview or send you any further material you need.',
      '',
      'Best regards,',
      '',
      '{{senderName}}',
    ].join('\n'),
  },
  ja: {
    subject: '【プレスキット】{{kitName}}',
    body: [
      '{{organization}}',
      '{{name}} 様',
      '',
      'いつもお世話になっております。{{senderName}}でございます。',
      'プレスキット「{{kitName}}」をお送りいたします。添付ファイルをご確認ください。',
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
  },
};

/** The kit's own template for its language family, field by field over the default. */
export function templateFor(kit: Pick<Kit, 'outreach' | 'lang'>, lang: Lang = kit.lang): Template {
  const family = baseLang(lang);
  const own = kit.outreach.templates[family];
  const fallback = DEFAULT_TEMPLATES[family];
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
