import addressparser from 'nodemailer/lib/addressparser/index.js';
import { AppError } from '../model/errors.js';
import type { Mailbox, UiLang } from './types.js';

/*
 * Stricter than "has an @": a draft addressed to "jean@" or "a b@x" opens in the mail client
 * with a red recipient the officer has to fix by hand, so such contacts are skipped and listed.
 */
const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;

export function isValidEmail(value: string): boolean {
  const email = value.trim();
  if (email.length > 254) return false;
  const at = email.lastIndexOf('@');
  if (at <= 0 || at === email.length - 1) return false;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1);
  if (local.length > 64 || !LOCAL.test(local)) return false;
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  if (!labels.every((l) => LABEL.test(l))) return false;
  return /^[\p{L}]{2,}$/u.test(labels[labels.length - 1] ?? '');
}

/** "Élodie Côté <e.cote@example.org>" or a bare address, as typed after --from. */
export function parseMailbox(text: string, uiLang: UiLang): Mailbox {
  // addressparser reads "Name <a@b.org> Bcc: c@d.org" (or with a line break) as the single address c@d.org:
  // the sender would be silently swapped. The address found must be the one typed between < > at the end,
  // or the whole text; anything else, and any control character, is refused rather than guessed at.
  const parsed = /[\u0000-\u001f\u007f]/.test(text) ? [] : addressparser(text, { flatten: true });
  const first = parsed[0];
  const typed = text.includes('<') ? /<([^<>]*)>\s*$/.exec(text)?.[1] : text;
  const sameAsTyped = !!first && typed?.trim().toLowerCase() === first.address.trim().toLowerCase();
  if (parsed.length !== 1 || !first || !sameAsTyped || !isValidEmail(first.address)) {
    throw new AppError(
      'INVALID_INPUT',
      uiLang === 'fr'
        ? `Expéditeur invalide\u00a0: «\u00a0${text}\u00a0». Écrivez «\u00a0Nom <adresse@domaine>\u00a0» ou une adresse seule.`
        : `Invalid sender: "${text}". Write "Name <address@domain>" or an address alone.`,
    );
  }
  return { name: first.name.trim(), email: first.address.trim() };
}
