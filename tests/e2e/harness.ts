import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, mkdir } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ARTIFACTS = path.join(ROOT, 'tests/artifacts');

export interface Host {
  url: string;
  origin: string;
  libraryDir: string;
  stop(): Promise<void>;
}

/** The built web host on a fresh temporary library; its first stdout line is the URL with the token. */
export async function startHost(options: { seed?: (libraryDir: string) => Promise<void>; env?: NodeJS.ProcessEnv } = {}): Promise<Host> {
  const libraryDir = await mkdtemp(path.join(os.tmpdir(), 'mk-e2e-'));
  await options.seed?.(libraryDir);
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, 'dist/electron/web.js'), '--library', libraryDir, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    const timer = setTimeout(() => reject(new Error(`web host did not start: ${stderr}`)), 20_000);
    rl.once('line', (line) => {
      clearTimeout(timer);
      resolve(line.trim());
    });
    child.once('exit', (code) => reject(new Error(`web host exited (${code}): ${stderr}`)));
  });
  return {
    url,
    origin: new URL(url).origin,
    libraryDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(libraryDir, { recursive: true, force: true });
    },
  };
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export async function openApp(browser: Browser, host: Host, options: { locale?: string; colorScheme?: 'light' | 'dark' } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: options.locale ?? 'fr-CA', colorScheme: options.colorScheme ?? 'light', viewport: { width: 1440, height: 900 }, acceptDownloads: true, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(host.url);
  await page.waitForSelector('.sidebar nav');
  return { context, page };
}

let axeSource: string | null = null;
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core in the page; returns the serious and critical violations only. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= await readFile(path.join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  const has = await page.evaluate(() => 'axe' in window);
  if (!has) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, opts: unknown): Promise<{ violations: AxeViolation[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export async function shot(page: Page, name: string): Promise<void> {
  await mkdir(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: false });
}
