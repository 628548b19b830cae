import { spawnSync } from 'node:child_process';
import { chmod, mkdir, readdir, readFile } from 'node:fs/promises';
import nodeModule from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir.js';

/**
 * The mediakit command keeps V8's compiled code between runs through Node's own compile cache
 * (22.1+) or the v8-compile-cache package (Node 20), never through a patch of Node's module loader
 * of our own.
 */

const root = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(root, 'bin/mediakit.js');

function cli(library: string, env: NodeJS.ProcessEnv) {
  return spawnSync(process.execPath, [bin, '--library', library, 'info'], { encoding: 'utf8', env: { ...process.env, ...env } });
}

async function filesUnder(dir: string): Promise<string[]> {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
}

describe('the CLI compile cache', () => {
  it('patches no part of Node’s module loader itself', async () => {
    for (const name of await readdir(path.join(root, 'bin'))) {
      const text = await readFile(path.join(root, 'bin', name), 'utf8');
      expect(text, name).not.toMatch(/Module\.prototype\._compile|\._compile\s*=/);
    }
    const source = await readFile(bin, 'utf8');
    expect(source).toContain(typeof (nodeModule as { enableCompileCache?: unknown }).enableCompileCache === 'function' ? 'enableCompileCache' : "require('v8-compile-cache')");
  });

  it('keeps the compiled code in its folder, and a command answers the same with and without it', async () => {
    const library = await tempDir('mediakit-compile-cache-lib-');
    const cache = path.join(await tempDir('mediakit-compile-cache-'), 'cache');
    const plain = cli(library, { MEDIAKIT_NO_COMPILE_CACHE: '1' });
    const cold = cli(library, { MEDIAKIT_COMPILE_CACHE: cache });
    const written = await filesUnder(cache);
    const warm = cli(library, { MEDIAKIT_COMPILE_CACHE: cache });
    for (const r of [plain, cold, warm]) expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(warm.stdout)).toEqual(JSON.parse(plain.stdout));
    expect(written.length).toBeGreaterThan(0);
  });

  it.runIf(typeof process.getuid === 'function')('ignores a cache folder others can write to: its code would run as ours', async () => {
    const library = await tempDir('mediakit-compile-cache-lib-');
    const cache = path.join(await tempDir('mediakit-compile-cache-open-'), 'cache');
    await mkdir(cache);
    await chmod(cache, 0o777);
    const r = cli(library, { MEDIAKIT_COMPILE_CACHE: cache });
    expect(r.status, r.stderr).toBe(0);
    expect(await filesUnder(cache)).toEqual([]);
  });

  it('is off with MEDIAKIT_NO_COMPILE_CACHE', async () => {
    const library = await tempDir('mediakit-compile-cache-lib-');
    const cache = path.join(await tempDir('mediakit-compile-cache-off-'), 'cache');
    const r = cli(library, { MEDIAKIT_NO_COMPILE_CACHE: '1', MEDIAKIT_COMPILE_CACHE: cache });
    expect(r.status, r.stderr).toBe(0);
    await expect(readdir(cache)).rejects.toThrow();
  });
});
