import { isEnglish, isFrench, type LocaleLang } from './langs.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(iso: string): Date {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${iso}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

// Making an Intl.DateTimeFormat costs far more than using one (ICU loads the zone's rules): keep them.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options)));
  return f;
}

/** "16 juin 2025", "June 16, 2025", "16 June 2025", "2025年6月16日"; French writes the first of the month "1er". */
export function formatDate(iso: string, lang: LocaleLang): string {
  const date = parseIsoDate(iso);
  const text = formatter(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  if (isFrench(lang) && date.getUTCDate() === 1) return text.replace(/^1 /, '1er ');
  return text;
}

/** Dateline that opens the first paragraph: "Boston, le 16 juin 2025 –", "BOSTON, June 16, 2025 –", "東京、2025年6月16日 –". */
export function formatDateline(city: string, isoDate: string | null, lang: LocaleLang): string {
  const place = city.trim();
  const dateText = isoDate ? formatDate(isoDate, lang) : '';
  if (!place && !dateText) return '';
  // Japanese releases date themselves on a line of their own (ReleaseSection.dateLine); the text may
  // open with the place in lenticular brackets, 【大阪】, as Japanese wires write it, never "date –".
  if (lang === 'ja') return place ? `【${place}】` : '';
  if (isFrench(lang)) {
    if (place && dateText) return `${place}, le ${dateText} –`;
    return `${place || `Le ${dateText}`} –`;
  }
  const upper = place.toLocaleUpperCase(lang);
  // American wires close the dateline with an em dash (SAN DIEGO, March 3, 2026 —); British ones with an en dash.
  return `${[upper, dateText].filter(Boolean).join(', ')} ${lang === 'en-US' ? '—' : '–'}`;
}

interface ZonedParts {
  isoDate: string;
  hour: number;
  minute: number;
  zoneName: string;
}

function zonedParts(instant: Date, zone: string, lang: LocaleLang): ZonedParts {
  const timeZone = zone === 'UTC' || zone === 'GMT' ? 'UTC' : zone;
  const parts = formatter('en-US', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const zoneName =
    timeZone === 'UTC'
      ? lang === 'en-GB'
        ? 'GMT'
        : 'UTC'
      : (formatter(lang === 'ja' ? 'ja' : lang, { timeZone, timeZoneName: 'short' })
          .formatToParts(instant)
          .find((p) => p.type === 'timeZoneName')?.value ?? zone);
  return {
    isoDate: `${get('year')}-${get('month')}-${get('day')}`,
    hour: Number(get('hour')) % 24,
    minute: Number(get('minute')),
    zoneName,
  };
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The clock time as each language writes it: "0 h 01", "12:01 a.m.", "00:01", "0時01分". */
export function formatTime(hour: number, minute: number, lang: LocaleLang): string {
  if (isFrench(lang)) return minute === 0 ? `${hour} h` : `${hour} h ${pad2(minute)}`;
  if (lang === 'en-US') {
    const h12 = hour % 12 === 0 ? 12 : hour % 12;
    return `${h12}:${pad2(minute)} ${hour < 12 ? 'a.m.' : 'p.m.'}`;
  }
  if (lang === 'en-GB') return `${pad2(hour)}:${pad2(minute)}`;
  return `${hour}時${pad2(minute)}分`;
}

export type TimingInput = { kind: 'immediate' } | { kind: 'embargo'; until: string; zone: string };

/** "Pour diffusion immédiate", "EMBARGOED UNTIL 00:01 GMT, 12 May 2026", "SOUS EMBARGO jusqu’au 12 mai 2026, 0 h 01 (UTC)". */
export function formatTimingLine(timing: TimingInput, lang: LocaleLang): string {
  if (timing.kind === 'immediate') {
    if (isFrench(lang)) return 'Pour diffusion immédiate';
    if (isEnglish(lang)) return 'FOR IMMEDIATE RELEASE';
    return '報道解禁：即日';
  }
  const instant = new Date(timing.until);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`not an ISO date-time: ${timing.until}`);
  const p = zonedParts(instant, timing.zone, lang);
  const date = formatDate(p.isoDate, lang);
  const time = formatTime(p.hour, p.minute, lang);
  switch (lang) {
    // The word embargo printed, and as prominent as the English EMBARGOED (#20).
    case 'fr-CA':
    case 'fr-FR':
      return `SOUS EMBARGO jusqu’au ${date}, ${time} (${p.zoneName})`;
    case 'en-US':
      return `EMBARGOED UNTIL ${time} ${p.zoneName}, ${date}`;
    case 'en-GB':
      return `EMBARGOED UNTIL ${time} ${p.zoneName}, ${date}`;
    case 'ja': {
      const zone = timing.zone === 'Asia/Tokyo' ? '日本時間' : p.zoneName;
      return `報道解禁：${date} ${time}（${zone}）`;
    }
  }
}
