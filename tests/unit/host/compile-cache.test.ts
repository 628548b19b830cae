import { spawnSync } from 'node:child_process';
import { chmod, mkdir, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir.js';

/** bin/compile-cache.cjs: V8's compiled code kept between runs of the CLI (Node 20 has no compile cache). */

const root = path.resolve(import.meta.dirname, '../../..');
const installer = path.join(root, 'bin/compile-cache.cjs');

function header(bytes: Buffer): { variants: string[]; entries: Array<[string, string, number, number]> } {
  const length = bytes.readUInt32LE(0);
  return JSON.parse(bytes.subarray(4, 4 + length).toString('utf8')) as never;
}

async function project(): Promise<{ dir: string; run: (variant: string) => string }> {
  const dir = await tempDir('mediakit-compile-cache-');
  await writeFile(path.join(dir, 'a.cjs'), "const b = require('./b.cjs');\nmodule.exports = () => 'a+' + b();\n");
  await writeFile(path.join(dir, 'b.cjs'), "module.exports = () => 'one';\n");
  const main = `require(${JSON.stringify(installer)}).install({ root: ${JSON.stringify(dir)}, cacheFile: ${JSON.stringify(path.join(dir, 'cache/cli.bin'))}, variant: process.argv[1] });
process.stdout.write(require(${JSON.stringify(path.join(dir, 'a.cjs'))})());`;
  const run = (variant: string) => {
    const r = spawnSync(process.execPath, ['-e', main, variant], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return r.stdout;
  };
  return { dir, run };
}

describe('the CLI compile cache', () => {
  it('stores the code of every file it loaded, and only rewrites the cache for something new', async () => {
    const { dir, run } = await project();
    const cache = path.join(dir, 'cache/cli.bin');
    expect(run('list')).toBe('a+one');
    const first = header(await readFile(cache));
    expect(first.variants).toEqual(['list']);
    expect(first.entries.map((e) => path.basename(e[0])).sort()).toEqual(['a.cjs', 'b.cjs']);
    const written = (await stat(cache)).mtimeMs;

    expect(run('list')).toBe('a+one');
    expect((await stat(cache)).mtimeMs).toBe(written);
    expect(run('export release')).toBe('a+one');
    expect(header(await readFile(cache)).variants).toEqual(['list', 'export release']);
  });

  it('caches only the files under its folder (the built bundle): a package with import() is left to Node', async () => {
    // V8 restores cached code without its dynamic-import callback: such code must not come from the cache.
    const dir = await tempDir('mediakit-compile-cache-root-');
    await mkdir(path.join(dir, 'dist'));
    await mkdir(path.join(dir, 'node_modules'));
    await writeFile(path.join(dir, 'node_modules/pkg.cjs'), "module.exports = () => import('node:os').then((os) => typeof os.cpus);\n");
    await writeFile(path.join(dir, 'dist/cli.cjs'), "const pkg = require('../node_modules/pkg.cjs');\nmodule.exports = () => pkg();\n");
    const main = `require(${JSON.stringify(installer)}).install({ root: ${JSON.stringify(path.join(dir, 'dist'))}, cacheFile: ${JSON.stringify(path.join(dir, 'cache/cli.bin'))}, variant: 'x' });
require(${JSON.stringify(path.join(dir, 'dist/cli.cjs'))})().then((v) => process.stdout.write(v));`;
    for (let i = 0; i < 2; i++) {
      const r = spawnSync(process.execPath, ['-e', main], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe('function');
    }
    expect(header(await readFile(path.join(dir, 'cache/cli.bin'))).entries.map((e) => path.relative(dir, e[0]))).toEqual([path.join('dist', 'cli.cjs')]);
  });

  it('never runs stale code: a changed file of the same length is compiled again', async () => {
    const { dir, run } = await project();
    expect(run('list')).toBe('a+one');
    // Same length, so V8's own check (the source length) would accept the old code.
    await writeFile(path.join(dir, 'b.cjs'), "module.exports = () => 'two';\n");
    const later = new Date(Date.now() + 5_000);
    await utimes(path.join(dir, 'b.cjs'), later, later);
    expect(run('list')).toBe('a+two');
  });

  it('survives a damaged cache file', async () => {
    const { dir, run } = await project();
    expect(run('list')).toBe('a+one');
    await writeFile(path.join(dir, 'cache/cli.bin'), Buffer.from([0xff, 0xff, 0xff, 0x7f, 1, 2, 3]));
    expect(run('list')).toBe('a+one');
    expect(header(await readFile(path.join(dir, 'cache/cli.bin'))).variants).toEqual(['list']);
  });

  it.runIf(typeof process.getuid === 'function')('ignores a cache folder others can write to: its code would run as ours', async () => {
    const { dir, run } = await project();
    expect(run('list')).toBe('a+one');
    const cache = path.join(dir, 'cache/cli.bin');
    const before = await readFile(cache);
    await chmod(path.join(dir, 'cache'), 0o777);
    // Neither read (a planted file would not run) nor written (a new variant adds nothing).
    expect(run('export kit')).toBe('a+one');
    expect((await readFile(cache)).equals(before)).toBe(true);
  });

  it('is what the mediakit command uses: the same answer with and without it', async () => {
    const dir = await tempDir('mediakit-compile-cache-cli-');
    const cacheFile = path.join(dir, 'cli.bin');
    const cli = (env: NodeJS.ProcessEnv) => spawnSync(process.execPath, [path.join(root, 'bin/mediakit.js'), '--library', dir, 'info'], { encoding: 'utf8', env: { ...process.env, ...env } });
    const plain = cli({ MEDIAKIT_NO_COMPILE_CACHE: '1' });
    const cold = cli({ MEDIAKIT_COMPILE_CACHE: cacheFile });
    const warm = cli({ MEDIAKIT_COMPILE_CACHE: cacheFile });
    for (const r of [plain, cold, warm]) expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(warm.stdout)).toEqual(JSON.parse(plain.stdout));
    expect(header(await readFile(cacheFile)).entries.map((e) => e[0])).toContain(path.join(root, 'dist/electron/cli.cjs'));
  });
});
