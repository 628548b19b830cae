import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import type { ProtocolMapping } from 'devtools-protocol/types/protocol-mapping.js';

/**
 * A Chromium process driven over the DevTools protocol on a pipe (--remote-debugging-pipe: fd 3 in,
 * fd 4 out, messages ending in NUL). The printer needs a dozen protocol methods; playwright-core
 * costs ~0.5 s of module compilation in every cold `mediakit` process, more than the print itself.
 * Every command and event is typed by the `devtools-protocol` package (the protocol's own generated
 * types, nothing at run time): a misspelt method or a wrong parameter does not compile.
 * docs/PERFORMANCE.md ("Libraries") compares this printer with puppeteer-core's.
 */

type Commands = ProtocolMapping.Commands;
type Events = ProtocolMapping.Events;

/** A DevTools protocol command, typed by the `devtools-protocol` package (types only: nothing of it runs). */
export type CdpMethod = keyof Commands;
/** Its parameters, as a tuple: `[]`, `[params]` or `[params?]`. */
export type CdpParams<M extends CdpMethod> = Commands[M]['paramsType'];
export type CdpResult<M extends CdpMethod> = Commands[M]['returnType'];
export type CdpEventName = keyof Events;

/** An event as received: checking `method` narrows `params` to that event's type. */
export type CdpEvent = {
  [E in CdpEventName]: { method: E; params: Events[E] extends [infer P] ? P : undefined; sessionId?: string };
}[CdpEventName];

/** Commands sent to one attached target (a page, a frame), flattened onto the browser's pipe. */
export interface CdpSession {
  readonly sessionId: string;
  send<M extends CdpMethod>(method: M, ...params: CdpParams<M>): Promise<CdpResult<M>>;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (err: Error) => void;
  sessionId: string | undefined;
  method: string;
  release: () => void;
}

/** Browsers still running: killed if the process exits without closing them (a CLI error, a crash). */
const live = new Set<CdpBrowser>();
let exitHook = false;

export class CdpBrowser {
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(e: CdpEvent) => void>();
  private chunks: Buffer[] = [];
  private stderrTail = '';
  private exited = false;
  private holds = 0;
  /** Resolves when the browser process has exited (crash, kill or close). */
  readonly exit: Promise<void>;

  private constructor(
    private readonly child: ChildProcess,
    private readonly input: Writable,
    private readonly output: Readable,
    private readonly profileDir: string,
  ) {
    this.exit = new Promise((resolve) => {
      child.once('exit', () => resolve());
      // A browser that could not be spawned emits no 'exit'.
      child.once('error', () => resolve());
    });
    void this.exit.then(() => this.onExit());
    output.on('data', (data: Buffer) => this.onData(data));
    // A closed pipe is how an exiting browser says goodbye; its errors are reported through `exit`.
    output.on('error', () => undefined);
    input.on('error', () => undefined);
    child.stderr?.on('data', (d: Buffer) => (this.stderrTail = (this.stderrTail + d.toString('utf8')).slice(-2000)));
    // An idle browser must not keep a finished command alive: see retain().
    child.unref();
    (child.stderr as unknown as { unref?: () => void } | null)?.unref?.();
    this.ref(false);
  }

  /** Starts Chromium and resolves once it answers the protocol. */
  static async launch(executablePath: string, args: readonly string[]): Promise<CdpBrowser> {
    const profileDir = mkdtempSync(path.join(os.tmpdir(), 'mediakit-chromium-'));
    const child = spawn(executablePath, [...args, `--user-data-dir=${profileDir}`, '--remote-debugging-pipe'], {
      // Its own process group, so that one kill ends the renderers and helpers with it.
      detached: process.platform !== 'win32',
      stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      // Chromium's own temporary files (its singleton socket folder) go inside the profile, so a
      // killed browser leaves nothing behind. Linux only: macOS's long TMPDIR would overflow a socket path.
      ...(process.platform === 'linux' ? { env: { ...process.env, TMPDIR: profileDir } } : {}),
    });
    const input = child.stdio[3] as Writable | null;
    const output = child.stdio[4] as Readable | null;
    if (!input || !output) {
      child.kill('SIGKILL');
      rmSync(profileDir, { recursive: true, force: true });
      throw new Error('the DevTools pipe could not be opened');
    }
    const browser = new CdpBrowser(child, input, output, profileDir);
    live.add(browser);
    if (!exitHook) {
      exitHook = true;
      process.once('exit', () => {
        for (const b of live) b.kill();
      });
    }
    const failed = new Promise<never>((_, reject) => {
      child.once('error', (err) => reject(err));
      void browser.exit.then(() => reject(new Error(`it exited at start${browser.stderrTail ? `: ${browser.stderrTail.trim().split('\n').slice(-3).join(' ')}` : ''}`)));
    });
    try {
      await Promise.race([browser.send('Browser.getVersion'), failed]);
    } catch (err) {
      browser.kill();
      throw err;
    }
    return browser;
  }

  get running(): boolean {
    return !this.exited;
  }

  /** A command to the browser itself. */
  send<M extends CdpMethod>(method: M, ...params: CdpParams<M>): Promise<CdpResult<M>> {
    return this.call(undefined, method, (params as unknown[])[0]);
  }

  /** Commands to the target attached as `sessionId`. */
  session(sessionId: string): CdpSession {
    return {
      sessionId,
      send: <M extends CdpMethod>(method: M, ...params: CdpParams<M>) => this.call(sessionId, method, (params as unknown[])[0]),
    };
  }

  private call<M extends CdpMethod>(sessionId: string | undefined, method: M, params: unknown): Promise<CdpResult<M>> {
    if (this.exited) return Promise.reject(new Error('the browser has exited'));
    const id = ++this.nextId;
    const message = JSON.stringify({ id, method, params: params ?? {}, ...(sessionId ? { sessionId } : {}) });
    return new Promise<CdpResult<M>>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, sessionId, method, release: this.retain() });
      this.input.write(message + '\0');
    });
  }

  /**
   * Keeps the process alive until the returned function is called: while a command is answered,
   * and around a whole print, which also waits for events. Otherwise the browser's pipes do not
   * hold the process, so that a command that never printed can end.
   */
  retain(): () => void {
    if (this.holds++ === 0) this.ref(true);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      if (--this.holds === 0) this.ref(false);
    };
  }

  on(listener: (e: CdpEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Fails the commands waiting on a session that is gone (a crashed or detached page). */
  failSession(sessionId: string, why: string): void {
    for (const [id, p] of this.pending) {
      if (p.sessionId !== sessionId) continue;
      this.pending.delete(id);
      p.release();
      p.reject(new Error(why));
    }
  }

  /** Ends the browser and removes its profile synchronously: for a process that is exiting. */
  kill(): void {
    this.signal();
    rmSync(this.profileDir, { recursive: true, force: true, maxRetries: 2 });
    live.delete(this);
  }

  /**
   * Kills the browser and removes its throwaway profile. A printer has nothing to save, so neither
   * a graceful shutdown (120–200 ms) nor the end of the killed processes (~50 ms) is waited for.
   */
  async close(): Promise<void> {
    this.signal();
    await rm(this.profileDir, { recursive: true, force: true, maxRetries: 3 }).catch(() => undefined);
    live.delete(this);
  }

  private signal(): void {
    if (this.exited) return;
    try {
      if (this.child.pid && process.platform !== 'win32') process.kill(-this.child.pid, 'SIGKILL');
      else this.child.kill('SIGKILL');
    } catch {
      // Already gone.
    }
  }

  private ref(on: boolean): void {
    const sockets = [this.input, this.output] as unknown as { ref?: () => void; unref?: () => void }[];
    for (const s of sockets) (on ? s.ref : s.unref)?.call(s);
  }

  private onData(data: Buffer): void {
    let start = 0;
    for (let end = data.indexOf(0); end !== -1; end = data.indexOf(0, start)) {
      this.chunks.push(data.subarray(start, end));
      const text = Buffer.concat(this.chunks).toString('utf8');
      this.chunks = [];
      start = end + 1;
      this.onMessage(text);
    }
    if (start < data.length) this.chunks.push(data.subarray(start));
  }

  private onMessage(text: string): void {
    let msg: { id?: number; result?: unknown; error?: { message?: string }; method?: string; params?: unknown; sessionId?: string };
    try {
      msg = JSON.parse(text) as typeof msg;
    } catch {
      return;
    }
    if (typeof msg.id === 'number') {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      p.release();
      if (msg.error) p.reject(new Error(`${p.method}: ${msg.error.message ?? 'failed'}`));
      else p.resolve(msg.result ?? {});
      return;
    }
    if (typeof msg.method !== 'string') return;
    // The browser speaks the protocol these types describe: its events are taken at their word.
    const event = { method: msg.method, params: msg.params ?? {}, ...(msg.sessionId ? { sessionId: msg.sessionId } : {}) } as CdpEvent;
    for (const l of [...this.listeners]) l(event);
  }

  private onExit(): void {
    this.exited = true;
    const why = new Error(`the browser exited${this.stderrTail ? `: ${this.stderrTail.trim().split('\n').slice(-2).join(' ')}` : ''}`);
    for (const p of this.pending.values()) {
      p.release();
      p.reject(why);
    }
    this.pending.clear();
  }
}
