import { Email } from '../model/index.js';

const EMAIL_IN_TEXT = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

/** The domain is case-insensitive and lower-cased; the local part is kept as written (RFC 5321). */
export function normalizeEmail(raw: string): string | null {
  const s = raw.trim().replace(/^mailto:/i, '').replace(/^[<(\["']+|[>)\]"'.,;:]+$/g, '');
  const at = s.lastIndexOf('@');
  if (at < 1) return null;
  const email = `${s.slice(0, at)}@${s.slice(at + 1).toLowerCase()}`;
  return Email.safeParse(email).success ? email : null;
}

export function emailsIn(text: string): string[] {
  return (text.match(EMAIL_IN_TEXT) ?? []).map(normalizeEmail).filter((e): e is string => e !== null);
}

export function sameEmail(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}
