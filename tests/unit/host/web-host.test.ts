import { request as httpRequest } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/library/library.js';
import { startWebHost, type WebHost } from '../../../electron/host/web.js';
import { tempDir } from '../../helpers/temp-dir.js';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Raw HTTP, so that tests can send the Host and Origin headers a browser would not let them forge. */
function raw(port: number, method: string, urlPath: string, headers: Record<string, string> = {}, body?: string | Buffer): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path: urlPath, headers: { host: `127.0.0.1:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

describe('the web host', () => {
  let library: Library;
  let host: WebHost;
  let renderer: string;

  beforeEach(async () => {
    library = await Library.open(await tempDir());
    renderer = await tempDir();
    await writeFile(path.join(renderer, 'index.html'), '<!doctype html><title>Media Kit Manager</title>');
    await mkdir(path.join(renderer, 'assets'));
    await writeFile(path.join(renderer, 'assets', 'app.js'), 'console.log(1)');
    host = await startWebHost({ library, rendererDir: renderer, port: 0, maxBodyBytes: 64 * 1024 });
  });
  afterEach(async () => {
    await host.close();
    await library.close();
  });

  const auth = () => ({ authorization: `Bearer ${host.token}` });
  const api = (method: string, input: unknown, headers: Record<string, string> = auth()) =>
    raw(host.port, 'POST', `/api/${method}`, { 'content-type': 'application/json', ...headers }, JSON.stringify(input));

  it('prints a loopback URL with the token in its fragment; the token authorizes calls as a Bearer header, never through a cookie', async () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{20,}$/);
    expect(new URLSearchParams(new URL(host.url).hash.slice(1)).get('token')).toBe(host.token);
    // The page loads without the token (a fragment never reaches the server) and sets no cookie.
    const page = await raw(host.port, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('Media Kit Manager');
    expect(page.headers['set-cookie']).toBeUndefined();
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const info = await api('library.info', {});
    expect(info.status).toBe(200);
    expect(info.headers['set-cookie']).toBeUndefined();
    expect(JSON.parse(info.body).result.path).toBe(library.dir);
    // A cookie of the old kind authorizes nothing.
    expect((await api('library.info', {}, { cookie: `mediakit_session=${host.token}` })).status).toBe(401);
    // Nor does the token in the query string.
    expect((await raw(host.port, 'POST', `/api/library.info?token=${host.token}`, { 'content-type': 'application/json' }, '{}')).status).toBe(401);
  });

  it('refuses API calls and downloads without the token (401), with a wrong token, or from a foreign Host or Origin (403)', async () => {
    const noToken = await api('library.info', {}, {});
    expect(noToken.status).toBe(401);
    expect(JSON.parse(noToken.body).error.code).toBe('UNAUTHORIZED');
    expect((await api('library.info', {}, { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await raw(host.port, 'GET', '/download/x/y.pdf')).status).toBe(401);
    // DNS rebinding: the right token is not enough under a foreign Host.
    expect((await api('library.info', {}, { ...auth(), host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await api('library.info', {}, { ...auth(), origin: 'http://evil.example' })).status).toBe(403);
    expect((await raw(host.port, 'GET', '/', { host: `evil.example:${host.port}` })).status).toBe(403);
    expect((await api('library.info', {}, { ...auth(), origin: `http://127.0.0.1:${host.port}` })).status).toBe(200);
  });

  it('answers 400 to a malformed percent-encoding and 403 to an Origin that is not exactly this server’s (#17.2, #17.3)', async () => {
    for (const p of ['/%E0%A4%A', '/assets/%E0%A4%A.js', '/%', '/download/%E0%A4%A/x.pdf']) {
      const r = await raw(host.port, 'GET', p, auth());
      expect([400, 404], p).toContain(r.status);
      expect(r.body, p).not.toMatch(/URIError|stack|at /);
    }
    expect((await raw(host.port, 'GET', '/%E0%A4%A')).status).toBe(400);
    for (const origin of [`127.0.0.1:${host.port}`, `localhost:${host.port}`, `https://127.0.0.1:${host.port}`, `http://127.0.0.1:${host.port}/`, `http://127.0.0.1:${host.port}.evil.example`, 'null']) {
      expect((await api('library.info', {}, { ...auth(), origin })).status, origin).toBe(403);
    }
    expect((await api('library.info', {}, { ...auth(), origin: `http://localhost:${host.port}` })).status).toBe(200);
  });

  it('sends no CORS headers, caps bodies, and wants JSON', async () => {
    const ok = await api('library.info', {}, { ...auth(), origin: `http://127.0.0.1:${host.port}` });
    expect(ok.headers['access-control-allow-origin']).toBeUndefined();
    const big = await api('organizations.create', { data: { name: 'x'.repeat(100 * 1024) } });
    expect(big.status).toBe(413);
    expect(library.doc.organizations).toHaveLength(0);
    const form = await raw(host.port, 'POST', '/api/library.info', { ...auth(), 'content-type': 'text/plain' }, '{}');
    expect(form.status).toBe(415);
    expect((await raw(host.port, 'GET', '/api/library.info', auth())).status).toBe(405);
  });

  it('maps error codes to HTTP statuses and answers in the language asked', async () => {
    const missing = await api('releases.get', { id: 'rel_ABCDEFGHIJKLMN' }, { ...auth(), 'accept-language': 'fr-CA,fr;q=0.9' });
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body).error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/Aucun/) });
    const invalid = await api('releases.create', { data: { lang: 'klingon' } });
    expect(invalid.status).toBe(400);
    expect(JSON.parse(invalid.body).error.code).toBe('INVALID_INPUT');
  });

  it('serves only files inside the renderer and the exports folder', async () => {
    expect((await raw(host.port, 'GET', '/assets/app.js', auth())).body).toBe('console.log(1)');
    await writeFile(path.join(library.dir, 'library.json.secret'), 'secret');
    for (const p of ['/../library.json', '/%2e%2e/library.json', '/assets/%2e%2e%2f%2e%2e%2fetc%2fpasswd', '/download/..%2f..%2f/library.json', '/download/x/..%2flibrary.json']) {
      const r = await raw(host.port, 'GET', p, auth());
      expect(r.body).not.toContain('schemaVersion');
      expect(r.body).not.toContain('root:');
    }
    await mkdir(path.join(library.dir, 'exports', '20261126-kit'), { recursive: true });
    await writeFile(path.join(library.dir, 'exports', '20261126-kit', 'kit_fr-CA.pdf'), '%PDF-1.7');
    const dl = await raw(host.port, 'GET', '/download/20261126-kit/kit_fr-CA.pdf', auth());
    expect(dl.status).toBe(200);
    expect(dl.headers['content-disposition']).toMatch(/attachment; filename="kit_fr-CA.pdf"/);
  });
});
