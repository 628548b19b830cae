import { execFileSync, spawnSync } from 'node:child_process';
import { chmod, mkdir, readdir, writeFile } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir.js';

/**
 * Issue #21.7: a bad or busy --port crashed the web host with a stack trace and left `.lock`
 * behind; opening a library on a full disk printed a raw ENOSPC and left an empty `.lock`. Every
 * failed start now says what is wrong in words, and leaves the folder as a next attempt needs it.
 */
const ROOT = path.resolve(__dirname, '../../..');
const WEB = path.join(ROOT, 'dist/electron/web.js');
const BIN = path.join(ROOT, 'bin/mediakit.js');

function run(file: string, args: string[]) {
  return spawnSync(process.execPath, [file, ...args], { encoding: 'utf8', timeout: 60_000 });
}

/** What a failed start must not leave: a lock, a lock's temp file, a half-written note. */
async function leftovers(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  return names.filter((n) => n === '.lock' || n.endsWith('.tmp'));
}

describe('a start that cannot happen says why and leaves nothing behind', () => {
  it('refuses a --port that is not a port before touching the library (usage error, exit 2)', async () => {
    const lib = path.join(await tempDir('mk-port-'), 'lib');
    for (const port of ['abc', '70000', '-1', '8080x', '']) {
      const r = run(WEB, ['--library', lib, `--port=${port}`]);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(`--port takes a number from 0 to 65535 (0: any free port), not "${port}"`);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    expect(await readdir(lib).catch(() => 'never created')).toBe('never created');
  });

  it('says a port is in use, and releases the library', async () => {
    const lib = await tempDir('mk-busy-');
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = busy.address() as AddressInfo;
      const r = run(WEB, ['--library', lib, '--port', String(port)]);
      expect(r.status).toBe(1);
      expect(r.stderr.trim()).toBe(`error: port ${port} is already in use on 127.0.0.1: choose another with --port, or --port 0 for a free one`);
      expect(await leftovers(lib)).toEqual([]);
      // The library is free: the command line opens it for writing at once.
      expect(spawnSync(process.execPath, [BIN, '--library', lib, 'init'], { encoding: 'utf8' }).status).toBe(0);
    } finally {
      busy.close();
    }
  });

  const isRoot = process.getuid?.() === 0;
  it(isRoot ? 'on a full disk: a clear message, no lock, no temp file' : 'in a folder it may not write: a clear message, no lock, no temp file', async () => {
    const dir = await tempDir('mk-full-');
    const mnt = path.join(dir, 'mnt');
    await mkdir(mnt);
    if (isRoot) {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt]);
      await writeFile(path.join(mnt, 'fill'), Buffer.alloc(256 * 1024)).catch(() => undefined);
    } else await chmod(mnt, 0o555);
    try {
      const lib = mnt;
      const r = run(BIN, ['--library', lib, 'init']);
      expect(r.status).toBe(1);
      expect(r.stderr.trim()).toBe(`error: Could not open the library ${lib}: ${isRoot ? 'the disk is full' : 'permission was denied'}. Nothing you saved was changed; fix this and open it again.`);
      expect(await leftovers(lib)).toEqual([]);
    } finally {
      if (isRoot) execFileSync('umount', ['-l', mnt]);
      else await chmod(mnt, 0o755);
    }
  });
});
