import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium } from '../../electron/host/chromium.js';
import type { Generated } from './generate.js';
import { summarize, type Figure } from './stats.js';

function startWebHost(root: string, dir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(root, 'dist/electron/web.js'), '--library', dir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve({ child, url: line.trim() });
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`the web host exited (${code}): ${err.trim()}`)));
  });
}

/**
 * The editor as a user meets it: the web host serving the built renderer, system Chromium.
 * "Shown" is from navigation to the first release row in the DOM; "filtered" is from choosing
 * a language in the filter to the new count being on screen (the next frame).
 */
export async function measureBrowser(o: { root: string; gen: Generated; runs: number; log: (s: string) => void }): Promise<Figure[]> {
  const { child, url } = await startWebHost(o.root, o.gen.dir);
  const browser = await chromium.launch({ executablePath: findChromium(process.env, { printing: false }), headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const base = new URL(url);
    base.search = '';
    base.hash = ''; // the session token travels once, in the first address; the tab keeps it
    const rowSelector = '.table-body [role="row"]';
    o.log('browser: releases list');
    await page.goto(url);
    await page.waitForSelector(rowSelector, { timeout: 120_000 });
    const shown: number[] = [];
    for (let i = 0; i < o.runs; i++) {
      const t = performance.now();
      await page.goto(`${base.href}#/releases`);
      await page.waitForSelector(rowSelector, { timeout: 120_000 });
      shown.push(performance.now() - t);
    }
    o.log('browser: filter');
    const values = ['ja', '', 'fr-CA', '', 'en-GB', ''];
    const filtered: number[] = [];
    for (let i = 0; i < Math.max(o.runs, 6); i++) {
      const value = values[i % values.length]!;
      const ms = await page.evaluate(async (v: string) => {
        const select = [...document.querySelectorAll<HTMLSelectElement>('.filters select')].find((s) => [...s.options].some((op) => op.value === 'ja'));
        const count = document.querySelector('.screen-head .muted');
        if (!select || !count) throw new Error('the language filter or the count is not on the page');
        const before = count.textContent;
        const t0 = performance.now();
        const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!;
        setter.call(select, v);
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise<void>((resolve, reject) => {
          const started = performance.now();
          const check = () => {
            if (count.textContent !== before) resolve();
            else if (performance.now() - started > 10_000) reject(new Error('the count did not change'));
            else requestAnimationFrame(check);
          };
          check();
        });
        await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return performance.now() - t0;
      }, value);
      filtered.push(ms);
    }
    await context.close();
    return [
      { key: 'browser.list', label: 'releases list shown in Chromium (navigation to first row)', unit: 'ms', ...summarize(shown), target: { max: 500, of: 'ms' } },
      { key: 'browser.filter', label: 'releases list filtered by language in Chromium', unit: 'ms', ...summarize(filtered), target: { max: 100, of: 'ms' } },
    ];
  } finally {
    await browser.close();
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}
