import { isSafeLink } from '../model/link.js';

/** Only web and mail links survive import (the model refuses the rest); bare addresses become mailto:. */
export function safeHref(raw: string | undefined | null): string | undefined {
  const href = candidate(raw);
  return href !== undefined && isSafeLink(href) ? href : undefined;
}

function candidate(raw: string | undefined | null): string | undefined {
  if (!raw) return undefined;
  const href = raw.trim().replace(/[\u0000-\u001f\s]+/g, '');
  if (/^https?:\/\/[^/\s]/i.test(href)) return href;
  if (/^mailto:[^@\s]+@[^@\s]+$/i.test(href)) return href;
  if (/^www\.[^\s]+\.[a-z]{2,}/i.test(href)) return `https://${href}`;
  if (/^[^@\s:/]+@[^@\s:/]+\.[a-z]{2,}$/i.test(href)) return `mailto:${href}`;
  return undefined;
}
