import { slugify } from '../export/file-names.js';
import type { Recipient } from './types.js';

/** "01-tremblay-elodie.eml": numbered in list order, ASCII only, family name first as in a press list. */
export function draftFileName(index: number, total: number, recipient: Pick<Recipient, 'name' | 'email' | 'firstName' | 'lastName'>, taken: Set<string>): string {
  const width = Math.max(2, String(total).length);
  const number = String(index + 1).padStart(width, '0');
  const words = recipient.lastName.trim()
    ? `${recipient.lastName} ${recipient.firstName}`
    : recipient.name.trim()
      ? reverseName(recipient.name)
      : (recipient.email.split('@')[0] ?? '');
  const fromEmail = slugify(recipient.email.split('@')[0] ?? '', 'contact');
  const stem = (slugify(words, '') || fromEmail).slice(0, 40).replace(/-+$/, '');
  return unique(`${number}-${stem}`, taken);
}

export function bccFileName(sheetName: string, taken: Set<string>): string {
  return unique(`bcc-${slugify(sheetName, 'list').slice(0, 40).replace(/-+$/, '')}`, taken);
}

/** "Élodie Tremblay" → "Tremblay Élodie"; names without a space (or in Japanese order) stay as written. */
function reverseName(name: string): string {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2 || /[\u3040-\u30ff\u4e00-\u9fff]/.test(name)) return name;
  const last = parts.pop() ?? '';
  return [last, ...parts].join(' ');
}

function unique(stem: string, taken: Set<string>): string {
  let name = `${stem}.eml`;
  for (let n = 2; taken.has(name); n++) name = `${stem}-${n}.eml`;
  taken.add(name);
  return name;
}
