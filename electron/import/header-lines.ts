import { findDate } from './dates.js';
import { matchJaDateline } from './ja-dateline.js';

/** Release labels, matched case- and accent-insensitively, stored in their usual written form. */
const LABELS: { re: RegExp; label: string }[] = [
  { re: /^communiqu[ée] de presse/iu, label: 'Communiqué de presse' },
  { re: /^communiqu[ée]/iu, label: 'Communiqué' },
  { re: /^avis aux m[ée]dias/iu, label: 'Avis aux médias' },
  { re: /^invitation aux m[ée]dias/iu, label: 'Invitation aux médias' },
  { re: /^avis de convocation/iu, label: 'Avis de convocation' },
  { re: /^press release/iu, label: 'Press Release' },
  { re: /^news release/iu, label: 'News Release' },
  { re: /^media release/iu, label: 'Media Release' },
  { re: /^media advisory/iu, label: 'Media Advisory' },
  { re: /^media alert/iu, label: 'Media Alert' },
  { re: /^プレスリリース/u, label: 'プレスリリース' },
  { re: /^ニュースリリース/u, label: 'ニュースリリース' },
  { re: /^報道発表(?:資料)?/u, label: '報道発表' },
];

export interface LabelMatch {
  label: string;
  rest: string;
  /** A bilingual label line ("PRESS RELEASE / プレスリリース") gives each language's label, in order. */
  alternatives: string[];
}

/** The script of a label: Japanese labels are chosen for Japanese releases. */
export function isJapaneseLabel(label: string): boolean {
  return /[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}]/u.test(label);
}

/**
 * A label alone on its line, or followed by ":" / "–" and the headline ("COMMUNIQUÉ DE PRESSE: Une nouvelle…"),
 * or a bilingual label line ("PRESS RELEASE / プレスリリース", "COMMUNIQUÉ | NEWS RELEASE").
 */
export function matchLabel(line: string): LabelMatch | null {
  const parts = line.trim().split(/\s*[/／|｜]\s*/u).filter(Boolean);
  if (parts.length > 1) {
    const each = parts.map((p) => matchOneLabel(p));
    if (each.every((m) => m && !m.rest)) {
      const alternatives = each.map((m) => (m as { label: string }).label);
      return { label: alternatives[0] as string, rest: '', alternatives };
    }
  }
  const one = matchOneLabel(line);
  return one ? { ...one, alternatives: [one.label] } : null;
}

function matchOneLabel(line: string): { label: string; rest: string } | null {
  const t = line.trim().replace(/^[【［\[]|[】］\]]$/gu, '');
  for (const { re, label } of LABELS) {
    const m = re.exec(t);
    if (!m) continue;
    const after = t.slice(m[0].length);
    if (!after.trim()) return { label, rest: '' };
    const sep = /^[\s\u00a0]*[:：–—|-][\s\u00a0]*/u.exec(after);
    if (sep) return { label, rest: after.slice(sep[0].length).trim() };
    return null;
  }
  return null;
}

const SALUTATIONS: RegExp[] = [
  // Japanese: 報道関係者各位, 各位, 記者各位, 報道関係者の皆様…
  /^(?:報道関係者|報道関係|報道機関|報道|関係者|関係|記者|プレス関係者|メディア関係者|マスコミ関係者)?各位$/u,
  /^(?:報道関係者|報道機関|メディア関係者)の皆(?:様|さま)$/u,
  // French: "Aux médias", "À l'attention des rédactions", "À l’attention de la salle des nouvelles".
  /^(?:aux|à tous les|à toutes les) (?:médias|rédactions|journalistes|salles de (?:rédaction|nouvelles)|chefs de pupitre|responsables de l['’]information)$/iu,
  /^(?:à|a) l['’]attention (?:de la |des |du |de l['’]|d['’])?(?:\p{L}+ )?(?:médias|rédactions?|journalistes|salles? de(?:s)? (?:rédaction|nouvelles)|chefs? de pupitre|pupitres?|affectateurs|responsables? de l['’]information|directeurs? de l['’]information|presse)$/iu,
  // English: "Attention: News Editors", "ATTENTION BUSINESS/TECHNOLOGY EDITORS", "For the attention of…", "To the editors".
  /^attention\s*[:：]?\s*[^.!?]{0,60}?\b(?:editors?|desks?|media|reporters?|journalists?|producers?|newsrooms?)$/iu,
  /^for the attention of\s+(?:the\s+|all\s+)?[^.!?]{0,40}?\b(?:editors?|desks?|media|reporters?|journalists?|correspondents?|producers?|newsrooms?)$/iu,
  /^to (?:the )?(?:editors|news desks?|media|newsrooms?)$/iu,
];

/** Lines that address the reader and carry no content of their own ("報道関係者各位", "Aux médias"). */
export function isSalutation(line: string): boolean {
  const t = line.trim().replace(/[\s\u00a0]*[:：]$/u, '').replace(/…$/u, '').trim();
  return SALUTATIONS.some((re) => re.test(t));
}

/** A line that is only a date ("2026年9月18日", "March 3, 2026"). */
export function dateOnly(line: string): string | null {
  const t = line.trim();
  const d = findDate(t);
  if (!d) return null;
  const rest = (t.slice(0, d.index) + t.slice(d.index + d.length)).replace(/^(?:le|on|the)\s+/iu, '').replace(/[\s,.、。:：（）()\p{Script=Han}]/gu, '');
  // What remains may be a weekday in Japanese "(金)", already stripped with the Han characters.
  return rest.length <= 3 ? d.iso : null;
}

export interface DatelineMatch {
  city: string;
  date: string;
  length: number;
}

/**
 * Wire datelines set the city in capitals ("NORFOLK, Va.", "MONTRÉAL (Québec)"): each part written all in
 * capitals is set in title case, except short abbreviations after a comma ("UK", "QC", "NS").
 */
function cityCase(city: string): string {
  return city
    .split(/(\s*[,(]\s*)/u)
    .map((part, i) => {
      if (/\p{Ll}/u.test(part) || !/\p{Lu}/u.test(part)) return part;
      if (i > 0 && part.replace(/[^\p{L}]/gu, '').length <= 3) return part;
      return part
        .split(/(\s+|-)/u)
        .map((w) => w.charAt(0) + w.slice(1).toLocaleLowerCase('fr'))
        .join('');
    })
    .join('');
}

/**
 * A city and a date alone on a line of the header, as French releases write them above the headline
 * ("Paris, le 5 octobre 2026", "Bordeaux, 12 janvier 2027").
 */
export function datelineAlone(line: string): Omit<DatelineMatch, 'length'> | null {
  const t = line.trim().replace(/[.\s]+$/u, '');
  const d = findDate(t);
  if (!d || d.index + d.length !== t.length) return null;
  const plain = /^([^\d\n,]{2,40}?)\s*,\s*(?:le\s+|on\s+|the\s+)?$/iu.exec(t.slice(0, d.index));
  if (!plain?.[1]) return null;
  return { city: cityCase(plain[1].trim()), date: d.iso };
}

/**
 * "BOSTON, le 16 juin 2025 /CNW/ –", "SAN DIEGO, March 3, 2026 --", "Cambridge, UK, 12 May 2026 –",
 * "SAN DIEGO--(BUSINESS WIRE)--March 3, 2026--", "Montréal (Québec), 3 mars 2026 –",
 * and the Japanese forms with a place ("【大阪】2025年6月16日", "東京、2025年6月16日 –": ja-dateline.ts).
 */
export function matchDateline(text: string): DatelineMatch | null {
  const ja = matchJaDateline(text);
  if (ja) return ja;
  const d = findDate(text);
  if (!d || d.index > 100) return null;
  const prefix = text.slice(0, d.index);
  let city: string;
  const wire = /^([^\d]{2,60}?)\s*-{1,2}\s*\([^)]{2,40}\)\s*-{1,2}\s*$/u.exec(prefix);
  const plain = /^([^\d\n]{2,80}?)\s*[,，]\s*(?:le\s+|on\s+|the\s+)?$/iu.exec(prefix);
  if (wire?.[1]) city = wire[1];
  else if (plain?.[1]) city = plain[1];
  else if (/^\s*(?:le\s+|on\s+)?$/iu.test(prefix)) city = '';
  else return null;
  const after = text.slice(d.index + d.length);
  const tail = /^\s*(?:\([^)]{1,40}\)\s*)?(?:\/\s*[^/\n]{2,30}\/\s*)?(?:-{1,2}|[–—―]|:)[\s\u00a0]*/u.exec(after);
  if (!tail) return null;
  return { city: cityCase(city.trim()), date: d.iso, length: d.index + d.length + tail[0].length };
}
