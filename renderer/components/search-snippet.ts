import { LANGS, LOGO_VARIANTS, RELEASE_STATUSES, type LogoVariant, type ReleaseStatus } from '../../electron/model/constants.js';

type Translate = (key: `status.${ReleaseStatus}` | `variants.${LogoVariant}`) => string;

const ELLIPSIS = '…';
// Not "-": outside a class, the u flag refuses an escaped hyphen.
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alt = (words: readonly string[]): string => words.map(escape).join('|');

// The backend's snippet is a window on "label subheadline city tags LANG STATUS body…" with whitespace
// folded: the status word always follows the language code, which tells it from the same word in
// the text ("The council approved…"). The window may cut the code at its start or the status at its end.
// Only cuts that keep the hyphen ("-CA", "r-CA"): "…a draft law" or "…US approved" are the text's own words.
const langSuffixes = [...new Set(LANGS.flatMap((l) => [...l].map((_, i) => l.slice(i))))].filter((s) => s.includes('-')).sort((a, b) => b.length - a.length);
const STATUS = `(${alt(RELEASE_STATUSES)})`;
const WHOLE = new RegExp(`(^${ELLIPSIS}|^|\\s)(${alt(LANGS)}) ${STATUS}(?=\\s|${ELLIPSIS}|$)`, 'u');
const CUT_START = new RegExp(`^${ELLIPSIS}(${alt(langSuffixes)}) ${STATUS}(?=\\s|${ELLIPSIS}|$)`, 'u');
const CUT_END = new RegExp(`(^|\\s)(${alt(LANGS)}) (\\S+)${ELLIPSIS}$`, 'u');
// A logo's text starts with its variant, then its format: only a snippet that starts at 0 shows it.
const VARIANT_FIRST = new RegExp(`^(${alt(LOGO_VARIANTS)})(?= (?:png|jpeg|svg|webp|gif)\\b)`, 'u');

function isStatus(word: string): word is ReleaseStatus {
  return (RELEASE_STATUSES as readonly string[]).includes(word);
}

/**
 * A search snippet with the words the library stores as codes (a release's status, a logo's variant)
 * in the interface language, as the releases list and the logos screen name them. Text that only
 * looks like a status, and a status the window cut before its language code, are left as they are.
 */
export function localizeSnippet(collection: string, snippet: string, t: Translate): string {
  if (collection === 'logos') {
    return snippet.replace(VARIANT_FIRST, (variant) => t(`variants.${variant as LogoVariant}`));
  }
  if (collection !== 'releases') return snippet;
  const whole = WHOLE.exec(snippet);
  if (whole) {
    const [all, before = '', lang = '', status = ''] = whole;
    return snippet.slice(0, whole.index) + `${before}${lang} ${t(`status.${status as ReleaseStatus}`)}` + snippet.slice(whole.index + all.length);
  }
  const cutStart = CUT_START.exec(snippet);
  if (cutStart) {
    const [all, lang = '', status = ''] = cutStart;
    return `${ELLIPSIS}${lang} ${t(`status.${status as ReleaseStatus}`)}` + snippet.slice(all.length);
  }
  const cutEnd = CUT_END.exec(snippet);
  if (cutEnd) {
    const [all, before = '', lang = '', part = ''] = cutEnd;
    // "a" could be "approved" or "archived": only a cut that names one status is completed.
    const candidates = RELEASE_STATUSES.filter((s) => s.startsWith(part));
    const status = candidates.length === 1 ? candidates[0] : undefined;
    if (status && isStatus(status)) return snippet.slice(0, cutEnd.index) + `${before}${lang} ${t(`status.${status}`)}${ELLIPSIS}` + snippet.slice(cutEnd.index + all.length);
  }
  return snippet;
}
