import { ImageRun } from 'docx';
import type { ImageRef } from '../kit-document.js';
import type { DocxContext } from './context.js';

/** SVG and WebP logos are rasterized for the Word versions that cannot show them, at print resolution. */
const PRINT_DPI = 300;
const PX_PER_INCH = 96;

function imageBytes(ctx: DocxContext, ref: ImageRef): Promise<Uint8Array> {
  let bytes = ctx.images.get(ref.sha256);
  if (!bytes) {
    bytes = ctx.files.read(ref.sha256);
    ctx.images.set(ref.sha256, bytes);
  }
  return bytes;
}

/**
 * Starts reading every logo the document shows, each file once, before the first is needed: one
 * after the other, the reads (each checks the file's hash) were a third of the writer's time. A
 * file that cannot be read still fails the export where it is used.
 */
export function prefetchImages(ctx: DocxContext): void {
  const refs = [...(ctx.doc.cover?.logos ?? [])];
  for (const s of ctx.doc.sections) {
    if (s.type === 'release') refs.push(...s.headerLogos);
    else if (s.type === 'logos') refs.push(...s.logos);
  }
  for (const ref of refs) imageBytes(ctx, ref).catch(() => undefined);
}

/** Fits a logo in a box (points), keeping its proportions; docx takes sizes in CSS pixels. */
function fit(ref: ImageRef, maxWidthPt: number, maxHeightPt: number): { width: number; height: number } {
  const scale = Math.min(maxWidthPt / ref.width, maxHeightPt / ref.height);
  const toPx = PX_PER_INCH / 72;
  return { width: Math.round(ref.width * scale * toPx), height: Math.round(ref.height * scale * toPx) };
}

/**
 * Rasters of SVG and WebP logos, by file hash and width: a file under files/ never changes, and the
 * same logos are exported again and again, so sharp renders each once per process (64 kept).
 */
const RASTER_CACHE = new Map<string, Uint8Array>();

async function raster(ctx: DocxContext, ref: ImageRef, data: Uint8Array, widthCssPx: number): Promise<Uint8Array> {
  const known = ctx.rasters.get(ref.sha256);
  if (known) return known;
  const widthPx = Math.max(1, Math.round((widthCssPx / PX_PER_INCH) * PRINT_DPI));
  const key = `${ref.sha256}:${ref.format}:${widthPx}`;
  let png = RASTER_CACHE.get(key);
  if (!png) {
    // Loaded here: sharp brings in libvips (~30 ms in a cold process), and most exports have no SVG to rasterize.
    const { default: sharp } = await import('sharp');
    png = new Uint8Array(await sharp(data, { density: PRINT_DPI }).resize({ width: widthPx }).png().toBuffer());
    if (RASTER_CACHE.size >= 64) RASTER_CACHE.delete(RASTER_CACHE.keys().next().value!);
    RASTER_CACHE.set(key, png);
  }
  ctx.rasters.set(ref.sha256, png);
  return png;
}

/** A logo, inline, fitted in a box (points), with its alternative text; an SVG keeps a PNG fallback. */
export async function logoRun(ctx: DocxContext, ref: ImageRef, maxWidthPt: number, maxHeightPt: number): Promise<ImageRun> {
  const transformation = fit(ref, maxWidthPt, maxHeightPt);
  const data = await imageBytes(ctx, ref);
  const altText = { name: ref.name, title: ref.name, description: [ref.organization, ref.variant].filter(Boolean).join(' – ') };
  switch (ref.format) {
    case 'png':
    case 'gif':
      return new ImageRun({ type: ref.format, data, transformation, altText });
    case 'jpeg':
      return new ImageRun({ type: 'jpg', data, transformation, altText });
    case 'svg':
      return new ImageRun({ type: 'svg', data, fallback: { type: 'png', data: await raster(ctx, ref, data, transformation.width) }, transformation, altText });
    case 'webp':
      return new ImageRun({ type: 'png', data: await raster(ctx, ref, data, transformation.width), transformation, altText });
  }
}
