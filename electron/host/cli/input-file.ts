import { constants } from 'node:fs';
import { lstat, open, readlink } from 'node:fs/promises';
import path from 'node:path';
import { AppError, fileError } from '../../model/errors.js';
import { formatSize } from '../../model/sizes.js';


function what(kind: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): { en: string; fr: string } {
  if (kind.isDirectory()) return { en: 'a folder', fr: 'un dossier' };
  if (kind.isFIFO()) return { en: 'a pipe (FIFO)', fr: 'un tube (FIFO)' };
  if (kind.isCharacterDevice() || kind.isBlockDevice()) return { en: 'a device', fr: 'un périphérique' };
  if (kind.isSocket()) return { en: 'a socket', fr: 'un socket' };
  return { en: 'not a regular file', fr: 'pas un fichier ordinaire' };
}

/**
 * A file named on the command line, read only if it is a regular file no larger than `max`: a pipe,
 * `/dev/zero` or a folder is refused at once instead of hanging or filling memory, and the size is
 * taken from the file's metadata before anything is read (a 200 MB text costs nothing). It is
 * opened without blocking and checked again through the open handle, so a file swapped for a pipe
 * after the first look is refused too. A link is followed (the officer named it), and a refusal says
 * where it led. Every refusal names the file.
 */
export async function readInputFile(file: string, max: number): Promise<{ fileName: string; bytes: Uint8Array }> {
  const full = path.resolve(file);
  const fileName = path.basename(file);
  let via = '';
  try {
    if ((await lstat(full)).isSymbolicLink()) via = ` (→ ${await readlink(full)})`;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('NOT_FOUND', { en: `${file}: no such file`, fr: `${file}\u00a0: fichier introuvable` }, { fileName });
    throw fileError('INVALID_FILE', file, { en: (e as Error).message, fr: (e as Error).message });
  }
  let handle;
  try {
    handle = await open(full, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOCTTY ?? 0));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new AppError('NOT_FOUND', { en: `${file}${via}: no such file`, fr: `${file}${via}\u00a0: fichier introuvable` }, { fileName });
    if (code === 'EISDIR') throw fileError('UNSUPPORTED_FILE', file, { en: 'it is a folder, not a file', fr: 'c’est un dossier, pas un fichier' });
    if (code === 'EACCES') throw fileError('INVALID_FILE', file, { en: 'it cannot be read (permission denied)', fr: 'il ne peut pas être lu (accès refusé)' });
    throw fileError('INVALID_FILE', file, { en: (e as Error).message, fr: (e as Error).message });
  }
  try {
    const s = await handle.stat();
    if (!s.isFile()) {
      const kind = what(s);
      throw fileError('UNSUPPORTED_FILE', `${file}${via}`, { en: `it is ${kind.en}, not a regular file`, fr: `c’est ${kind.fr}, pas un fichier ordinaire` });
    }
    if (s.size > max) {
      throw fileError(
        'FILE_TOO_LARGE',
        `${file}${via}`,
        { en: `the file is ${formatSize(s.size, 'en')}, more than the ${formatSize(max, 'en')} allowed; nothing was read`, fr: `le fichier pèse ${formatSize(s.size, 'fr')}, plus que les ${formatSize(max, 'fr')} permis; rien n’a été lu` },
        { bytes: s.size, max },
      );
    }
    // Read at most one byte past the limit: a file growing while it is read cannot slip through.
    const buffer = Buffer.alloc(Math.min(s.size, max) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length === buffer.length) break;
    }
    if (length > max) {
      throw fileError('FILE_TOO_LARGE', `${file}${via}`, { en: `the file grew beyond the ${formatSize(max, 'en')} allowed while it was read`, fr: `le fichier a dépassé les ${formatSize(max, 'fr')} permis pendant sa lecture` });
    }
    return { fileName, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, length) };
  } finally {
    await handle.close();
  }
}
