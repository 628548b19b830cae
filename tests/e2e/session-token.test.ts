import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launch, openApp, startHost, type Host } from './harness.js';

/**
 * Another program's server on this computer (another port of 127.0.0.1): cookies are not separated
 * by port, so a session cookie of ours would reach it. It records what the browser sends it.
 */
async function neighbour(): Promise<{ server: Server; port: number; seen: { url: string; headers: IncomingHttpHeaders }[] }> {
  const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
  const server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    res.setHeader('content-type', 'text/html');
    res.end('<!doctype html><title>neighbour</title><p>another local server</p>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, port: (server.address() as AddressInfo).port, seen };
}

describe('the web host’s session token stays with the interface that was given it', () => {
  let host: Host;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let other: Awaited<ReturnType<typeof neighbour>>;

  beforeAll(async () => {
    host = await startHost();
    other = await neighbour();
    browser = await launch();
    ({ context, page } = await openApp(browser, host, { locale: 'en-US' }));
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    other?.server.close();
  });

  test('is never in a cookie nor left in the address, and no other local server receives it', async () => {
    const token = new URLSearchParams(new URL(host.url).hash.slice(1)).get('token')!;
    await page.getByRole('heading', { name: 'Welcome to Media Kit Manager' }).waitFor();
    expect(await page.evaluate(() => document.cookie)).toBe('');
    expect((await context.cookies()).length).toBe(0);
    expect(page.url()).not.toContain(token);
    expect(await page.evaluate(() => sessionStorage.length)).toBe(1);

    // The same browser visits another local server, by a link and by a request from the app's page.
    const visit = await context.newPage();
    await visit.goto(`http://127.0.0.1:${other.port}/page`);
    await page.evaluate((port) => fetch(`http://127.0.0.1:${port}/beacon`, { mode: 'no-cors', credentials: 'include' }).catch(() => undefined), other.port);
    await expect.poll(() => other.seen.length).toBeGreaterThanOrEqual(2);
    for (const request of other.seen) {
      expect(JSON.stringify(request)).not.toContain(token);
      expect(request.headers.cookie).toBeUndefined();
      expect(request.headers.authorization).toBeUndefined();
    }

    // From that other server's page, the API answers nothing: no token, and a foreign Origin.
    const status = await visit.evaluate(
      (port) => fetch(`http://127.0.0.1:${port}/api/library.info`, { method: 'POST', credentials: 'include', headers: { 'content-type': 'text/plain' }, body: '{}' }).then((r) => r.status, () => 0),
      new URL(host.url).port,
    );
    expect([0, 401, 403]).toContain(status);
  });

  test('a reload of the tab keeps working (sessionStorage), a new tab without the address does not', async () => {
    await page.reload();
    await page.getByRole('heading', { name: 'Welcome to Media Kit Manager' }).waitFor();
    const bare = await context.newPage();
    await bare.goto(`${new URL(host.url).origin}/`);
    await bare.getByText(/session token/i).first().waitFor();
  });
});
