import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY, MIME_TYPES } from '../host/content-policy.js';

/** The renderer is served from app://mediakit rather than file://, so it has a real origin and our CSP headers. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://mediakit';

/** Must run before `app.ready`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string): void {
  const root = path.resolve(rendererDir);
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'mediakit') return new Response('Not found', { status: 404 });
    const rel = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
    const target = path.resolve(root, rel);
    if (!target.startsWith(root + path.sep)) return new Response('Not found', { status: 404 });
    const file = await readFile(target).catch(() => readFile(path.join(root, 'index.html')));
    const type = MIME_TYPES[path.extname(target).toLowerCase()] ?? 'text/html; charset=utf-8';
    return new Response(new Uint8Array(file), {
      headers: { 'content-type': type, 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' },
    });
  });
}
