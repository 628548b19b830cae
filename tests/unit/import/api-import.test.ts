import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/library/library.js';
import { createContext } from '../../../electron/host/context.js';
import { call } from '../../helpers/api.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { OWN_SAMPLE, OWN_SAMPLE_FACTS } from '../../helpers/sample-release.js';
import { fixture } from './helpers.js';

async function open() {
  const dir = await tempDir('mk-import-api-');
  const lib = await Library.open(dir);
  return { dir, lib, ctx: createContext(lib, 'web') };
}

const b64 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('base64');

describe('import API', () => {
  it('previews without saving, then imports with edits and shows the release', async () => {
    const { dir, lib, ctx } = await open();
    const bytes = new Uint8Array(await readFile(OWN_SAMPLE));
    const libraryFile = path.join(dir, 'library.json');
    const before = await readFile(libraryFile);
    const preview = await call(ctx, 'import.previewRelease', { fileName: 'communique.txt', contentBase64: b64(bytes) });
    expect(preview.release.headline).toBe(OWN_SAMPLE_FACTS.headline);
    expect((await readFile(libraryFile)).equals(before)).toBe(true);
    expect(lib.doc.releases).toEqual([]);

    const created = await call(ctx, 'import.release', {
      fileName: 'communique.txt',
      contentBase64: b64(bytes),
      edits: { headline: 'Alliance Estrie–Ibaraki en photonique' },
    });
    expect(created.headline).toBe('Alliance Estrie–Ibaraki en photonique');
    expect(created.contacts).toHaveLength(2);
    expect(Buffer.from(await lib.readFile(created.source!.sha256)).equals(Buffer.from(bytes))).toBe(true);
    const shown = await call(ctx, 'releases.show', { id: created.id, format: 'markdown' });
    expect(shown.release.id).toBe(created.id);
    expect(shown.markdown).toContain('Alliance Estrie–Ibaraki en photonique');
    expect(lib.doc.sheets.map((s) => s.name)).toEqual(['Relations médias – Alliance Estrie–Ibaraki en photonique']);
    // The language can be forced; the French boilerplate is shared by fr-CA and fr-FR.
    const forced = await call(ctx, 'import.release', { fileName: 'communique.txt', contentBase64: b64(bytes), lang: 'fr-FR' });
    expect(forced.lang).toBe('fr-FR');
    expect(forced.organizations.map((o) => o.id)).toEqual(created.organizations.map((o) => o.id));
    expect(forced.organizations[0]!.boilerplate).toMatch(OWN_SAMPLE_FACTS.boilerplateStarts[0]);
    expect(forced.warnings?.map((w) => w.message)).toEqual(['No release timing was stated: "immediate" assumed.']);
    await lib.close();
  });

  it('reads pasted HTML for review, and refuses a bad file through the API with the file name', async () => {
    const { lib, ctx } = await open();
    const r = await call(ctx, 'import.pastedHtml', { html: '<p>PRESS RELEASE</p><h1>Pasted</h1><p>BOSTON, May 1, 2026 – Body <script>x()</script>text.</p>' });
    expect(r.release).toMatchObject({ headline: 'Pasted', dateline: { city: 'Boston', date: '2026-05-01' } });
    await expect(call(ctx, 'import.logo', { fileName: 'x.png', contentBase64: b64(new TextEncoder().encode('text')), organization: 'Acme' })).rejects.toMatchObject({
      code: 'INVALID_FILE',
      message: expect.stringMatching(/^x\.png: /),
    });
    expect(lib.doc.organizations).toEqual([]);
    await lib.close();
  });

  it('imports contacts and a logo, storing the image and its thumbnail by hash', async () => {
    const { lib, ctx } = await open();
    const res = await call(ctx, 'import.contacts', { fileName: 'contacts-v4.vcf', contentBase64: b64(await fixture('contacts-v4.vcf')) });
    expect(res).toMatchObject({ imported: 2, merged: 0, skipped: [] });
    const png = new Uint8Array(await sharp({ create: { width: 640, height: 320, channels: 3, background: '#0b6e4f' } }).png().toBuffer());
    const logo = await call(ctx, 'import.logo', { fileName: 'sakura.png', contentBase64: b64(png), organization: '株式会社さくらバイオ', variant: 'icon' });
    expect(logo).toMatchObject({ organization: '株式会社さくらバイオ', variant: 'icon', format: 'png', width: 640, height: 320, bytes: png.byteLength });
    expect(Buffer.from(await lib.readFile(logo.sha256)).equals(Buffer.from(png))).toBe(true);
    const stored = lib.doc.logos[0]!;
    const thumb = await sharp(await lib.readFile(stored.thumbnailSha256!)).metadata();
    expect([thumb.width, thumb.height]).toEqual([256, 128]);
    await lib.close();
  });
});
