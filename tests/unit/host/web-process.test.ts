import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir.js';
import { mediakit } from '../../helpers/cli.js';

const WEB = path.resolve(__dirname, '../../../dist/electron/web.js');
const children: ChildProcess[] = [];
afterEach(() => {
  for (const c of children.splice(0)) c.kill('SIGTERM');
});

function startWeb(library: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WEB, '--library', library, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve({ url: line, child });
    });
    child.on('exit', (code) => reject(new Error(`web host exited with ${code}`)));
  });
}

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
