import { Unzip, UnzipInflate } from 'fflate';
import { fileError } from '../model/errors.js';
import { formatSize } from '../model/sizes.js';

/** A release is text: even with photos, its parts together stay far below this once unpacked. */
export const MAX_DOCX_UNPACKED_BYTES = 100 * 1024 * 1024;
const SLICE = 16 * 1024;

/**
 * Looks inside a Word package before mammoth opens it. Unpacking is counted as it streams (the sizes a ZIP
 * declares can lie), so a ZIP bomb is stopped after at most MAX_DOCX_UNPACKED_BYTES, never held in memory.
 * Macro-enabled documents are refused: the original file is kept in the library, and a macro has no place there.
 * A package fflate cannot walk is left for mammoth to report. Returns the names of the package's
 * parts, so that the reader can name what mammoth leaves out (charts, SmartArt, embedded objects).
 */
export function checkDocxPackage(fileName: string, bytes: Uint8Array): string[] {
  const parts: string[] = [];
  let unpacked = 0;
  let macro: string | null = null;
  let bomb = false;
  const unzip = new Unzip((file) => {
    parts.push(file.name);
    if (/(^|\/)vbaProject\.bin$/i.test(file.name) || /(^|\/)vbaData\.xml$/i.test(file.name)) macro ??= file.name;
    if (bomb) return;
    file.ondata = (err, chunk) => {
      if (err || bomb) return;
      unpacked += chunk.byteLength;
      if (unpacked > MAX_DOCX_UNPACKED_BYTES) {
        bomb = true;
        file.terminate();
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let i = 0; i < bytes.byteLength && !bomb; i += SLICE) {
      unzip.push(bytes.subarray(i, i + SLICE), i + SLICE >= bytes.byteLength);
    }
  } catch {
    // Damaged packages are mammoth's to describe; only the checks above are this function's business.
  }
  if (bomb) {
    throw fileError(
      'FILE_TOO_LARGE',
      fileName,
      {
        en: `this Word document unpacks to more than ${formatSize(MAX_DOCX_UNPACKED_BYTES, 'en')} (a ZIP bomb or a damaged file); it was not opened`,
        fr: `ce document Word dépasse ${formatSize(MAX_DOCX_UNPACKED_BYTES, 'fr')} une fois décompressé (une bombe de décompression ou un fichier endommagé); il n’a pas été ouvert`,
      },
      { max: MAX_DOCX_UNPACKED_BYTES },
    );
  }
  if (macro) {
    throw fileError(
      'UNSUPPORTED_FILE',
      fileName,
      {
        en: `this Word document contains macros (${macro}); save it in Word as "Word Document (.docx)", which removes them, and import that copy`,
        fr: `ce document Word contient des macros (${macro}); dans Word, enregistrez-le comme «\u00a0Document Word (.docx)\u00a0», ce qui les retire, puis importez cette copie`,
      },
      { part: macro },
    );
  }
  return parts;
}
