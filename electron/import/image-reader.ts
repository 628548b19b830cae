import sharp from 'sharp';
import type { ImageFormat } from '../model/index.js';
import { AppError, fileError } from '../model/errors.js';
import { assertNotEmpty, assertSize, MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS } from './limits.js';
import { assertShallow, htmlDepth } from './nesting.js';
import { sanitizeSvg, svgSize } from './svg-sanitize.js';

export interface ReadImage {
  format: ImageFormat;
  width: number;
  height: number;
  /** What is stored: the original raster bytes, or the sanitized SVG. */
  bytes: Uint8Array;
  /** A PNG at most 256 px on its longer side, for the library grid. */
  thumbnailPng: Uint8Array;
}

export const THUMBNAIL_SIZE = 256;

/** The format from the first bytes, never from the name. */
export function sniffImageFormat(bytes: Uint8Array): ImageFormat | null {
  const b = (i: number): number => bytes[i] ?? -1;
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((v, i) => b(i) === v)) return 'png';
  if (b(0) === 0xff && b(1) === 0xd8 && b(2) === 0xff) return 'jpeg';
  const ascii = (from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));
  if (ascii(0, 6) === 'GIF87a' || ascii(0, 6) === 'GIF89a') return 'gif';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  // An XML declaration, comments or a DOCTYPE may come before the root element.
  if (/^\s*</.test(head) && /<svg[\s>]/i.test(head)) return 'svg';
  return null;
}

function pixelsCheck(fileName: string, width: number, height: number): void {
  if (width * height > MAX_IMAGE_PIXELS) {
    throw fileError(
      'FILE_TOO_LARGE',
      fileName,
      {
        en: `the image is ${width} × ${height} pixels (${Math.round((width * height) / 1e6)} megapixels), more than the ${MAX_IMAGE_PIXELS / 1e6} megapixels allowed`,
        fr: `l’image fait ${width} × ${height} pixels (${Math.round((width * height) / 1e6)} mégapixels), plus que les ${MAX_IMAGE_PIXELS / 1e6} mégapixels permis`,
      },
      { width, height },
    );
  }
}

async function thumbnail(fileName: string, input: Buffer, density?: number): Promise<Uint8Array> {
  try {
    const out = await sharp(input, { limitInputPixels: MAX_IMAGE_PIXELS, failOn: 'warning', ...(density ? { density } : {}) })
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: 'inside', withoutEnlargement: density === undefined })
      .png()
      .toBuffer();
    return new Uint8Array(out);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : null;
    throw fileError('INVALID_FILE', fileName, {
      en: `the image is damaged or truncated and cannot be drawn (${why ?? 'unknown error'})`,
      fr: `l’image est endommagée ou tronquée et ne peut pas être affichée (${why ?? 'erreur inconnue'})`,
    });
  }
}

/**
 * A logo file checked before anything is stored: format from the bytes, size caps, dimensions from the header
 * (before any decoding, so decompression bombs are refused cheaply), a full decode to prove the file is whole,
 * and SVG sanitized then rasterized.
 */
export async function readImage(fileName: string, input: Uint8Array): Promise<ReadImage> {
  assertSize(fileName, input, MAX_IMAGE_BYTES);
  assertNotEmpty(fileName, input);
  const format = sniffImageFormat(input);
  if (!format) {
    throw fileError('INVALID_FILE', fileName, {
      en: 'this is not an image (PNG, JPEG, WebP, GIF or SVG), whatever its name says',
      fr: 'ce n’est pas une image (PNG, JPEG, WebP, GIF ou SVG), quoi qu’en dise son nom',
    });
  }

  if (format === 'svg') {
    const source = new TextDecoder('utf-8').decode(input);
    assertShallow(fileName, htmlDepth(source), 'SVG');
    const clean = sanitizeSvg(fileName, source);
    const size = svgSize(clean);
    const buf = Buffer.from(clean, 'utf8');
    let width = size?.width;
    let height = size?.height;
    if (!width || !height) {
      const meta = await sharp(buf, { limitInputPixels: MAX_IMAGE_PIXELS }).metadata().catch(() => null);
      width = meta?.width;
      height = meta?.height;
    }
    if (!width || !height) {
      throw fileError('INVALID_FILE', fileName, { en: 'the SVG gives no width, height or viewBox', fr: 'le fichier SVG n’indique ni largeur, ni hauteur, ni viewBox' });
    }
    pixelsCheck(fileName, width, height);
    // Rasterize at a density that makes the longer side about 256 px, whatever the document size.
    const density = Math.min(2400, Math.max(1, (72 * THUMBNAIL_SIZE) / Math.max(width, height)));
    const thumb = await thumbnail(fileName, buf, density);
    return { format, width, height, bytes: new Uint8Array(buf), thumbnailPng: thumb };
  }

  const buf = Buffer.from(input.buffer, input.byteOffset, input.byteLength);
  let meta: sharp.Metadata;
  try {
    // Header only: nothing is decoded yet.
    meta = await sharp(buf, { limitInputPixels: false }).metadata();
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw fileError('INVALID_FILE', fileName, {
      en: `the ${format.toUpperCase()} image is damaged or truncated`,
      fr: `l’image ${format.toUpperCase()} est endommagée ou tronquée`,
    });
  }
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (!width || !height) throw fileError('INVALID_FILE', fileName, { en: 'the image has no dimensions', fr: 'l’image n’a pas de dimensions' });
  pixelsCheck(fileName, width, height);
  if (meta.format && meta.format !== format) {
    throw fileError('INVALID_FILE', fileName, {
      en: `the file starts like ${format.toUpperCase()} but is not a valid image`,
      fr: `le fichier commence comme une image ${format.toUpperCase()}, mais ce n’est pas une image valide`,
    });
  }
  const thumb = await thumbnail(fileName, buf);
  return { format, width, height, bytes: new Uint8Array(input), thumbnailPng: thumb };
}
