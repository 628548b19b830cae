import type { KitContact } from './kit-document.js';

/**
 * vCard 4.0 (RFC 6350) of a contact sheet: UTF-8, CRLF, values escaped, lines folded at 75 octets
 * without ever splitting a multi-byte character (Japanese names stay valid UTF-8 on every line).
 */

/** TEXT values (FN, TITLE): backslash, comma and newline escaped (RFC 6350 §3.4). */
function escapeValue(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\r\n|\r|\n/g, '\\n').replace(/,/g, '\\,');
}

/** A component of a structured value (N, ORG): the semicolon separates components, so it is escaped too. */
function escapeComponent(v: string): string {
  return escapeValue(v).replace(/;/g, '\\;');
}

const encoder = new TextEncoder();

export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    if (octets + n > limit) {
      out.push(current);
      current = '';
      octets = 0;
      // Continuation lines start with one space, which counts toward their 75 octets.
      limit = 74;
    }
    current += ch;
    octets += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

function splitName(name: string): { family: string; given: string } {
  const trimmed = name.trim();
  if (/[\u3040-\u30ff\u4e00-\u9fff]/.test(trimmed)) {
    // Japanese names are written family name first.
    const [family = '', ...rest] = trimmed.split(/[\s\u3000]+/);
    return { family, given: rest.join(' ') };
  }
  const parts = trimmed.split(/\s+/);
  if (parts.length < 2) return { family: trimmed, given: '' };
  return { family: parts[parts.length - 1] ?? '', given: parts.slice(0, -1).join(' ') };
}

export function contactToVcard(c: KitContact & { firstName?: string; lastName?: string }): string {
  const { family, given } =
    c.firstName || c.lastName ? { family: c.lastName ?? '', given: c.firstName ?? '' } : splitName(c.name);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `FN:${escapeValue(c.name || [given, family].filter(Boolean).join(' '))}`,
    `N:${escapeComponent(family)};${escapeComponent(given)};;;`,
    ...(c.organization ? [`ORG:${escapeComponent(c.organization)}`] : []),
    ...(c.title ? [`TITLE:${escapeValue(c.title)}`] : []),
    ...c.emails.map((e, i) => `EMAIL;TYPE=work${i === 0 ? ';PREF=1' : ''}:${escapeValue(e)}`),
    ...c.phones.map((p, i) => `TEL;VALUE=uri;TYPE="voice,work"${i === 0 ? ';PREF=1' : ''}:tel:${p.replace(/[^\d+]/g, '')}`),
    ...(c.lang ? [`LANG:${c.lang}`] : []),
    'END:VCARD',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export function renderVcards(contacts: readonly KitContact[]): Uint8Array {
  return encoder.encode(contacts.map((c) => contactToVcard(c)).join(''));
}
