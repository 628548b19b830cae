import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { Library } from '../../../electron/library/library.js';
import { createContext } from '../../../electron/host/context.js';
import type { LibraryDocument } from '../../../electron/model/index.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { seedOutreach, type SeededOutreach } from '../../fixtures/outreach/seed.js';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export interface Eml {
  raw: string;
  /** The header block as written, folded lines joined. */
  headers: string;
  mail: ParsedMail;
}

export async function readEml(file: string): Promise<Eml> {
  const bytes = await readFile(file);
  const raw = bytes.toString('latin1');
  const end = raw.indexOf('\r\n\r\n');
  return { raw, headers: raw.slice(0, end).replace(/\r\n[ \t]+/g, ' '), mail: await simpleParser(bytes) };
}

export function addresses(field: AddressObject | AddressObject[] | undefined): { name: string; address: string }[] {
  const list = Array.isArray(field) ? field : field ? [field] : [];
  return list.flatMap((a) => a.value.map((v) => ({ name: v.name, address: v.address ?? '' })));
}

export function header(headers: string, name: string): string {
  const m = new RegExp(`^${name}: (.*)$`, 'mi').exec(headers.replace(/\r\n/g, '\n'));
  return m?.[1] ?? '';
}

/** A library seeded through the API, opened for the test; closed by the caller. */
export async function seededLibrary(options: { embargo?: boolean } = {}): Promise<{ lib: Library; ctx: ReturnType<typeof createContext>; seed: SeededOutreach }> {
  const lib = await Library.open(await tempDir());
  const ctx = createContext(lib, 'cli');
  const seed = await seedOutreach(ctx, options);
  return { lib, ctx, seed };
}

/** A mutable copy of the library's data, to try cases the store itself would refuse (old imports). */
export function copyOf(doc: LibraryDocument): LibraryDocument {
  return structuredClone(doc) as LibraryDocument;
}

/**
 * The attachment names as RFC 2231 writes them in the raw source (filename*0*=utf-8''…; filename*1*=…),
 * reassembled and percent-decoded here independently of mailparser.
 */
export function rfc2231FileNames(raw: string): string[] {
  const names: string[] = [];
  const unfolded = raw.replace(/\r\n[ \t]+/g, ' ');
  for (const line of unfolded.split('\r\n')) {
    if (!/^Content-Disposition:/i.test(line)) continue;
    const parts = [...line.matchAll(/filename\*(\d+)(\*?)=([^;\s]+)/g)].sort((a, b) => Number(a[1]) - Number(b[1]));
    if (!parts.length) continue;
    let bytes = '';
    for (const [, , star, value] of parts) {
      const v = (value ?? '').replace(/^utf-8''/i, '');
      bytes += star ? v : encodeURIComponent(v);
    }
    names.push(decodeURIComponent(bytes));
  }
  return names;
}
