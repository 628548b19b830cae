import type { KitContact, PageSize } from './kit-document.js';

/**
 * The contact sheet's column widths, sized from what the columns hold (#16): an e-mail address and
 * a phone number are read and copied whole, so their columns take the width of the longest one and
 * the name-and-title column is the one that wraps. The PDF and the DOCX writers share these widths.
 */

/** The text block's width in points: the page less the 20 mm margins both writers use. */
const TEXT_WIDTH_PT: Record<PageSize, number> = { letter: 612 - 2 * 56.7, a4: 595.3 - 2 * 56.7 };
/** Space a cell adds beside its text (padding, and a little slack for the estimate). */
const CELL_PAD_PT = 10;
const MAX = { email: 46, phone: 24, organization: 26 };
const MIN = { email: 18, phone: 12, organization: 14, name: 24 };

/**
 * A text's advance width in em, close enough for Inter and Calibri: per character class, from their
 * metrics (narrow i, l, dots; wide m, w, @; capitals; full-width CJK).
 */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) {
    if (/[\u2E80-\uFFEF]/.test(ch)) em += 1;
    else if (/[ijlI.,:;'!|]/.test(ch)) em += 0.27;
    else if (/[frt\-() ]/.test(ch)) em += 0.36;
    else if (/[mwMW@]/.test(ch)) em += 0.86;
    else if (/[A-Z]/.test(ch)) em += 0.66;
    else if (/[0-9+]/.test(ch)) em += 0.58;
    else em += 0.54;
  }
  return em;
}

export interface ContactColumns {
  /** Name · title, organization, e-mail, phone: percentages of the text width, summing to 100. */
  widths: [number, number, number, number];
  /** Whether every address fits its column on one line (else it may break after its @ or before a dot). */
  emailsFit: boolean;
  /** Whether the organization's header, one word that cannot wrap ("ORGANIZATION"), fits its column. */
  headersFit: boolean;
}

function longest(items: string[], fontPt: number): number {
  return Math.max(0, ...items.map((t) => textWidthEm(t) * fontPt));
}

/** Only the longest word counts for a column that may wrap between words. */
function longestWord(items: string[], fontPt: number): number {
  return longest(items.flatMap((t) => t.split(/\s+/)), fontPt);
}

/** A column header's width in points: `upper` when the template capitalizes it, `tracking` its letter-spacing in em. */
export function headerWidthPt(text: string, fontPt: number, opts: { upper?: boolean; tracking?: number } = {}): number {
  const t = opts.upper ? text.toLocaleUpperCase() : text;
  return (textWidthEm(t) + [...t].length * (opts.tracking ?? 0)) * fontPt;
}

/** `headersPt`: the widths of the organization, e-mail and phone headers, which must fit their columns too. */
export function contactColumns(
  contacts: readonly KitContact[],
  pageSize: PageSize,
  fontPt: number,
  headersPt: { organization: number; email: number; phone: number } = { organization: 0, email: 0, phone: 0 },
): ContactColumns {
  const width = TEXT_WIDTH_PT[pageSize];
  const pct = (pt: number) => ((pt + CELL_PAD_PT) / width) * 100;
  const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
  const emailNeed = pct(Math.max(headersPt.email, longest(contacts.flatMap((c) => c.emails), fontPt)));
  const email = clamp(emailNeed, MIN.email, MAX.email);
  const phone = clamp(pct(Math.max(headersPt.phone, longest(contacts.flatMap((c) => c.phones), fontPt))), MIN.phone, MAX.phone);
  const left = 100 - email - phone;
  // The organization wraps between words; it gets its longest word (or header) at least, and up to a third of what is left.
  const orgText = contacts.map((c) => c.organization);
  const wanted = Math.max(pct(Math.max(headersPt.organization, longestWord(orgText, fontPt))), Math.min(pct(longest(orgText, fontPt)), left / 3));
  const organization = clamp(Math.min(wanted, left - MIN.name), MIN.organization, MAX.organization);
  const name = 100 - email - phone - organization;
  const round = (n: number) => Math.round(n * 10) / 10;
  const widths: ContactColumns['widths'] = [round(name), round(organization), round(email), round(phone)];
  widths[0] = round(100 - widths[1] - widths[2] - widths[3]);
  return { widths, emailsFit: emailNeed <= MAX.email, headersFit: pct(headersPt.organization) <= organization + 0.05 };
}
