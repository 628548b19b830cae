import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * Replaces `file` so that after a crash it holds either the old bytes or the new ones, never a mix:
 * write a temp file in the same folder, fsync it, rename over the target, fsync the folder
 * (the rename itself is only durable once the directory entry is on disk).
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array | readonly Uint8Array[]): Promise<void> {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(tmp, 'w', 0o600);
  try {
    if (Array.isArray(data)) await writeAll(handle, data as readonly Uint8Array[]);
    else await handle.writeFile(data as string | Uint8Array);
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw err;
  }
  await handle.close();
  try {
    await rename(tmp, file);
  } catch (err) {
    await rm(tmp, { force: true });
    throw err;
  }
  await fsyncDir(dir);
}

/** Several buffers in order, with no copy into one; short writes are resumed. */
async function writeAll(handle: FileHandle, parts: readonly Uint8Array[]): Promise<void> {
  let position = 0;
  // 1,024 buffers per call: the IOV_MAX of Linux and macOS.
  for (let i = 0; i < parts.length; i += 1024) {
    let batch = parts.slice(i, i + 1024);
    let left = batch.reduce((n, b) => n + b.byteLength, 0);
    while (left > 0) {
      const { bytesWritten } = await handle.writev(batch, position);
      position += bytesWritten;
      left -= bytesWritten;
      if (left > 0) batch = skip(batch, bytesWritten);
    }
  }
}

function skip(batch: readonly Uint8Array[], n: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (const b of batch) {
    if (n >= b.byteLength) n -= b.byteLength;
    else {
      out.push(n ? b.subarray(n) : b);
      n = 0;
    }
  }
  return out;
}

export async function fsyncDir(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
