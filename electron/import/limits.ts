import { fileError } from '../model/errors.js';
import { formatSize } from '../model/sizes.js';

export const MAX_RELEASE_BYTES = 20 * 1024 * 1024;
export const MAX_CONTACTS_BYTES = 20 * 1024 * 1024;
export const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
/** Decoding more than this would take hundreds of MB of RAM: refused from the header alone. */
export const MAX_IMAGE_PIXELS = 50_000_000;

export function assertSize(fileName: string, bytes: Uint8Array, max: number): void {
  if (bytes.byteLength > max) {
    throw fileError(
      'FILE_TOO_LARGE',
      fileName,
      {
        en: `the file is ${formatSize(bytes.byteLength, 'en')}, more than the ${formatSize(max, 'en')} allowed`,
        fr: `le fichier pèse ${formatSize(bytes.byteLength, 'fr')}, plus que les ${formatSize(max, 'fr')} permis`,
      },
      { bytes: bytes.byteLength, max },
    );
  }
}

export function assertNotEmpty(fileName: string, bytes: Uint8Array): void {
  if (bytes.byteLength === 0) throw fileError('INVALID_FILE', fileName, { en: 'the file is empty', fr: 'le fichier est vide' });
}
