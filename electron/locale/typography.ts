import { isEnglish, type LocaleLang } from './langs.js';

/**
 * Locale typography applied once, when a KitDocument is built: spaces and punctuation glyphs only,
 * never a letter; idempotent; URLs, e-mail addresses and clock times are left exactly as written.
 *
 * It works on runs (the inline pieces of a paragraph, which differ in bold/italic/link) so that a
 * rule sees its context across run boundaries: "**Bioalliance Laurentides** :" has the space and the colon
 * in a different run than the word they follow.
 */

const NBSP = '\u00A0';
const NNBSP = '\u202F';
/** The spaces a rule may replace: ordinary, no-break, narrow no-break, thin. */
const SP = '[ \\u00A0\\u202F\\u2009]';

interface Rule {
  re: RegExp;
  /** The replacement; `prev` is the character just before the match in the whole text. */
  to: (match: string, prev: string) => string;
}

const PROTECTED = [
  /(?:https?:\/\/|mailto:|www\.)[^\s<>"«»]+/giu,
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu,
  /\d+:\d+/g,
];

const OPENING_CONTEXT = /^$|[\s([{\u2018\u201C«\u2013\u2014/]/u;

const SPACED_DOUBLE_HYPHEN: Rule = { re: /(?<= )--(?= )/g, to: () => '\u2013' };

const FRENCH_RULES: Rule[] = [
  SPACED_DOUBLE_HYPHEN,
  { re: /'/g, to: () => '\u2019' },
  { re: /"/g, to: (_m, prev) => (OPENING_CONTEXT.test(prev) ? `«${NBSP}` : `${NBSP}»`) },
  { re: new RegExp(`«${SP}*`, 'gu'), to: () => `«${NBSP}` },
  { re: new RegExp(`(?<=\\S)${SP}*»`, 'gu'), to: () => `${NBSP}»` },
  { re: new RegExp(`(?<=[^\\s:])${SP}*:(?=\\s|$)`, 'gu'), to: () => `${NBSP}:` },
];

const FR_CA_RULES: Rule[] = [
  ...FRENCH_RULES,
  // Quebec (OQLF): no space before ; ! ? — only a space directly before them is removed.
  { re: new RegExp(`(?<=\\S)${SP}+(?=[;!?])`, 'gu'), to: () => '' },
];

const FR_FR_RULES: Rule[] = [
  ...FRENCH_RULES,
  { re: new RegExp(`(?<=[^\\s;:!?(\\[«])${SP}*(?=[;!?])`, 'gu'), to: () => NNBSP },
];

const ENGLISH_RULES: Rule[] = [
  SPACED_DOUBLE_HYPHEN,
  { re: /"/g, to: (_m, prev) => (OPENING_CONTEXT.test(prev) ? '\u201C' : '\u201D') },
  { re: /'/g, to: (_m, prev) => (OPENING_CONTEXT.test(prev) ? '\u2018' : '\u2019') },
];

function rulesFor(lang: LocaleLang): Rule[] {
  if (lang === 'fr-CA') return FR_CA_RULES;
  if (lang === 'fr-FR') return FR_FR_RULES;
  if (isEnglish(lang)) return ENGLISH_RULES;
  return [];
}

/** The text as UTF-16 units, each remembering which run it belongs to. */
interface Units {
  chars: string[];
  runs: number[];
}

function protectedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const re of PROTECTED) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

function overlaps(ranges: Array<[number, number]>, start: number, end: number): boolean {
  // An empty match (an insertion) is protected when it falls strictly inside a range.
  return ranges.some(([a, b]) => (start === end ? start > a && start < b : start < b && end > a));
}

function applyRule(units: Units, rule: Rule): void {
  const text = units.chars.join('');
  rule.re.lastIndex = 0;
  const matches = [...text.matchAll(rule.re)];
  // Most rules match nothing in most paragraphs: the protected ranges (URLs, e-mails, times) are only looked for when one does.
  if (matches.length === 0) return;
  const ranges = protectedRanges(text);
  const edits: Array<{ start: number; end: number; to: string }> = [];
  for (const m of matches) {
    const start = m.index;
    const end = start + m[0].length;
    if (overlaps(ranges, start, end)) continue;
    const to = rule.to(m[0], start > 0 ? (text[start - 1] ?? '') : '');
    if (to !== m[0]) edits.push({ start, end, to });
  }
  for (const e of edits.reverse()) {
    const run =
      e.end > e.start ? (units.runs[e.start] ?? 0) : (units.runs[e.start - 1] ?? units.runs[e.start] ?? 0);
    const added = [...e.to].flatMap((c) => c.split(''));
    units.chars.splice(e.start, e.end - e.start, ...added);
    units.runs.splice(e.start, e.end - e.start, ...added.map(() => run));
  }
}

/** Typeset the runs of one paragraph together; returns the runs' new texts, same count and order. */
export function typesetRuns(texts: readonly string[], lang: LocaleLang): string[] {
  const rules = rulesFor(lang);
  if (rules.length === 0) return [...texts];
  const units: Units = { chars: [], runs: [] };
  texts.forEach((t, i) => {
    for (const c of t.split('')) {
      units.chars.push(c);
      units.runs.push(i);
    }
  });
  for (const rule of rules) applyRule(units, rule);
  const out = texts.map(() => '');
  units.chars.forEach((c, i) => {
    const run = units.runs[i] ?? 0;
    out[run] += c;
  });
  return out;
}

export function typeset(text: string, lang: LocaleLang): string {
  return typesetRuns([text], lang)[0] ?? '';
}
