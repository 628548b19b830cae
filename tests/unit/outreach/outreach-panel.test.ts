import { readFile } from 'node:fs/promises';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { MethodName } from '../../../electron/api/contract.js';
import { ROOT, axe, launch, openApp, startHost, type Host } from '../../e2e/harness.js';
import { seedOutreach, type Invoke } from '../../fixtures/outreach/seed.js';

/** Whether the built renderer already holds the panel (building again while other test files read dist/renderer would race them). */
function builtWithPanel(): boolean {
  const assets = path.join(ROOT, 'dist/renderer/assets');
  if (!existsSync(path.join(ROOT, 'dist/renderer/index.html')) || !existsSync(assets)) return false;
  return readdirSync(assets).some((f) => f.endsWith('.js') && readFileSync(path.join(assets, f), 'utf8').includes('outreach-panel'));
}

let host: Host;
let browser: Browser;

beforeAll(async () => {
  // The panel is tested as users get it: the built renderer served by the built web host.
  if (!builtWithPanel()) {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  }
  host = await startHost();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await host?.stop();
});

describe('the outreach panel in the kit editor (web host, Chromium)', () => {
  it('previews a draft, lists who is skipped, writes the drafts for download, and shows them in the history', async () => {
    const { context, page } = await openApp(browser, host, { locale: 'fr-CA' });
    const token = new URLSearchParams(new URL(host.url).hash.slice(1)).get('token');
    const invoke: Invoke = async (method: MethodName, input: unknown) => {
      const res = await page.request.post(`${host.origin}/api/${method}`, { data: input as object, headers: { 'accept-language': 'fr-CA', authorization: `Bearer ${token}` } });
      const body = (await res.json()) as { result?: unknown; error?: { message: string } };
      if (!res.ok()) throw new Error(`${method}: ${body.error?.message ?? res.status()}`);
      return body.result as never;
    };
    const seed = await seedOutreach(invoke);
    await invoke('settings.update', { uiLang: 'fr' });
    await page.goto(`${host.origin}/#/kits/${seed.kitId}`);
    await page.reload();
    const panel = page.locator('.outreach-panel');
    await panel.waitFor();
    await panel.getByLabel('Liste de médias').selectOption(seed.sheetId);
    await panel.getByRole('button', { name: 'Aperçu d’un brouillon' }).click();
    await panel.locator('.outreach-preview').waitFor({ timeout: 60_000 });

    await expect(panel.locator('.outreach-preview dd').nth(1).textContent()).resolves.toBe(
      'SOUS EMBARGO jusqu’au 12 mai 2030, 0 h 01 (HAE) – Trousse média\u00a0: Mission économique Québec–Japon 2030',
    );
    await expect(panel.getByRole('heading', { name: '4 destinataires' }).isVisible()).resolves.toBe(true);
    await expect(panel.getByRole('heading', { name: '3 contacts écartés' }).isVisible()).resolves.toBe(true);
    const skipped = await panel.locator('.outreach-lists li').allTextContents();
    expect(skipped).toContain('Marc-André Côté — a demandé à ne plus recevoir d’envois');
    const frame = page.frameLocator('.outreach-panel iframe');
    await expect(frame.locator('body').textContent()).resolves.toContain('Bonjour Élodie,');
    expect(await axe(page)).toEqual([]);

    await panel.getByRole('button', { name: 'Créer les brouillons' }).click();
    await panel.getByRole('heading', { name: '4 brouillons écrits' }).waitFor({ timeout: 60_000 });
    // Each draft downloads through the session token (fetched, then saved from memory).
    const buttons = panel.locator('.export-result').getByRole('button', { name: 'Télécharger' });
    expect(await buttons.count()).toBe(4);
    const [download] = await Promise.all([page.waitForEvent('download'), buttons.nth(1).click()]);
    const mail = await simpleParser(await readFile((await download.path())!));
    expect(mail.headers.get('x-unsent')).toBe('1');
    expect(mail.subject).toContain('SOUS EMBARGO');
    expect(mail.attachments.map((a) => a.filename)).toEqual(['Mission économique Québec–Japon 2030.pdf']);

    const history = panel.locator('.outreach-history li').first();
    await expect(history.textContent()).resolves.toMatch(/Un par destinataire · 4 destinataires · SOUS EMBARGO/);

    // The kit's own template, edited in the panel, is what the next drafts say.
    await panel.locator('summary', { hasText: 'Modèle de courriel' }).click();
    const subject = panel.locator('.outreach-template').getByLabel('Objet');
    await expect(subject.inputValue()).resolves.toBe('Trousse média\u00a0: {{kitName}}');
    await subject.fill('Osaka 2030 — {{kitName}}');
    await panel.locator('.outreach-template').getByRole('button', { name: 'Enregistrer' }).click();
    await panel.getByText('Modèle enregistré.').waitFor();
    await panel.getByRole('button', { name: 'Aperçu d’un brouillon' }).click();
    await panel.locator('.outreach-preview').waitFor({ timeout: 60_000 });
    await expect(panel.locator('.outreach-preview dd').nth(1).textContent()).resolves.toBe(
      'SOUS EMBARGO jusqu’au 12 mai 2030, 0 h 01 (HAE) – Osaka 2030 — Mission économique Québec–Japon 2030',
    );
    expect((await invoke('kits.get', { id: seed.kitId })).outreach.templates.fr?.subject).toBe('Osaka 2030 — {{kitName}}');
    await context.close();
  });
});
