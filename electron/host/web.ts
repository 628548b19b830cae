import { randomBytes, timingSafeEqual } from 'node:crypto';
import { lstat, readFile, realpath, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { serve, type ServerType } from '@hono/node-server';
import { dispatch } from '../api/dispatch.js';
import { AppError, type ErrorCode } from '../model/errors.js';
import type { Library } from '../library/library.js';
import { createContext, uiLangFrom, type PrinterFactory } from './context.js';
import { CONTENT_SECURITY_POLICY, MIME_TYPES } from './content-policy.js';
import { formatSize } from '../model/sizes.js';

export interface WebHostOptions {
  library: Library;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  printerFactory?: PrinterFactory;
  /** Largest request body; a 25 MB logo is about 34 MB once base64-encoded. */
  maxBodyBytes?: number;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';

const STATUS: Partial<Record<ErrorCode, 400 | 401 | 403 | 404 | 409 | 413 | 422 | 423 | 500 | 503>> = {
  NOT_FOUND: 404,
  INVALID_INPUT: 400,
  UNSUPPORTED_FILE: 422,
  INVALID_FILE: 422,
  FILE_TOO_LARGE: 413,
  TOO_LARGE_FOR_EMAIL: 413,
  LIBRARY_LOCKED: 423,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  PRINTER_UNAVAILABLE: 503,
};


/**
 * The web door: the whole app in any browser, on 127.0.0.1 only. A random token per start keeps
 * other local users, other local servers and web pages away from the library: it travels in the
 * printed URL's fragment (`#token=…`, which a browser never sends to any server), the interface
 * keeps it in sessionStorage and sends it as `Authorization: Bearer` on every API call and
 * download. Never in a cookie: cookies are not separated by port, so every other server on
 * 127.0.0.1 would receive it. `Host` and `Origin` must be this loopback address, which defeats DNS
 * rebinding; no CORS. The interface's own files (the built renderer) are served without the token:
 * they hold no data, and the page must load before it can read its fragment.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = randomBytes(24).toString('base64url');
  const ctx = createContext(options.library, 'web', options.printerFactory);
  const maxBody = options.maxBodyBytes ?? 48 * 1024 * 1024;
  let port = 0;
  const rendererDir = path.resolve(options.rendererDir);
  const exportsDir = path.join(options.library.dir, 'exports');

  const app = new Hono();

  app.use('*', async (c, next) => {
    const allowed = new Set([`${LOOPBACK}:${port}`, `localhost:${port}`]);
    const host = c.req.header('host') ?? '';
    if (!allowed.has(host)) return c.text('Forbidden: this server only answers on its loopback address.', 403);
    // Only the exact origins of this server: a scheme-less or https:// "origin" is not ours.
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== `http://${LOOPBACK}:${port}` && origin !== `http://localhost:${port}`) return c.text('Forbidden: cross-origin request.', 403);
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Cross-Origin-Resource-Policy', 'same-origin');
    c.header('Cache-Control', 'no-store');
  });

  const needsToken = async (c: Context, next: () => Promise<void>) => {
    const presented = c.req.header('authorization')?.match(/^Bearer\s+(.+)$/i)?.[1];
    if (!presented || !same(presented, token)) {
      return c.json({ error: { code: 'UNAUTHORIZED', message: 'Missing or wrong session token: open the address the server printed.' } }, 401);
    }
    await next();
  };
  app.use('/api/*', needsToken);
  app.use('/download/*', needsToken);

  app.post(
    '/api/:method',
    bodyLimit({
      maxSize: maxBody,
      onError: (c) => c.json({ error: { code: 'FILE_TOO_LARGE', message: `The request is larger than ${formatSize(maxBody, 'en')}.` } }, 413),
    }),
    async (c) => {
      if (!/^application\/json\b/i.test(c.req.header('content-type') ?? '')) {
        return c.json({ error: { code: 'INVALID_INPUT', message: 'Send JSON (Content-Type: application/json).' } }, 415);
      }
      let input: unknown;
      try {
        input = await c.req.json();
      } catch {
        return c.json({ error: { code: 'INVALID_INPUT', message: 'The request body is not valid JSON.' } }, 400);
      }
      const reply = await dispatch(c.req.param('method'), input, { ...ctx, uiLang: uiLangFrom(c.req.header('accept-language')) });
      if (reply.ok) return c.json({ result: reply.result ?? null });
      return c.json({ error: reply.error }, STATUS[reply.error.code] ?? 500);
    },
  );

  app.all('/api/*', (c) => c.json({ error: { code: 'NOT_FOUND', message: 'API calls are POST /api/<method>.' } }, 405));

  app.get('/download/:folder/:file', async (c) => {
    const folder = c.req.param('folder');
    const file = c.req.param('file');
    const target = inside(exportsDir, folder, file);
    // Only a regular file whose real path is in the exports folder: not a link planted there (to
    // /etc, to the library), not a file reached through a linked folder.
    const real = target ? await realFileInside(exportsDir, target) : null;
    if (!real) return c.text('Not found', 404);
    return sendFile(c, real, { download: file });
  });

  app.get('*', async (c) => {
    let rel: string;
    try {
      rel = decodeURIComponent(new URL(c.req.url).pathname).replace(/^\/+/, '');
    } catch {
      // A malformed percent-encoding (/%E0%A4%A): the request is wrong, not the server.
      return c.text('Bad request: malformed percent-encoding in the path.', 400);
    }
    const target = (rel && inside(rendererDir, ...rel.split('/'))) || path.join(rendererDir, 'index.html');
    const isFile = await stat(target).then((s) => s.isFile()).catch(() => false);
    return sendFile(c, isFile ? target : path.join(rendererDir, 'index.html'));
  });

  // Anything unexpected: one line on stderr, no stack to the browser.
  app.onError((err, c) => {
    process.stderr.write(`web host: ${c.req.method} ${new URL(c.req.url).pathname}: ${err.message.replace(/[\r\n]+/g, ' ')}\n`);
    return c.req.path.startsWith('/api/') ? c.json({ error: { code: 'INTERNAL', message: 'Unexpected error in the web host.' } }, 500) : c.text('Internal error', 500);
  });

  const wanted = options.port ?? 0;
  const server: ServerType = await new Promise((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: LOOPBACK, port: wanted }, () => resolve(s));
    s.once('error', (err: NodeJS.ErrnoException) => {
      const taken = err.code === 'EADDRINUSE';
      reject(
        new AppError('PORT_UNAVAILABLE', {
          en: taken ? `port ${wanted} is already in use on ${LOOPBACK}: choose another with --port, or --port 0 for a free one` : `cannot listen on ${LOOPBACK}:${wanted} (${err.code ?? err.message})`,
          fr: taken ? `le port ${wanted} est déjà utilisé sur ${LOOPBACK} : choisissez-en un autre avec --port, ou --port 0 pour un port libre` : `impossible d’écouter sur ${LOOPBACK}:${wanted} (${err.code ?? err.message})`,
        }),
      );
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://${LOOPBACK}:${port}/#token=${token}`,
    port,
    token,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await ctx.dispose();
    },
  };
}

function same(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** Joins only plain names under `root`: no "..", no absolute parts, no NUL, nothing outside. */
function inside(root: string, ...parts: string[]): string | null {
  if (parts.some((p) => !p || p === '.' || p === '..' || p.includes('\0') || p.includes('\\') || path.isAbsolute(p))) return null;
  const target = path.resolve(root, ...parts);
  return target.startsWith(root + path.sep) ? target : null;
}

async function realFileInside(root: string, target: string): Promise<string | null> {
  try {
    if (!(await lstat(target)).isFile()) return null;
    const [realRoot, real] = await Promise.all([realpath(root), realpath(target)]);
    return real.startsWith(realRoot + path.sep) ? real : null;
  } catch {
    return null;
  }
}

async function sendFile(c: Context, file: string, opts: { download?: string } = {}): Promise<Response> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return c.text(file.endsWith('index.html') ? 'The interface is not built: run `npm run build`.' : 'Not found', 404);
  }
  const headers: Record<string, string> = { 'Content-Type': MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' };
  if (headers['Content-Type']!.startsWith('text/html')) headers['Content-Security-Policy'] = CONTENT_SECURITY_POLICY;
  if (opts.download) {
    const ascii = opts.download.replace(/[^\x20-\x7e]|["\\]/g, '_');
    headers['Content-Disposition'] = `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(opts.download)}`;
  }
  return c.body(new Uint8Array(bytes), 200, headers);
}
