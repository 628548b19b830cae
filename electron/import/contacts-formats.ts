import { fileError } from '../model/errors.js';
import type { ContactsRead } from './contact-draft.js';
import { readContactsCsv } from './contacts-csv.js';
import { readVcards } from './contacts-vcard.js';
import { assertNotEmpty, assertSize, MAX_CONTACTS_BYTES } from './limits.js';
import { decodeText, looksBinary } from './text-decode.js';

/** vCard when the content says BEGIN:VCARD (whatever the name), CSV otherwise. */
export function readContactsFile(fileName: string, bytes: Uint8Array): ContactsRead & { format: 'vcard' | 'csv' } {
  assertSize(fileName, bytes, MAX_CONTACTS_BYTES);
  assertNotEmpty(fileName, bytes);
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    throw fileError('UNSUPPORTED_FILE', fileName, 'this is an Excel workbook or another ZIP package, not a vCard or CSV file; save it as CSV (UTF-8) first');
  }
  if (looksBinary(bytes)) throw fileError('UNSUPPORTED_FILE', fileName, 'this is not a vCard (.vcf) or CSV file');
  const { text } = decodeText(bytes);
  const isVcard = /^\s*BEGIN:VCARD/i.test(text) || /\.vcf$|\.vcard$/i.test(fileName);
  if (isVcard) return { ...readVcards(fileName, text), format: 'vcard' };
  return { ...readContactsCsv(fileName, text), format: 'csv' };
}
