import { createHash } from 'node:crypto';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../model/errors.js';
import { writeFileAtomic } from './atomic-write.js';

/** Binaries live beside library.json, addressed by SHA-256: stored once however often they are used. */
export class FileStore {
  constructor(readonly root: string) {}

  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) {
      throw new AppError('INVALID_INPUT', { en: `Not a file hash: ${sha256}`, fr: `Ce n’est pas une empreinte de fichier\u00a0: ${sha256}` });
    }
    return path.join(this.root, sha256.slice(0, 2), sha256);
  }

  async put(bytes: Uint8Array): Promise<string> {
    const sha256 = sha256Hex(bytes);
    const file = this.pathOf(sha256);
    if (await exists(file)) return sha256;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, bytes);
    return sha256;
  }

  /** Reads and re-hashes, so a damaged or swapped file is reported instead of exported. */
  async read(sha256: string): Promise<Uint8Array> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.pathOf(sha256));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new AppError(
          'FILE_MISSING',
          {
            en: `A stored file is missing from the library (files/${sha256.slice(0, 2)}/${sha256}).`,
            fr: `Un fichier enregistré est absent de la bibliothèque (files/${sha256.slice(0, 2)}/${sha256}).`,
          },
          { sha256 },
        );
      }
      throw err;
    }
    if (sha256Hex(bytes) !== sha256) {
      throw new AppError(
        'FILE_MISSING',
        {
          en: `A stored file was altered on disk (files/${sha256.slice(0, 2)}/${sha256}): its content no longer matches its hash.`,
          fr: `Un fichier enregistré a été modifié sur le disque (files/${sha256.slice(0, 2)}/${sha256})\u00a0: son contenu ne correspond plus à son empreinte.`,
        },
        { sha256 },
      );
    }
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  async has(sha256: string): Promise<boolean> {
    return exists(this.pathOf(sha256));
  }
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
