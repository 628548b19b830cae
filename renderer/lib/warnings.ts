import { useTranslation } from 'react-i18next';
import { WARNING_CODES, warningText, type Warning } from '../../electron/model/warnings.js';

const KNOWN = new Set<string>(WARNING_CODES);

function isWarning(w: unknown): w is Warning {
  return !!w && typeof w === 'object' && typeof (w as { code?: unknown }).code === 'string' && KNOWN.has((w as { code: string }).code) && 'params' in w;
}

/**
 * A message the backend returned, written in the language the interface shows now: a warning is
 * rendered from its code and parameters (so one already on screen follows a language switch, #22);
 * anything else (a skipped row with its reason) is shown as it came.
 */
export function messageText(w: unknown, lang: string): string {
  if (isWarning(w)) return warningText(w, lang === 'fr' ? 'fr' : 'en');
  if (typeof w === 'string') return w;
  if (w && typeof w === 'object' && 'reason' in w) {
    const r = w as { row?: unknown; reason: unknown };
    return r.row !== undefined ? `${String(r.row)}: ${String(r.reason)}` : String(r.reason);
  }
  if (w && typeof w === 'object' && 'message' in w) return String((w as { message: unknown }).message);
  return JSON.stringify(w);
}

/** messageText in the current interface language; the component re-renders when it changes. */
export function useMessageText(): (w: unknown) => string {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return (w) => messageText(w, lang);
}
