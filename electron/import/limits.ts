import { fileError } from '../model/errors.js';

export const MAX_RELEASE_BYTES = 20 * 1024 * 1024;
export const MAX_CONTACTS_BYTES = 20 * 1024 * 1024;
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
/** Decoding more than this would take hundreds of MB of RAM: refused from the header alone. */
export const MAX_IMAGE_PIXELS = 50_000_000;

function megabytes(n: number): string {
  return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
}

/** The French twin of `megabytes`: the same rounding, a decimal comma and « Mo ». */
function megaoctets(n: number): string {
  return `${String(Math.round((n / (1024 * 1024)) * 10) / 10).replace('.', ',')}\u00a0Mo`;
}

export function assertSize(fileName: string, bytes: Uint8Array, max: number): void {
  if (bytes.byteLength > max) {
    throw fileError(
      'FILE_TOO_LARGE',
      fileName,
      {
        en: `the file is ${megabytes(bytes.byteLength)}, more than the ${megabytes(max)} allowed`,
        fr: `le fichier pèse ${megaoctets(bytes.byteLength)}, plus que les ${megaoctets(max)} permis`,
      },
      { bytes: bytes.byteLength, max },
    );
  }
}

export function assertNotEmpty(fileName: string, bytes: Uint8Array): void {
  if (bytes.byteLength === 0) throw fileError('INVALID_FILE', fileName, { en: 'the file is empty', fr: 'le fichier est vide' });
}
