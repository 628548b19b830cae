import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const MAIN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'couch-server-main.cjs');

export interface CouchServer {
  /** http://127.0.0.1:PORT */
  origin: string;
  /** The address of a database on it. */
  db(name: string): string;
  /** Creates a database as its administrator would (docs/TEAM.md). */
  createDb(name: string): Promise<void>;
  /** Raw request as the administrator, for tests that write hostile documents straight to the server. */
  request(method: string, pathname: string, body?: unknown): Promise<{ status: number; json: unknown }>;
  /** Stops the process (SIGTERM) or kills it (SIGKILL); `start()` brings it back on the same port and data. */
  stop(signal?: NodeJS.Signals): Promise<void>;
  start(): Promise<void>;
  dispose(): Promise<void>;
}

/** Which server the sync tests run against, for the test report. */
export const SERVER_NAME = 'PouchDB Server (express-pouchdb 4.2, LevelDB) on 127.0.0.1';

export async function startCouchServer(users: Record<string, string> = { officer: 'correct horse battery' }, main = MAIN): Promise<CouchServer> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'mediakit-couch-'));
  const [adminUser, adminPassword] = Object.entries(users)[0] ?? ['', ''];
  let child: ChildProcess | null = null;
  let port = 0;
  let origin = '';

  async function start(): Promise<void> {
    const proc = spawn(process.execPath, [main, dir, JSON.stringify(users), String(port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    child = proc;
    let stderr = '';
    proc.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
    const line = await new Promise<string>((resolve, reject) => {
      const rl = createInterface({ input: proc.stdout! });
      rl.once('line', (l) => resolve(l));
      proc.once('exit', (code) => reject(new Error(`the CouchDB-protocol server exited (${code}): ${stderr}`)));
    });
    origin = (JSON.parse(line) as { origin: string }).origin;
    port = Number(new URL(origin).port);
  }

  async function stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      proc.once('exit', () => resolve());
      proc.kill(signal);
    });
  }

  async function request(method: string, pathname: string, body?: unknown): Promise<{ status: number; json: unknown }> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (adminUser) headers.authorization = `Basic ${Buffer.from(`${adminUser}:${adminPassword}`).toString('base64')}`;
    const res = await fetch(`${origin}${pathname}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    return { status: res.status, json: await res.json().catch(() => null) };
  }

  await start();
  return {
    get origin() {
      return origin;
    },
    db: (name) => `${origin}/${name}`,
    async createDb(name) {
      const r = await request('PUT', `/${name}`);
      if (r.status !== 201 && r.status !== 412) throw new Error(`could not create ${name}: ${r.status} ${JSON.stringify(r.json)}`);
    },
    request,
    stop,
    start,
    async dispose() {
      await stop('SIGKILL');
      await rm(dir, { recursive: true, force: true });
    },
  };
}
