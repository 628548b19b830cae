import { foldAccents } from '../model/fold.js';

/**
 * Dates as press releases write them, in French, English and Japanese:
 * "16 juin 2025", "le 1er mars 2026", "March 3, 2026", "12 May 2026", "2026年9月18日", "2026-05-12".
 */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';
export interface FoundDate {
  iso: string;
  order: DateOrder;
  index: number;
  length: number;
}

const MONTHS: Record<string, number> = {
  janvier: 1, janv: 1, fevrier: 2, fevr: 2, fev: 2, mars: 3, avril: 4, avr: 4, mai: 5, juin: 6,
  juillet: 7, juil: 7, aout: 8, septembre: 9, sept: 9, octobre: 10, oct: 10, novembre: 11, nov: 11,
  decembre: 12, dec: 12,
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, october: 10, november: 11, december: 12,
};

export { foldAccents };

const MONTH_RE =
  '(janvier|janv|f[ée]vrier|f[ée]vr|f[ée]v|mars|avril|avr|mai|juin|juillet|juil|ao[uû]t|septembre|sept|octobre|oct|novembre|nov|d[ée]cembre|d[ée]c|january|jan|february|feb|march|mar|april|apr|may|june|jun|july|jul|august|aug|september|sep|october|november|december)\\.?';

const DMY = new RegExp(`(?<![\\d])(\\d{1,2})(?:er|re|st|nd|rd|th)?\\s+${MONTH_RE},?\\s+(\\d{4})`, 'iu');
const MDY = new RegExp(`(?<![\\p{L}])${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'iu');
const JA = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*[（(][^）)]{1,3}[）)])?/u;
const ISO = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/u;

function monthNumber(word: string): number | undefined {
  return MONTHS[foldAccents(word.toLowerCase()).replace(/\.$/, '')];
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  const dt = new Date(Date.UTC(y, m - 1, d));
  if (dt.getUTCMonth() !== m - 1) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Full-width digits (２０２６年) are common in Japanese releases. */
export function normalizeDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** The first date found in the text (earliest position wins). */
export function findDate(text: string): FoundDate | null {
  const t = normalizeDigits(text);
  const found: FoundDate[] = [];
  const dmy = DMY.exec(t);
  if (dmy) {
    const v = iso(Number(dmy[3]), monthNumber(dmy[2] ?? '') ?? 0, Number(dmy[1]));
    if (v) found.push({ iso: v, order: 'dmy', index: dmy.index, length: dmy[0].length });
  }
  const mdy = MDY.exec(t);
  if (mdy) {
    const v = iso(Number(mdy[3]), monthNumber(mdy[1] ?? '') ?? 0, Number(mdy[2]));
    if (v) found.push({ iso: v, order: 'mdy', index: mdy.index, length: mdy[0].length });
  }
  for (const re of [JA, ISO]) {
    const m = re.exec(t);
    if (m) {
      const v = iso(Number(m[1]), Number(m[2]), Number(m[3]));
      if (v) found.push({ iso: v, order: 'ymd', index: m.index, length: m[0].length });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found[0] ?? null;
}
