import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mediakit } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { startWeb, stopWebHosts } from '../../helpers/web-host.js';

afterEach(stopWebHosts);

/** A library with one release, exported to Markdown by the CLI as an officer would. */
async function withRelease(): Promise<{ lib: string; id: string }> {
  const lib = await tempDir('mediakit-out-lib-');
  const r = await mediakit(['--library', lib, 'api', 'releases.create', JSON.stringify({ data: { lang: 'fr-CA', headline: 'Rapport annuel 2026' } })]);
  expect(r.code, r.stderr).toBe(0);
  return { lib, id: r.json<{ id: string }>().id };
}

async function exportMd(lib: string, id: string, out: string, ...extra: string[]) {
  const r = await mediakit(['--library', lib, 'export', 'release', id, '--format', 'md', '--out', out, ...extra]);
  expect(r.code, r.stderr).toBe(0);
  return r.json<{ files: { path: string }[] }>().files.map((f) => path.basename(f.path));
}

describe('exports never replace what they did not write, never follow a link (#21.4)', () => {
  it('keep the officer’s own file of the same name and an earlier export, choosing a free name; --overwrite replaces', async () => {
    const { lib, id } = await withRelease();
    const out = await tempDir('mediakit-out-');
    const [first] = await exportMd(lib, id, out);
    expect(first).toBe('rapport-annuel-2026_fr-CA.md');
    const mine = path.join(out, first!);
    await writeFile(mine, 'Mes notes de réunion, à ne pas perdre.');
    expect(await exportMd(lib, id, out)).toEqual(['rapport-annuel-2026_fr-CA (2).md']);
    expect(await exportMd(lib, id, out)).toEqual(['rapport-annuel-2026_fr-CA (3).md']);
    expect(await readFile(mine, 'utf8')).toBe('Mes notes de réunion, à ne pas perdre.');
    expect(await exportMd(lib, id, out, '--overwrite')).toEqual([first]);
    expect(await readFile(mine, 'utf8')).toMatch(/Rapport annuel 2026/);
    // No temporary file left behind.
    expect((await readdir(out)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('write beside a link planted at the output name, never through it, even with --overwrite', async () => {
    const { lib, id } = await withRelease();
    const out = await tempDir('mediakit-out-');
    const victim = path.join(await tempDir('mediakit-victim-'), 'bashrc');
    await writeFile(victim, 'export PATH=/usr/bin');
    await symlink(victim, path.join(out, 'rapport-annuel-2026_fr-CA.md'));
    await symlink(path.join(out, 'nowhere'), path.join(out, 'rapport-annuel-2026_fr-CA (2).md'));
    expect(await exportMd(lib, id, out)).toEqual(['rapport-annuel-2026_fr-CA (3).md']);
    expect(await exportMd(lib, id, out, '--overwrite')).toEqual(['rapport-annuel-2026_fr-CA (4).md']);
    expect(await readFile(victim, 'utf8')).toBe('export PATH=/usr/bin');
    await expect(readFile(path.join(out, 'nowhere'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('the web host’s downloads', () => {
  it('serve only regular files whose real path is inside exports/ (no planted link, no linked folder)', async () => {
    const { lib } = await withRelease();
    const outside = await tempDir('mediakit-outside-');
    await writeFile(path.join(outside, 'secret.txt'), 'not for the browser');
    await mkdir(path.join(lib, 'exports', 'kit'), { recursive: true });
    await writeFile(path.join(lib, 'exports', 'kit', 'real.md'), '# fine');
    await symlink(path.join(outside, 'secret.txt'), path.join(lib, 'exports', 'kit', 'link.md'));
    await symlink('/etc', path.join(lib, 'exports', 'etc'));
    await symlink(outside, path.join(lib, 'exports', 'linked'));
    const { url } = await startWeb(lib);
    const token = new URLSearchParams(new URL(url).hash.slice(1)).get('token');
    const get = (p: string) => fetch(new URL(p, url), { headers: { authorization: `Bearer ${token}` } });
    const ok = await get('/download/kit/real.md');
    expect(ok.status).toBe(200);
    expect(await ok.text()).toBe('# fine');
    for (const p of ['/download/kit/link.md', '/download/etc/passwd', '/download/etc/hostname', '/download/linked/secret.txt']) {
      const r = await get(p);
      expect(r.status, p).toBe(404);
      expect(await r.text()).not.toMatch(/root:|not for the browser/);
    }
  });
});
