import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module of the launcher, without types
import { quietBuild } from '../../../scripts/supervise.mjs';

/** `npm ci && npm start` as a new user sees them (#16 "Start"). */

const root = path.resolve(import.meta.dirname, '../../..');

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (d: Buffer) => chunks.push(d));
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

type QuietBuild = (steps: [string, string[]][], options: { stderr: NodeJS.WritableStream }) => Promise<boolean>;
const build = quietBuild as QuietBuild;

describe('npm start builds quietly', () => {
  it('prints nothing of a build that succeeds', async () => {
    const out = sink();
    const noisy = "for (let i = 0; i < 600; i++) console.log('dist/renderer/assets/font-' + i + '.woff2  12.3 kB'); console.error('a warning');";
    expect(await build([[process.execPath, ['-e', noisy]], [process.execPath, ['-e', '0']]], { stderr: out.stream })).toBe(true);
    expect(out.text()).toBe('');
  });

  it('prints all of the output of a step that fails, and stops there', async () => {
    const out = sink();
    const failing = "console.log('transforming...'); console.error('src/main.tsx: Unexpected token'); process.exit(3);";
    const ok = await build([[process.execPath, ['-e', failing]], [process.execPath, ['-e', "console.log('never run')"]]], { stderr: out.stream });
    expect(ok).toBe(false);
    expect(out.text()).toContain('transforming...');
    expect(out.text()).toContain('src/main.tsx: Unexpected token');
    expect(out.text()).toMatch(/error: the build failed .* exited with 3/);
    expect(out.text()).not.toContain('never run');
  });
});

describe('npm ci on the Node version the README states', () => {
  it('installs no package whose engines refuse that version (no EBADENGINE warning)', async () => {
    const pkg = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
    const minimum = semver.minVersion(pkg.engines.node)!.version;
    const readme = await readFile(path.join(root, 'README.md'), 'utf8');
    expect(readme).toContain(`Node.js ${minimum.replace(/\.0$/, '')} or newer`);
    const lock = JSON.parse(await readFile(path.join(root, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: unknown }> };
    const refusing = Object.entries(lock.packages)
      .map(([where, p]) => [where, p.engines && typeof p.engines === 'object' && !Array.isArray(p.engines) ? (p.engines as { node?: string }).node : undefined] as const)
      .filter(([, range]) => typeof range === 'string' && !semver.satisfies(minimum, range))
      .map(([where, range]) => `${where} wants node ${range}`);
    expect(refusing).toEqual([]);
  });
});
