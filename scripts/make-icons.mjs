#!/usr/bin/env node
// Makes every icon the installers and the web page use from the two SVGs in assets/, so they stay in step:
//   assets/icon.svg          → assets/icons/NxN.png (Linux, and the window), assets/icon.png (1024),
//                              assets/icon.ico (Windows), assets/icon.icns (macOS)
//   assets/mkit-document.svg → assets/mkit.ico, assets/mkit.icns (the .mkit file type's icon)
// Rasterized by sharp (librsvg); ICO and ICNS written by @shockpkg/icon-encoder.
// Run `npm run icons` after changing an SVG, and commit what it writes. `node scripts/make-icons.mjs DIR`
// writes into DIR instead (tests/unit/kit-package/assets.test.ts checks the committed icons are what it makes).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { IconIcns, IconIco } from '@shockpkg/icon-encoder';

const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../assets');

async function png(svg, size) {
  // Rendered at the target size (not scaled down from a large bitmap), so small sizes stay sharp.
  return sharp(svg, { density: (72 * size) / 1024 }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();
}

async function icoOf(svg) {
  const ico = new IconIco();
  for (const size of [256, 128, 64, 48, 32, 24, 16]) await ico.addFromPng(await png(svg, size), null);
  return Buffer.from(ico.encode());
}

async function icnsOf(svg) {
  const icns = new IconIcns();
  icns.toc = true;
  // The set and order iconutil writes (macOS 10.14); @2x images are twice the named size.
  const set = [[64, 'ic12'], [128, 'ic07'], [256, 'ic13'], [256, 'ic08'], [16, 'ic04'], [512, 'ic14'], [512, 'ic09'], [32, 'ic05'], [1024, 'ic10'], [32, 'ic11']];
  for (const [size, type] of set) await icns.addFromPng(await png(svg, size), [type]);
  return Buffer.from(icns.encode());
}

const out = path.resolve(process.argv[2] ?? assets);
const app = await readFile(path.join(assets, 'icon.svg'));
const doc = await readFile(path.join(assets, 'mkit-document.svg'));
await mkdir(path.join(out, 'icons'), { recursive: true });
for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) await writeFile(path.join(out, 'icons', `${size}x${size}.png`), await png(app, size));
await writeFile(path.join(out, 'icon.png'), await png(app, 1024));
await writeFile(path.join(out, 'icon.ico'), await icoOf(app));
await writeFile(path.join(out, 'icon.icns'), await icnsOf(app));
await writeFile(path.join(out, 'mkit.ico'), await icoOf(doc));
await writeFile(path.join(out, 'mkit.icns'), await icnsOf(doc));
console.log(`icons written in ${path.relative(process.cwd(), out) || '.'}`);
