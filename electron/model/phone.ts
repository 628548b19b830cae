import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { Lang } from './constants.js';

/**
 * Phone numbers as officers write them ("+1 514 555-0142 poste 221", "+44 20 7946 0958 ext. 12",
 * "+81 3-1234-5678（内線203）") and as address books exchange them (RFC 3966 `tel:` URIs). The number
 * is read by libphonenumber; this module only finds the extension, in the three languages' words.
 */

/** The words that introduce an extension: French "poste"/"p.", English "ext."/"extension"/"x"/"#", Japanese 内線. */
export const EXTENSION_MARK = '(?:ext\\.?|extn\\.?|extension|poste|p\\.|x|#|内線)';

const MAX_PHONE = 80;
const TRAILING_EXTENSION = new RegExp(`^(.*?)[\\s,;]*[(]?\\s*${EXTENSION_MARK}\\s*[:.]?\\s*(\\d{1,7})\\s*[)]?$`, 'iu');

/** Full-width digits and brackets become ASCII (NFKC); the dashes a keyboard or a word processor makes become "-". */
function normalized(phone: string): string {
  return phone.normalize('NFKC').replace(/[\u2010-\u2015\u2212\u30fc]/g, '-').replace(/\s+/g, ' ').trim();
}

/** The number and its extension, as written: "+1 514 555-0142 poste 221" → "+1 514 555-0142" and "221". */
export function splitExtension(phone: string): { main: string; ext: string | null } {
  const text = normalized(phone);
  // No phone with its extension is this long; the pattern's backtracking grows with the square of a
  // long value (a hostile CSV's), so such a value is left as it is, read as text.
  if (text.length > MAX_PHONE) return { main: text, ext: null };
  const m = TRAILING_EXTENSION.exec(text);
  return m && /\d/.test(m[1]!) ? { main: m[1]!.trim(), ext: m[2]! } : { main: text, ext: null };
}

/**
 * The RFC 3966 URI of a phone written with its country code: "tel:+1-514-555-0142;ext=221".
 * Null when it cannot be turned into one without guessing or dropping something: no country code
 * ("514 555-0142": which country?), words other than an extension ("+1 800 FLOWERS", "(cell)"), or a
 * number its country does not have. Such a phone is kept as text, exactly as written.
 */
export function telUri(phone: string): string | null {
  const { main, ext } = splitExtension(phone);
  if (!/^\+[\d ().\-/]+$/.test(main)) return null;
  const parsed = parsePhoneNumberFromString(main);
  if (!parsed || !parsed.isValid() || parsed.ext) return null;
  // The international form's groups, joined by RFC 3966's visual separator: readable in the file too.
  const grouped = parsed.formatInternational().replace(/ /g, '-');
  const number = /^\+\d+(?:-\d+)*$/.test(grouped) ? grouped : parsed.number;
  return `tel:${number}${ext ? `;ext=${ext}` : ''}`;
}

const EXTENSION_WORD: Record<Lang, string> = { 'fr-CA': 'poste ', 'fr-FR': 'poste ', 'en-US': 'ext. ', 'en-GB': 'ext. ', ja: '内線' };

/**
 * A `tel:` URI as a person reads and types it, the extension in the contact's language:
 * "tel:+1-514-555-0142;ext=221" → "+1-514-555-0142 poste 221". Any other value is returned as it is
 * (without its "tel:"), and so is a URI with parameters other than the extension (a local number's
 * phone-context), whose meaning would change without them.
 */
export function readableTel(value: string, lang: Lang | null): string {
  const text = value.trim();
  const m = /^tel:([^;]+)(?:;ext=([\d\-.()]+))?$/i.exec(text);
  if (!m) return text.replace(/^tel:/i, '');
  const number = m[1]!;
  if (!m[2]) return number;
  return `${number} ${EXTENSION_WORD[lang ?? 'en-US']}${m[2].replace(/[-.()]/g, '')}`;
}
