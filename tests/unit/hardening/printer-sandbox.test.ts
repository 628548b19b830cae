import { spawnSync } from 'node:child_process';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sandboxArgs } from '../../../electron/host/chromium-sandbox.js';
import { findChromium } from '../../../electron/host/chromium.js';
import { tempDir } from '../../helpers/temp-dir.js';

/**
 * Issue #21.10: the printer ran Chromium with --no-sandbox always. The sandbox is on unless the
 * process runs as root (where Chromium cannot start it). Checked on the real command: Chromium is
 * reached through a wrapper that records the arguments it was given, then prints for real.
 */
const ROOT = path.resolve(__dirname, '../../..');
const BIN = path.join(ROOT, 'bin/mediakit.js');
const RELEASE = path.join(ROOT, 'tests/fixtures/import/release-en-us.txt');

/** Exports one release to PDF as `user` (or as ourselves), Chromium's arguments written to a file. */
async function printAs(user: string | null): Promise<{ code: number | null; stderr: string; args: string[]; pdf: Buffer | null }> {
  const dir = await tempDir('mk-sandbox-');
  await chmod(dir, 0o777);
  const chromium = findChromium(process.env, { printing: true });
  const argsFile = path.join(dir, 'chromium-args.txt');
  const wrapper = path.join(dir, 'chromium-wrapper.sh');
  await writeFile(wrapper, `#!/bin/sh\nprintf '%s\\n' "$@" > '${argsFile}'\nexec '${chromium}' "$@"\n`, { mode: 0o755 });
  const lib = path.join(dir, 'lib');
  const out = path.join(dir, 'out');
  const env = { ...process.env, HOME: dir, TMPDIR: dir, MEDIAKIT_CHROMIUM: wrapper, MEDIAKIT_NO_COMPILE_CACHE: '1' };
  const run = (args: string[]) =>
    user
      ? spawnSync('runuser', ['-u', user, '--', 'env', ...Object.entries({ HOME: dir, TMPDIR: dir, MEDIAKIT_CHROMIUM: wrapper, MEDIAKIT_NO_COMPILE_CACHE: '1' }).map(([k, v]) => `${k}=${v}`), process.execPath, BIN, ...args], { encoding: 'utf8', timeout: 120_000 })
      : spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  const imported = run(['--library', lib, 'import', 'release', RELEASE]);
  expect(imported.status, imported.stderr).toBe(0);
  const id = (JSON.parse(imported.stdout) as { release?: { id: string }; id?: string }).release?.id ?? (JSON.parse(imported.stdout) as { id: string }).id;
  const exported = run(['--library', lib, 'export', 'release', id, '--format', 'pdf', '--out', out]);
  const files = exported.status === 0 ? (JSON.parse(exported.stdout) as { files: Array<{ path: string }> }).files : [];
  return {
    code: exported.status,
    stderr: exported.stderr,
    args: (await readFile(argsFile, 'utf8').catch(() => '')).split('\n').filter(Boolean),
    pdf: files[0] ? await readFile(files[0].path) : null,
  };
}

describe('the printer keeps Chromium’s sandbox', () => {
  it('turns it off only for root', () => {
    expect(sandboxArgs(0)).toEqual(['--no-sandbox']);
    expect(sandboxArgs(1000)).toEqual([]);
  });

  it('prints a release with the sandbox on as an ordinary user, and without it only as root', async () => {
    const asRoot = process.getuid?.() === 0;
    // As root, the same command is run as the unprivileged `nobody` when that user can reach the
    // app (a clone under a private folder is out of its reach); otherwise as ourselves.
    const nobodyCanRun = asRoot && spawnSync('runuser', ['-u', 'nobody', '--', 'test', '-r', BIN]).status === 0;
    if (!asRoot || nobodyCanRun) {
      const r = await printAs(nobodyCanRun ? 'nobody' : null);
      expect(r.code, r.stderr).toBe(0);
      expect(r.args).toContain('--headless');
      expect(r.args).not.toContain('--no-sandbox');
      expect(r.pdf?.subarray(0, 5).toString()).toBe('%PDF-');
    } else console.info('printer-sandbox: `nobody` cannot read this clone; only the root case is checked here');
    if (asRoot) {
      const r = await printAs(null);
      expect(r.code, r.stderr).toBe(0);
      expect(r.args).toContain('--no-sandbox');
      expect(r.pdf?.subarray(0, 5).toString()).toBe('%PDF-');
    }
  }, 240_000);
});
