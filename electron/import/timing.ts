import type { Localized } from '../model/errors.js';
import type { Lang, Timing } from '../model/index.js';
import { findDate, foldAccents, normalizeDigits } from './dates.js';

const IMMEDIATE =
  /^(?:pour (?:diffusion|publication) imm[ée]diate|diffusion imm[ée]diate|[àa] diffuser imm[ée]diatement|for immediate (?:release|distribution|publication)|immediate release|即日(?:発表|配信|解禁)?)\s*[.!:]?$/iu;
const EMBARGO =
  /^(?:embargoed?(?:\s+(?:until|till|to))?|under embargo (?:until|till)|strictly embargoed (?:until|till)|not for (?:publication|release|broadcast) (?:before|until)|sous embargo(?: jusqu['’](?:au|à|a))?|embargo(?: jusqu['’](?:au|à|a))?|ne pas (?:publier|diffuser) avant(?: le)?|(?:報道)?解禁(?:日時)?)\s*[:：]?\s*/iu;

/** Zones as releases name them; `offset` fixed when the name says standard or daylight time. */
const ZONES: { re: RegExp; zone: string; offset?: string }[] = [
  { re: /\b(?:GMT|UTC\+?0?|Z)\b(?!\s*[+-]\d)/u, zone: 'GMT', offset: '+00:00' },
  { re: /\bUTC\b/u, zone: 'UTC', offset: '+00:00' },
  { re: /\bBST\b/u, zone: 'Europe/London', offset: '+01:00' },
  { re: /\b(?:London|UK) time\b|heure de Londres/iu, zone: 'Europe/London' },
  { re: /\bCEST\b/u, zone: 'Europe/Paris', offset: '+02:00' },
  { re: /\bCET\b/u, zone: 'Europe/Paris', offset: '+01:00' },
  { re: /heure de (?:Paris|France)|Paris time|heure fran[çc]aise/iu, zone: 'Europe/Paris' },
  { re: /\bHNE\b/u, zone: 'America/Toronto', offset: '-05:00' },
  { re: /\bHAE\b/u, zone: 'America/Toronto', offset: '-04:00' },
  { re: /heure (?:de l['’]Est|du Qu[ée]bec|de Montr[ée]al|de Toronto)|\bHE\b/iu, zone: 'America/Toronto' },
  { re: /\bEST\b/u, zone: 'America/New_York', offset: '-05:00' },
  { re: /\bEDT\b/u, zone: 'America/New_York', offset: '-04:00' },
  { re: /\bET\b|Eastern(?: Time)?/u, zone: 'America/New_York' },
  { re: /\bCST\b/u, zone: 'America/Chicago', offset: '-06:00' },
  { re: /\bCDT\b/u, zone: 'America/Chicago', offset: '-05:00' },
  { re: /\bCT\b|Central Time/u, zone: 'America/Chicago' },
  { re: /\bPST\b|\bHNP\b/u, zone: 'America/Los_Angeles', offset: '-08:00' },
  { re: /\bPDT\b|\bHAP\b/u, zone: 'America/Los_Angeles', offset: '-07:00' },
  { re: /\bPT\b|Pacific Time/u, zone: 'America/Los_Angeles' },
  { re: /\bJST\b|日本時間/u, zone: 'Asia/Tokyo', offset: '+09:00' },
];

const DEFAULT_ZONE: Record<Lang, string> = {
  'fr-CA': 'America/Toronto',
  'fr-FR': 'Europe/Paris',
  'en-US': 'America/New_York',
  'en-GB': 'Europe/London',
  ja: 'Asia/Tokyo',
};

export function isImmediate(line: string): boolean {
  return IMMEDIATE.test(line.trim());
}

export function embargoRest(line: string): string | null {
  const m = EMBARGO.exec(line.trim());
  if (!m) return null;
  const rest = line.trim().slice(m[0].length);
  return findDate(rest) ? rest : null;
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const a = Math.abs(minutes);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, '0')}:${String(a % 60).padStart(2, '0')}`;
}

/** The offset of an IANA zone at a given wall-clock time (two passes settle DST edges). */
export function zoneOffset(zone: string, date: string, hh: number, mm: number): string {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, mo - 1, d, hh, mm);
  const offsetAt = (instant: number): number => {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
      .formatToParts(new Date(instant))
      .find((p) => p.type === 'timeZoneName')?.value;
    const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(part ?? '');
    if (!m) return 0;
    return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  };
  let off = offsetAt(wall);
  off = offsetAt(wall - off * 60_000);
  return formatOffset(off);
}

function findTime(text: string): { hh: number; mm: number } | null {
  const t = normalizeDigits(text);
  const ampm = /(?<!\d)(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\.?(?![a-z])/iu.exec(t);
  if (ampm) {
    let hh = Number(ampm[1]) % 12;
    if ((ampm[3] ?? '').toLowerCase() === 'p') hh += 12;
    return { hh, mm: Number(ampm[2] ?? 0) };
  }
  const ja = /(?<!\d)(\d{1,2})\s*時\s*(?:(\d{1,2})\s*分)?/u.exec(t);
  if (ja) return { hh: Number(ja[1]), mm: Number(ja[2] ?? 0) };
  const hm = /(?<![\d-])(\d{1,2})\s*(?::|h|\.)\s*(\d{2})(?!\d)/u.exec(t);
  if (hm) return { hh: Number(hm[1]), mm: Number(hm[2]) };
  const h = /(?<!\d)(\d{1,2})\s*h(?![a-z])/iu.exec(t);
  if (h) return { hh: Number(h[1]), mm: 0 };
  if (/\bmidnight\b|\bminuit\b/iu.test(t)) return { hh: 0, mm: 0 };
  if (/\bnoon\b|\bmidi\b/iu.test(t)) return { hh: 12, mm: 0 };
  return null;
}

/** "00:01 GMT, 12 May 2026" → the embargo instant with its offset and the zone it was announced in. */
export function parseEmbargo(rest: string, lang: Lang, warnings: Localized[]): Timing | null {
  const date = findDate(rest);
  if (!date) return null;
  const withoutDate = rest.slice(0, date.index) + ' ' + rest.slice(date.index + date.length);
  const time = findTime(withoutDate);
  if (!time) {
    warnings.push({
      en: `Embargo "${rest.trim()}" gives no time: midnight assumed.`,
      fr: `L’embargo «\u00a0${rest.trim()}\u00a0» ne précise aucune heure\u00a0: minuit a été retenu.`,
    });
  }
  const hh = time?.hh ?? 0;
  const mm = time?.mm ?? 0;
  if (hh > 23 || mm > 59) return null;
  const found = ZONES.find((z) => z.re.test(foldAccents(withoutDate)) || z.re.test(withoutDate));
  let zone: string;
  let offset: string;
  if (found) {
    zone = found.zone;
    offset = found.offset ?? zoneOffset(found.zone, date.iso, hh, mm);
  } else {
    zone = DEFAULT_ZONE[lang];
    offset = zoneOffset(zone, date.iso, hh, mm);
    warnings.push({
      en: `Embargo "${rest.trim()}" names no time zone: ${zone} assumed.`,
      fr: `L’embargo «\u00a0${rest.trim()}\u00a0» ne précise aucun fuseau horaire\u00a0: ${zone} a été retenu.`,
    });
  }
  const until = `${date.iso}T${String(hh).padStart(2, '0')}:${String(mm).padStart(2, '0')}:00${offset}`;
  return { kind: 'embargo', until, zone };
}
