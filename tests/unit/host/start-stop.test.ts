import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir.js';

/**
 * `npm start` and `npm run web` as a person runs and stops them (#22): the address printed where
 * the README says, and nothing left running or holding the library once npm is killed by its pid.
 * Uses the built app (`--no-build`: the suite's own build is already there).
 */

const root = path.resolve(import.meta.dirname, '../../..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const started: ChildProcess[] = [];

afterEach(() => {
  for (const child of started.splice(0)) for (const pid of [...descendants(child.pid!), child.pid!]) kill(pid, 'SIGKILL');
});

function kill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Already gone.
  }
}

/** Every process below `pid`, from /proc (Linux). */
function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
    } catch {
      // Exited meanwhile.
    }
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const c of parents.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
  } catch {
    return '';
  }
}

function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`still not true after ${ms} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Runs `npm ARGS` in the project and resolves once its stdout holds an http:// line. */
function npmUntilAddress(args: string[]): Promise<{ child: ChildProcess; stdout: () => string; url: string }> {
  const child = spawn(npm, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '' } });
  started.push(child);
  let out = '';
  let err = '';
  return new Promise((resolve, reject) => {
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const url = out.split('\n').find((l) => l.startsWith('http://'));
      if (url && out.endsWith('\n')) resolve({ child, stdout: () => out, url });
    });
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.once('exit', (code) => reject(new Error(`npm ${args.join(' ')} exited with ${code}: ${err}`)));
  });
}

describe.runIf(process.platform === 'linux')('starting and stopping the app (#22)', () => {
  it('npm start prints the library in use, then the address last on its own line; killing npm by its pid stops everything and frees the library', async () => {
    const library = await tempDir('mediakit-start-');
    const { child, stdout, url } = await npmUntilAddress(['start', '--', '--web', '--no-build', '--library', library, '--port', '0']);
    const lines = stdout().trimEnd().split('\n');
    expect(lines.at(-1)).toBe(url);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    expect(stdout()).toContain(library);
    const port = Number(new URL(url).port);
    expect(await listening(port)).toBe(true);
    const below = descendants(child.pid!);
    expect(below.some((p) => commandLine(p).includes('scripts/start.mjs'))).toBe(true);
    expect(below.some((p) => commandLine(p).includes('dist/electron/web.js'))).toBe(true);
    expect(existsSync(path.join(library, '.lock'))).toBe(true);

    kill(child.pid!, 'SIGTERM');
    await until('every process npm started has exited', () => below.every((p) => !alive(p)));
    expect(await listening(port)).toBe(false);
    expect(existsSync(path.join(library, '.lock'))).toBe(false);
  });

  it('the web host stops with its launcher even when the launcher is killed outright', async () => {
    const library = await tempDir('mediakit-start-kill-');
    const { child, url } = await npmUntilAddress(['start', '--', '--web', '--no-build', '--library', library, '--port', '0']);
    const below = descendants(child.pid!);
    const launcher = below.find((p) => commandLine(p).includes('scripts/start.mjs'))!;
    const host = below.find((p) => commandLine(p).includes('dist/electron/web.js'))!;
    kill(launcher, 'SIGKILL');
    await until('the web host has exited', () => !alive(host));
    expect(await listening(Number(new URL(url).port))).toBe(false);
    expect(existsSync(path.join(library, '.lock'))).toBe(false);
  });

  it('npm run -s web prints the address as its first line, and stops with npm', async () => {
    const library = await tempDir('mediakit-web-');
    const { child, stdout, url } = await npmUntilAddress(['run', '-s', 'web', '--', '--library', library, '--port', '0']);
    expect(stdout().split('\n')[0]).toBe(url);
    const below = descendants(child.pid!);
    kill(child.pid!, 'SIGTERM');
    await until('every process npm started has exited', () => below.every((p) => !alive(p)));
    expect(await listening(Number(new URL(url).port))).toBe(false);
    expect(existsSync(path.join(library, '.lock'))).toBe(false);
  });
});
