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
    throw fileError('UNSUPPORTED_FILE', fileName, {
      en: 'this is an Excel workbook or another ZIP package, not a vCard or CSV file; save it as CSV (UTF-8) first',
      fr: 'c’est un classeur Excel ou une autre archive ZIP, et non un fichier vCard ou CSV; enregistrez-le d’abord en format CSV (UTF-8)',
    });
  }
  if (looksBinary(bytes)) {
    throw fileError('UNSUPPORTED_FILE', fileName, { en: 'this is not a vCard (.vcf) or CSV file', fr: 'ce n’est ni un fichier vCard (.vcf) ni un fichier CSV' });
  }
  const { text } = decodeText(bytes);
  const isVcard = /^\s*BEGIN:VCARD/i.test(text) || /\.vcf$|\.vcard$/i.test(fileName);
  if (isVcard) return { ...readVcards(fileName, text), format: 'vcard' };
  return { ...readContactsCsv(fileName, text), format: 'csv' };
}
