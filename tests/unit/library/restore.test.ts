import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { mediakit } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { startWeb, stopWebHosts } from '../../helpers/web-host.js';

afterEach(stopWebHosts);

async function api(url: string, method: string, input: unknown): Promise<{ status: number; body: { result?: unknown; error?: { code: string; message: string } } }> {
  const token = new URL(url).searchParams.get('token') ?? new URLSearchParams(new URL(url).hash.slice(1)).get('token');
  const res = await fetch(new URL(`/api/${method}`, url), { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(input) });
  return { status: res.status, body: (await res.json()) as { result?: unknown; error?: { code: string; message: string } } };
}

async function orgNames(dir: string): Promise<string[]> {
  return (JSON.parse(await readFile(path.join(dir, 'library.json'), 'utf8')) as { organizations: { name: string }[] }).organizations.map((o) => o.name);
}

/** A library with three saves, so three good backups: after the 1st, 2nd and 3rd organization. */
async function withThreeSaves(): Promise<{ dir: string; backups: string[] }> {
  const dir = await tempDir('mediakit-restore-');
  for (const name of ['Première', 'Deuxième', 'Troisième']) {
    const r = await mediakit(['--library', dir, 'api', 'organizations.create', JSON.stringify({ data: { name } })]);
    expect(r.code, r.stderr).toBe(0);
  }
  const backups = (await readdir(path.join(dir, 'backups'))).filter((n) => /^library-.*\.json$/.test(n)).sort();
  return { dir, backups };
}

describe('restoring a backup', () => {
  it('refuses a damaged backup, leaves library.json as it was, and never offers it as a good one', async () => {
    const { dir, backups } = await withThreeSaves();
    const newest = backups.at(-1)!;
    await writeFile(path.join(dir, 'backups', newest), '{"schemaVersion": 1, "organizations": [{"name": ');
    const before = await readFile(path.join(dir, 'library.json'));

    const restore = await mediakit(['--library', dir, 'restore', newest]);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(new RegExp(`backups/${newest} cannot be restored: it is not valid JSON .*Nothing was changed`));
    expect((await readFile(path.join(dir, 'library.json'))).equals(before)).toBe(true);

    const good = (await mediakit(['--library', dir, 'backups'])).json<{ name: string }[]>().map((b) => b.name);
    expect(good).not.toContain(newest);
    expect(good).toHaveLength(backups.length - 1);
    const all = (await mediakit(['--library', dir, 'backups', '--all'])).json<{ name: string; good: boolean; problem?: { en: string } }[]>();
    expect(all.find((b) => b.name === newest)).toMatchObject({ good: false, problem: { en: expect.stringMatching(/not valid JSON/) } });

    // A damaged library.json names the newest backup that opens, not the damaged one.
    await writeFile(path.join(dir, 'library.json'), 'garbage');
    const open = await mediakit(['--library', dir, 'info']);
    expect(open.code).toBe(1);
    expect(open.stderr).toContain(`The newest good backup is backups/${good[0]}`);
    expect(open.stderr).not.toContain(newest);
    // And that one restores.
    expect((await mediakit(['--library', dir, 'restore', good[0]!])).code).toBe(0);
    expect((await mediakit(['--library', dir, 'info'])).code).toBe(0);
  });

  it('is refused from the command line while the app has the library open, and done by the running app itself', async () => {
    const { dir, backups } = await withThreeSaves();
    const { url } = await startWeb(dir);
    // The backup saved right after the first organization.
    const counts = await Promise.all(backups.map(async (b) => (JSON.parse(await readFile(path.join(dir, 'backups', b), 'utf8')) as { organizations: unknown[] }).organizations.length));
    const first = backups[counts.indexOf(1)]!;
    const cli = await mediakit(['--library', dir, 'restore', first]);
    expect(cli.code).toBe(1);
    expect(cli.stderr).toMatch(/already open in the web host/);
    expect(await orgNames(dir)).toEqual(['Première', 'Deuxième', 'Troisième']);

    const listed = await api(url, 'library.backups', {});
    expect((listed.body.result as { name: string; good: boolean }[]).every((b) => b.good)).toBe(true);
    const restored = await api(url, 'library.restore', { name: first });
    expect(restored.status, JSON.stringify(restored.body)).toBe(200);
    expect(await orgNames(dir)).toEqual(['Première']);
    // The running host works on the restored state: its next save keeps it, and does not bring back the old one.
    await api(url, 'organizations.create', { data: { name: 'Après la restauration' } });
    expect(await orgNames(dir)).toEqual(['Première', 'Après la restauration']);
    const kept = (restored.body.result as { keptAside: string }).keptAside;
    expect((JSON.parse(await readFile(kept, 'utf8')) as { organizations: unknown[] }).organizations).toHaveLength(3);
  });
});
