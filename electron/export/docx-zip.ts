import { crc32, deflateRawSync } from 'node:zlib';

/**
 * The ZIP container of a DOCX: DEFLATE by Node's zlib (native, about three times faster than
 * fflate's JavaScript deflate, which was a third of the writer's time), and the package's
 * constant parts compressed once per process. Plain ZIP as fflate's zipSync wrote it: sizes and
 * CRC in every local header (no data descriptors), no ZIP64 (a DOCX is far below 4 GB), ASCII names.
 */

export interface ZipPart {
  name: string;
  crc: number;
  size: number;
  /** 8 = DEFLATE, 0 = stored. */
  method: 0 | 8;
  data: Uint8Array;
}

/** A part deflated at level 6 (as before), or stored (images: deflating a PNG again gains nothing). */
export function zipPart(name: string, bytes: Uint8Array, deflate = true): ZipPart {
  return { name, crc: crc32(bytes), size: bytes.byteLength, method: deflate ? 8 : 0, data: deflate ? deflateRawSync(bytes, { level: 6 }) : bytes };
}

const CONSTANT_PARTS = new Map<string, ZipPart>();

/** A part whose text never changes, compressed the first time it is asked for. */
export function constantZipPart(name: string, text: string): ZipPart {
  const key = `${name}\n${text}`;
  let part = CONSTANT_PARTS.get(key);
  if (!part) {
    part = zipPart(name, Buffer.from(text, 'utf8'));
    CONSTANT_PARTS.set(key, part);
  }
  return part;
}

/** MS-DOS date and time, local time, two-second precision, as ZIP stores them. */
function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.min(Math.max(d.getFullYear(), 1980), 2107);
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** The fields a local header and its central-directory entry share, in the same order (method to name length). */
function entryFields(out: Buffer, at: number, p: ZipPart, nameLength: number, time: number, date: number): void {
  out.writeUInt16LE(p.method, at);
  out.writeUInt16LE(time, at + 2);
  out.writeUInt16LE(date, at + 4);
  out.writeUInt32LE(p.crc >>> 0, at + 6);
  out.writeUInt32LE(p.data.byteLength, at + 10);
  out.writeUInt32LE(p.size, at + 14);
  out.writeUInt16LE(nameLength, at + 18);
}

export function zipParts(parts: readonly ZipPart[], mtime = new Date()): Uint8Array {
  const { time, date } = dosDateTime(mtime);
  const names = parts.map((p) => Buffer.from(p.name, 'ascii'));
  const localSize = parts.reduce((n, p, i) => n + 30 + names[i]!.length + p.data.byteLength, 0);
  const centralSize = names.reduce((n, name) => n + 46 + name.length, 0);
  const out = Buffer.alloc(localSize + centralSize + 22);
  const offsets: number[] = [];
  let at = 0;
  parts.forEach((p, i) => {
    const name = names[i]!;
    offsets.push(at);
    out.writeUInt32LE(0x04034b50, at);
    out.writeUInt16LE(20, at + 4); // version needed: 2.0 (DEFLATE)
    out.writeUInt16LE(0, at + 6); // flags
    entryFields(out, at + 8, p, name.length, time, date);
    out.writeUInt16LE(0, at + 28); // extra field length
    name.copy(out, at + 30);
    out.set(p.data, at + 30 + name.length);
    at += 30 + name.length + p.data.byteLength;
  });
  const central = at;
  parts.forEach((p, i) => {
    const name = names[i]!;
    out.writeUInt32LE(0x02014b50, at);
    out.writeUInt16LE(20, at + 4); // made by: 2.0, MS-DOS attributes
    out.writeUInt16LE(20, at + 6);
    out.writeUInt16LE(0, at + 8);
    entryFields(out, at + 10, p, name.length, time, date);
    // extra, comment, disk number, internal and external attributes: none
    out.writeUInt32LE(offsets[i]!, at + 42);
    name.copy(out, at + 46);
    at += 46 + name.length;
  });
  out.writeUInt32LE(0x06054b50, at);
  out.writeUInt16LE(parts.length, at + 8);
  out.writeUInt16LE(parts.length, at + 10);
  out.writeUInt32LE(at - central, at + 12);
  out.writeUInt32LE(central, at + 16);
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
