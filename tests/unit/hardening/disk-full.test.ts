import { execFileSync } from 'node:child_process';
import { chmod, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/library/library.js';
import { LibraryDocument } from '../../../electron/model/library-document.js';
import { newId } from '../../../electron/model/common.js';
import { AppError } from '../../../electron/model/errors.js';
import { tempDir } from '../../helpers/temp-dir.js';

function org(n: number) {
  const t = new Date().toISOString();
  return { id: newId('organization'), createdAt: t, updatedAt: t, deletedAt: null, name: `Organisation ${n}`, shortName: '', website: '', boilerplates: { fr: 'x'.repeat(2000) } };
}

async function saveFails(lib: Library, n: number): Promise<AppError> {
  const err = await lib.mutate((d) => void d.organizations.push(org(n))).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

async function onDisk(lib: Library) {
  return LibraryDocument.parse(JSON.parse(await readFile(lib.file, 'utf8')));
}

const isRoot = process.getuid?.() === 0;

/**
 * The disk turns read-only under the library. The kernel refuses while a file on it is open for
 * writing ("mount point is busy"): the search index is saved in the background after a change, so
 * the remount waits for that write to end, as a disk failing a moment later would.
 */
async function remountReadOnly(mnt: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      execFileSync('mount', ['-o', 'remount,ro', mnt], { stdio: 'pipe' });
      return;
    } catch (err) {
      if (attempt >= 50 || !/busy/.test(String((err as { stderr?: Buffer }).stderr ?? ''))) throw err;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

describe('a save that cannot be written', () => {
  it(isRoot ? 'on a full disk, then a read-only one: fails clearly, keeps the saved state, and saves again once fixed' : 'in a read-only folder: fails clearly, keeps the saved state, and saves again once fixed', async () => {
    const dir = await tempDir();
    const mnt = path.join(dir, 'mnt');
    if (isRoot) {
      execFileSync('mkdir', ['-p', mnt]);
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=192k', 'tmpfs', mnt]);
    } else {
      execFileSync('mkdir', ['-p', mnt]);
    }
    try {
      const lib = await Library.open(mnt);
      let n = 0;
      if (isRoot) {
        // Fill the disk: saves succeed until there is no room for the temp file.
        let err: AppError | null = null;
        while (!err && n < 500) {
          n++;
          err = await lib.mutate((d) => void d.organizations.push(org(n))).then(() => null, (e: unknown) => e as AppError);
        }
        expect(err?.code).toBe('WRITE_FAILED');
        expect(err?.message).toMatch(/disk is full.*Nothing was lost/);
        expect(lib.doc.organizations).toHaveLength(n - 1);
        expect((await onDisk(lib)).organizations).toHaveLength(n - 1);
        execFileSync('mount', ['-o', 'remount,size=4m', mnt]);
        await lib.mutate((d) => void d.organizations.push(org(n)));
        expect((await onDisk(lib)).organizations).toHaveLength(n);
        await remountReadOnly(mnt);
      } else {
        await chmod(mnt, 0o555);
      }
      const count = lib.doc.organizations.length;
      const ro = await saveFails(lib, n + 1);
      expect(ro.code).toBe('WRITE_FAILED');
      expect(ro.message).toMatch(/read-only|permission was denied/);
      expect(lib.doc.organizations).toHaveLength(count);
      if (isRoot) execFileSync('mount', ['-o', 'remount,rw', mnt]);
      else await chmod(mnt, 0o755);
      await lib.mutate((d) => void d.organizations.push(org(n + 1)));
      expect((await onDisk(lib)).organizations).toHaveLength(count + 1);
      await lib.close();
    } finally {
      if (isRoot) execFileSync('umount', ['-l', mnt]);
    }
  });
});
