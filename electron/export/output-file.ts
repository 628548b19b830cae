import { randomBytes } from 'node:crypto';
import { link, lstat, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes an exported file into a folder the officer chose, where other files live: an earlier
 * export, their own document with the same name, or a link someone planted there. It never replaces
 * a file it did not just write and never follows a link: the bytes go to a temporary file of our own
 * (an exclusive create, which does not follow links), then are linked into place under the first free
 * name — `name.pdf`, `name (2).pdf`, `name (3).pdf` … (a link, like the exclusive create, fails on any
 * existing entry, a dangling link included). With `overwrite`, an existing regular file of that name
 * is replaced (by a rename, atomic); a link or a folder never is. Returns the path written.
 */
export async function writeNewFile(dir: string, name: string, bytes: Uint8Array, options: { overwrite?: boolean } = {}): Promise<string> {
  const tmp = path.join(dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(tmp, 'wx', 0o644);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (err) {
    await handle.close().catch(() => undefined);
    await rm(tmp, { force: true });
    throw err;
  } finally {
    await handle.close().catch(() => undefined);
  }
  try {
    const target = path.join(dir, name);
    if (options.overwrite && (await isRegularFile(target))) {
      await rename(tmp, target);
      return target;
    }
    const ext = path.extname(name);
    const base = name.slice(0, name.length - ext.length);
    for (let n = 1; n < 10_000; n++) {
      const candidate = path.join(dir, n === 1 ? name : `${base} (${n})${ext}`);
      if (await placeAt(tmp, candidate, bytes)) return candidate;
    }
    throw new Error(`no free name for ${name} in ${dir}`);
  } finally {
    await rm(tmp, { force: true });
  }
}

async function isRegularFile(file: string): Promise<boolean> {
  try {
    return (await lstat(file)).isFile();
  } catch {
    return false;
  }
}

/** Puts the temp file's bytes at `target` if nothing is there; false if something is. */
async function placeAt(tmp: string, target: string, bytes: Uint8Array): Promise<boolean> {
  try {
    await link(tmp, target);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw err;
  }
  // No hard links here (exFAT, FAT32, some shares): an exclusive create, which never follows a link either.
  let handle;
  try {
    handle = await open(target, 'wx', 0o644);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return true;
}
