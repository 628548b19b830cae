import iconv from 'iconv-lite';

/**
 * Files arrive from Word, Outlook and old Windows tools: UTF-8 (with or without BOM), UTF-16 with BOM,
 * or Windows-1252. Invalid UTF-8 is the reliable tell for a legacy 8-bit file.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8-bom' };
  }
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) {
    return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  }
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' };
  } catch {
    return { text: iconv.decode(buf, 'win1252'), encoding: 'windows-1252' };
  }
}

/** Binary files that are clearly not text; used to refuse a PDF or an image given as a release. */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.byteLength, 4096);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) zeros++;
  // UTF-16 text has many zeros but starts with a BOM, handled by decodeText.
  const bom16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  return !bom16 && zeros > 0;
}
