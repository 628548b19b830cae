import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../electron/model/library-document.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { mediakit } from '../../helpers/cli.js';

describe('the mediakit command', () => {
  it('inits idempotently and reports info as JSON', async () => {
    const dir = await tempDir();
    const first = await mediakit(['--library', dir, 'init']);
    expect(first.code).toBe(0);
    const again = await mediakit(['--library', dir, 'init']);
    expect(again.code).toBe(0);
    const info = (await mediakit(['--library', dir, 'info'])).json<{ path: string; schemaVersion: number; counts: Record<string, number> }>();
    expect(info.path).toBe(dir);
    expect(info.schemaVersion).toBe(SCHEMA_VERSION);
    expect(info.counts).toEqual({ organizations: 0, releases: 0, logos: 0, contacts: 0, sheets: 0, kits: 0 });
  });

  it('takes the library from MEDIAKIT_LIBRARY when --library is absent', async () => {
    const dir = await tempDir();
    const r = await mediakit(['init'], { MEDIAKIT_LIBRARY: dir });
    expect(r.json<{ path: string }>().path).toBe(dir);
  });

  it('calls any method with `api`, lists entities, and prints the methods with JSON Schemas', async () => {
    const dir = await tempDir();
    const created = await mediakit(['--library', dir, 'api', 'contacts.create', JSON.stringify({ data: { name: 'Kenji Watanabe', emails: ['k.watanabe@kansai-med.example'], lang: 'ja' } })]);
    expect(created.code).toBe(0);
    const contact = created.json<{ id: string; name: string }>();
    const list = (await mediakit(['--library', dir, 'list', 'contacts'])).json<{ id: string }[]>();
    expect(list.map((c) => c.id)).toEqual([contact.id]);

    const methods = (await mediakit(['--library', dir, 'api', '--list'])).json<{ method: string; input: { type?: string } }[]>();
    const create = methods.find((m) => m.method === 'releases.create');
    expect(create?.input.type).toBe('object');
    expect(JSON.stringify(create?.input)).toContain('"lang"');
  });

  it('exits 1 with one error line on a failure, and 2 on a usage error', async () => {
    const dir = await tempDir();
    await mediakit(['--library', dir, 'init']);
    const before = await readFile(path.join(dir, 'library.json'));
    const missing = await mediakit(['--library', dir, 'api', 'releases.get', '{"id":"rel_ABCDEFGHIJKLMN"}']);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim().split('\n')).toEqual(['error: No release with id rel_ABCDEFGHIJKLMN.']);
    expect(missing.stdout).toBe('');

    const invalid = await mediakit(['--library', dir, 'api', 'releases.create', '{"data":{"lang":"xx"}}']);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/^error: Invalid input for releases.create: data.lang/);
    expect((await readFile(path.join(dir, 'library.json'))).equals(before)).toBe(true);

    expect((await mediakit(['--library', dir, 'frobnicate'])).code).toBe(2);
    expect((await mediakit(['--library', dir, 'list', 'cats'])).code).toBe(2);
    expect((await mediakit(['--library', dir, 'api', 'nope.nope'])).code).toBe(2);
    expect((await mediakit(['--library', dir, 'api', 'library.info', '{not json'])).code).toBe(2);
    expect((await mediakit(['--help'])).code).toBe(0);
  });

  it('lists backups and restores one, keeping the damaged file aside', async () => {
    const dir = await tempDir();
    await mediakit(['--library', dir, 'api', 'organizations.create', '{"data":{"name":"Cité de la santé"}}']);
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(dir, 'library.json'), '{"schemaVersion": 1, "organizations": [');
    const broken = await mediakit(['--library', dir, 'info']);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/cannot be opened: it is not valid JSON.*newest good backup is backups\/library-/);
    const backups = (await mediakit(['--library', dir, 'backups'])).json<{ name: string }[]>();
    const restored = await mediakit(['--library', dir, 'restore', backups[0]!.name]);
    expect(restored.code).toBe(0);
    expect(restored.json<{ keptAside: string }>().keptAside).toMatch(/library\.replaced-/);
    const orgs = (await mediakit(['--library', dir, 'list', 'organizations'])).json<{ name: string }[]>();
    expect(orgs.map((o) => o.name)).toEqual(['Cité de la santé']);
  });

  it('moves to the trash and restores from the command line', async () => {
    const dir = await tempDir();
    const k = (await mediakit(['--library', dir, 'api', 'kits.create', '{"data":{"name":"Salon 2026","lang":"fr-CA"}}'])).json<{ id: string }>();
    await mediakit(['--library', dir, 'api', 'kits.delete', JSON.stringify({ id: k.id })]);
    expect((await mediakit(['--library', dir, 'trash', 'list'])).json<{ id: string }[]>().map((t) => t.id)).toEqual([k.id]);
    expect((await mediakit(['--library', dir, 'trash', 'restore', 'kits', k.id])).code).toBe(0);
    expect((await mediakit(['--library', dir, 'list', 'kits'])).json<unknown[]>()).toHaveLength(1);
  });
});
