import { normalizeDigits } from './dates.js';

export interface JaDatelineMatch {
  city: string;
  date: string;
  /** Characters of the text the dateline takes, separator and spaces after it included. */
  length: number;
}

const DATE = String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:[\s\u3000]*[（(][^）)\n]{1,3}[）)])?`;
// A place name: no digits, no sentence punctuation, short. Kanji, kana, "・" and Latin letters all occur.
const CITY = String.raw`(\p{L}[\p{L}\p{M}・･ー\s\u3000]{0,18}?)`;
const OPEN = '[【［\\[]';
const CLOSE = '[】］\\]]';
const SP = '[\\s\\u3000]*';
// A wire credit ("/PRNewswire/", "／共同通信PRワイヤー／") may sit between the date and the dash.
const WIRE = `(?:${SP}[/／][^/／\\n]{2,30}[/／])?`;
const DASH = `(?:${SP}(?:[—–―‐－-]{1,2}|[:：])${SP})`;

/**
 * The forms Japanese releases use, each with its date and place:
 * 【大阪】2025年6月16日 – …, 【東京、2025年6月16日】…, 東京、2025年6月16日 – …, 2025年6月16日 東京 ― …
 * A form in brackets is a dateline whatever follows; the bare forms need a dash, a space or the end of
 * the line after them, so a sentence ("当社は、2025年6月16日に…") is never read as one.
 */
const FORMS: { re: RegExp; city: number; date: number }[] = [
  { re: new RegExp(`^${SP}${OPEN}${SP}${CITY}${SP}${CLOSE}${SP}${DATE}${WIRE}(?:${DASH}|${SP})`, 'u'), city: 1, date: 2 },
  { re: new RegExp(`^${SP}${OPEN}${SP}${CITY}${SP}[、,，]${SP}${DATE}${SP}${CLOSE}${WIRE}(?:${DASH}|${SP})`, 'u'), city: 1, date: 2 },
  { re: new RegExp(`^${SP}${OPEN}${SP}${DATE}${SP}[、,，]?${SP}${CITY}${SP}${CLOSE}${WIRE}(?:${DASH}|${SP})`, 'u'), city: 4, date: 1 },
  { re: new RegExp(`^${SP}${CITY}${SP}[、,，]${SP}${DATE}${WIRE}(?:${DASH}|[\\s\\u3000]+|$)`, 'u'), city: 1, date: 2 },
  { re: new RegExp(`^${SP}${DATE}${SP}[、,，]?${SP}${CITY}${WIRE}(?:${DASH}|${SP}$)`, 'u'), city: 4, date: 1 },
];

// "2026年9月18日 株式会社さくらバイオ": a company beside the date is the sender, not a place.
const ORGANIZATION = /株式会社|有限会社|合同会社|法人|協会|機構|財団|大学|研究所|グループ|ホールディングス|\b(?:Inc|Ltd|Corp|LLC|GmbH|K\.K)\b/iu;

function isoDate(y: string, m: string, d: string): string | null {
  const [yy, mm, dd] = [Number(y), Number(m), Number(d)];
  const dt = new Date(Date.UTC(yy, mm - 1, dd));
  if (dt.getUTCFullYear() !== yy || dt.getUTCMonth() !== mm - 1 || dt.getUTCDate() !== dd) return null;
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** A Japanese dateline at the start of `text`, with its city, or null. */
export function matchJaDateline(text: string): JaDatelineMatch | null {
  // Full-width digits become ASCII one for one: lengths and positions do not change.
  const t = normalizeDigits(text);
  if (!/年/u.test(t)) return null;
  for (const form of FORMS) {
    const m = form.re.exec(t);
    if (!m) continue;
    const city = (m[form.city] ?? '').replace(/[\s\u3000]+/gu, ' ').trim();
    const date = isoDate(m[form.date] ?? '', m[form.date + 1] ?? '', m[form.date + 2] ?? '');
    if (!city || !date || ORGANIZATION.test(city)) continue;
    return { city, date, length: m[0].length };
  }
  return null;
}
