import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { constantZipPart, zipPart, zipParts } from '../../../electron/export/docx-zip.js';
import { has, tempDir } from './helpers.js';

const text = (s: string) => new TextEncoder().encode(s);

describe('the DOCX zip container', () => {
  const xml = text(`<?xml version="1.0"?><w:document>${'<w:p><w:r><w:t>Québec – 東京</w:t></w:r></w:p>'.repeat(2000)}</w:document>`);
  const png = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
  const bytes = zipParts(
    [zipPart('word/document.xml', xml), constantZipPart('[Content_Types].xml', '<Types/>'), zipPart('word/media/image1.png', png, false), zipPart('empty.xml', new Uint8Array())],
    new Date(2026, 10, 26, 10, 30, 44),
  );

  it('holds every part, deflated or stored, in order, readable by another ZIP reader', () => {
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['word/document.xml', '[Content_Types].xml', 'word/media/image1.png', 'empty.xml']);
    expect(Buffer.from(files['word/document.xml']!).equals(Buffer.from(xml))).toBe(true);
    expect(new TextDecoder().decode(files['[Content_Types].xml'])).toBe('<Types/>');
    expect(Buffer.from(files['word/media/image1.png']!).equals(Buffer.from(png))).toBe(true);
    expect(files['empty.xml']?.length).toBe(0);
    expect(bytes.length).toBeLessThan(xml.length / 10);
  });

  it('writes the CRC and sizes in each local header, and a central directory that points at them', () => {
    const view = Buffer.from(bytes);
    const end = view.length - 22;
    expect(view.readUInt32LE(end)).toBe(0x06054b50);
    expect(view.readUInt16LE(end + 10)).toBe(4);
    const local = view.readUInt32LE(view.readUInt32LE(end + 16) + 42);
    expect(view.readUInt32LE(local)).toBe(0x04034b50);
    expect(view.readUInt16LE(local + 6) & 8).toBe(0); // no data descriptor
    expect(view.readUInt32LE(local + 14)).toBe(crc32(xml));
    expect(view.readUInt32LE(local + 22)).toBe(xml.length);
  });

  it.runIf(has('unzip'))('passes unzip -t', async () => {
    const file = path.join(await tempDir(), 'test.docx');
    await writeFile(file, bytes);
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
  });
});
