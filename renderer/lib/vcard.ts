import { saveBlob } from './save-blob.js';
import type { Contact } from '../../electron/model/entities.js';

function esc(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/([,;])/g, '\\$1');
}

/** vCard 4.0 (RFC 6350), UTF-8, CRLF line ends, so address books keep accents and Japanese names. */
export function toVCard(contacts: readonly Contact[]): string {
  const lines: string[] = [];
  for (const c of contacts) {
    const full = c.name || `${c.firstName} ${c.lastName}`.trim();
    lines.push('BEGIN:VCARD', 'VERSION:4.0', `FN:${esc(full || c.emails[0] || '')}`, `N:${esc(c.lastName)};${esc(c.firstName)};;;`);
    if (c.organization) lines.push(`ORG:${esc(c.organization)}`);
    if (c.title) lines.push(`TITLE:${esc(c.title)}`);
    for (const e of c.emails) lines.push(`EMAIL;TYPE=work:${esc(e)}`);
    for (const p of c.phones) lines.push(`TEL;TYPE=work,voice:${esc(p)}`);
    if (c.lang) lines.push(`LANG:${c.lang}`);
    if (c.notes) lines.push(`NOTE:${esc(c.notes)}`);
    lines.push('END:VCARD');
  }
  return lines.join('\r\n') + '\r\n';
}

export function downloadText(name: string, text: string, type: string): void {
  saveBlob(new Blob([text], { type }), name);
}
