import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir.js';
import { mediakit } from '../../helpers/cli.js';
import { startWeb, stopWebHosts } from '../../helpers/web-host.js';

afterEach(stopWebHosts);

describe('npm run web (the built web host as a process)', () => {
  it('prints its URL first, serves the API, and keeps the CLI from writing the same library', async () => {
    const dir = await tempDir();
    const { url } = await startWeb(dir);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=/);
    const token = new URL(url).searchParams.get('token');
    const res = await fetch(new URL('/api/organizations.create', url), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ data: { name: 'Réseau Santé Laurentides' } }),
    });
    expect(res.status).toBe(200);

    const write = await mediakit(['--library', dir, 'api', 'organizations.create', '{"data":{"name":"Second writer"}}']);
    expect(write.code).toBe(1);
    expect(write.stderr).toMatch(/^error: The library .* is already open in the web host/);
    // Reading is still allowed, and sees what the web host saved.
    const list = await mediakit(['--library', dir, 'list', 'organizations']);
    expect(list.json<{ name: string }[]>().map((o) => o.name)).toEqual(['Réseau Santé Laurentides']);
  });
});
