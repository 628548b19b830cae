import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../electron/host/context.js';
import { Library } from '../../../electron/library/library.js';
import { newId } from '../../../electron/model/index.js';
import { call } from '../../helpers/api.js';
import { tempDir } from '../../helpers/temp-dir.js';

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

async function png(width: number, height: number, background: string): Promise<Uint8Array> {
  return new Uint8Array(await sharp({ create: { width, height, channels: 3, background } }).png().toBuffer());
}

const dataUrl = (mime: string, bytes: Uint8Array) => `data:${mime};base64,${b64(bytes)}`;

/** Every file under files/, by name: what the store holds by hash. */
async function storedFiles(dir: string): Promise<string[]> {
  const root = path.join(dir, 'files');
  const out: string[] = [];
  for (const sub of await readdir(root)) for (const f of await readdir(path.join(root, sub))) out.push(f);
  return out.sort();
}

/** A library with one logo used on a kit's cover and logo sheet. */
async function setUp() {
  const dir = await tempDir('mk-logo-replace-');
  const lib = await Library.open(dir);
  const ctx = createContext(lib, 'web');
  const oldPng = await png(640, 320, '#0b6e4f');
  const imported = await call(ctx, 'import.logo', { fileName: 'acme-2019.png', contentBase64: b64(oldPng), organization: 'Acme', variant: 'horizontal' });
  await call(ctx, 'logos.update', { id: imported.id, patch: { name: 'Acme — horizontal', usageNotes: 'Minimum width 30 mm.' } });
  const kit = await call(ctx, 'kits.create', {
    data: {
      name: 'Acme kit',
      lang: 'en-US',
      cover: { show: true, logoIds: [imported.id], subtitle: '' },
      sections: [{ id: newId('section'), type: 'logos', title: 'Logos', logoIds: [imported.id] }],
    },
  });
  return { dir, lib, ctx, oldPng, logoId: imported.id, kitId: kit.id };
}

describe('logos.replace', () => {
  it('swaps the image in place: same id, name, organization, variant; kits show the new image; the old file stays', async () => {
    const { dir, lib, ctx, oldPng, logoId, kitId } = await setUp();
    const before = lib.doc.logos.find((l) => l.id === logoId)!;
    expect((await call(ctx, 'preview.kit', { id: kitId })).html).toContain(dataUrl('image/png', oldPng));

    const newSvg = new TextEncoder().encode(
      '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="150" viewBox="0 0 400 150"><rect width="400" height="150" fill="#c8102e"/><script>alert(1)</script></svg>',
    );
    await new Promise((r) => setTimeout(r, 5));
    const result = await call(ctx, 'logos.replace', { id: logoId, fileName: 'C:\\Logos\\acme-2026.svg', contentBase64: b64(newSvg) });
    expect(result.changed).toBe(true);
    expect(result.previous).toEqual(before.file);
    const after = lib.doc.logos.find((l) => l.id === logoId)!;
    expect(result.logo).toEqual(after);
    expect(after).toMatchObject({
      id: logoId,
      name: 'Acme — horizontal',
      organizationId: before.organizationId,
      variant: 'horizontal',
      background: before.background,
      usageNotes: 'Minimum width 30 mm.',
      createdAt: before.createdAt,
      deletedAt: null,
      originalFileName: 'acme-2026.svg',
      file: { format: 'svg', width: 400, height: 150 },
    });
    expect(after.updatedAt > before.updatedAt).toBe(true);
    expect(after.thumbnailSha256).not.toBe(before.thumbnailSha256);
    // One logo, nothing in the trash, the kit untouched.
    expect(lib.doc.logos).toHaveLength(1);
    expect(await call(ctx, 'trash.list', {})).toEqual([]);
    const kit = await call(ctx, 'kits.get', { id: kitId });
    expect(kit.cover.logoIds).toEqual([logoId]);

    // The stored SVG is the sanitized one, and the kit now shows it, not the old PNG.
    const stored = await lib.readFile(after.file.sha256);
    expect(new TextDecoder().decode(stored)).not.toContain('script');
    const html = (await call(ctx, 'preview.kit', { id: kitId })).html;
    expect(html).toContain(dataUrl('image/svg+xml', stored));
    expect(html).not.toContain(dataUrl('image/png', oldPng));
    const original = await call(ctx, 'logos.image', { id: logoId, size: 'original' });
    expect(original.sha256).toBe(after.file.sha256);

    // The previous image and thumbnail are still stored by hash.
    expect(Buffer.from(await lib.readFile(before.file.sha256)).equals(Buffer.from(oldPng))).toBe(true);
    expect(await storedFiles(dir)).toEqual(expect.arrayContaining([before.file.sha256, before.thumbnailSha256!, after.file.sha256, after.thumbnailSha256!]));

    // The same file again changes nothing.
    const json = await readFile(path.join(dir, 'library.json'));
    const again = await call(ctx, 'logos.replace', { id: logoId, fileName: 'acme-2026.svg', contentBase64: b64(newSvg) });
    expect(again.changed).toBe(false);
    expect((await readFile(path.join(dir, 'library.json'))).equals(json)).toBe(true);
    await lib.close();
  });

  it('a refused file leaves the logo and library.json byte for byte as they were, and names the file', async () => {
    const { dir, lib, ctx, logoId } = await setUp();
    const file = path.join(dir, 'library.json');
    const json = await readFile(file);
    const files = await storedFiles(dir);
    const logo = lib.doc.logos[0];
    const refused: [string, Uint8Array, RegExp][] = [
      ['notes.png', new TextEncoder().encode('This is not an image.'), /^notes\.png: .*not an image/],
      ['evil.svg', new TextEncoder().encode('<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "y">]><svg xmlns="http://www.w3.org/2000/svg"/>'), /^evil\.svg: .*(DOCTYPE|ENTITY)/],
      ['empty.png', new Uint8Array(), /^empty\.png: /],
    ];
    for (const [fileName, bytes, message] of refused) {
      await expect(call(ctx, 'logos.replace', { id: logoId, fileName, contentBase64: b64(bytes) })).rejects.toMatchObject({ code: 'INVALID_FILE', message: expect.stringMatching(message) });
    }
    expect((await readFile(file)).equals(json)).toBe(true);
    expect(await storedFiles(dir)).toEqual(files);
    expect(lib.doc.logos[0]).toBe(logo);
    await lib.close();
  });

  it('refuses a logo in the trash or unknown, in the interface language', async () => {
    const { lib, ctx, logoId } = await setUp();
    const bytes = await png(10, 10, '#000000');
    await call(ctx, 'logos.delete', { id: logoId });
    await expect(call(ctx, 'logos.replace', { id: logoId, fileName: 'x.png', contentBase64: b64(bytes) })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const fr = { ...createContext(lib, 'web'), uiLang: 'fr' as const };
    await expect(call(fr, 'logos.replace', { id: 'logo_unknown123', fileName: 'x.png', contentBase64: b64(bytes) })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: expect.stringMatching(/identifiant logo_unknown123/),
    });
    await lib.close();
  });
});
