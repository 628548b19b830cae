import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, launch, openApp, ROOT, shot, startHost, type Host } from './harness.js';

function cli(dir: string, ...args: string[]): void {
  execFileSync(process.execPath, [path.join(ROOT, 'bin/mediakit.js'), '--library', dir, ...args], { stdio: 'ignore' });
}

describe('Settings, in French: your name, the sender, backups restored by the running app', () => {
  let host: Host;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    host = await startHost({
      seed: async (dir) => {
        cli(dir, 'api', 'releases.create', JSON.stringify({ data: { lang: 'fr-CA', headline: 'Premier communiqué' } }));
        cli(dir, 'api', 'releases.create', JSON.stringify({ data: { lang: 'fr-CA', headline: 'Deuxième communiqué' } }));
      },
    });
    browser = await launch();
    ({ page } = await openApp(browser, host, { locale: 'fr-CA' }));
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  test('the name and sender are saved, and the screen passes axe', async () => {
    await page.getByRole('link', { name: 'Réglages' }).click();
    await page.getByRole('heading', { level: 1, name: 'Réglages' }).waitFor();
    await page.getByLabel('Votre nom dans l’équipe').fill('Marie Tremblay, communications');
    await page.getByLabel('Adresse courriel').fill('mtremblay@photonique.example');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Réglages enregistrés.').waitFor();
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Réglages' }).waitFor();
    await expect.poll(() => page.getByLabel('Votre nom dans l’équipe').inputValue()).toBe('Marie Tremblay, communications');
    const violations = await axe(page);
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await shot(page, 'settings-fr');
  });

  test('“Restaurer cette sauvegarde” puts the library back as it was, performed by the running app', async () => {
    page.once('dialog', (d) => void d.accept());
    // The list is newest first; the one to restore is the copy saved right after the first release.
    const listed = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'bin/mediakit.js'), '--library', host.libraryDir, 'backups'], { encoding: 'utf8' })) as { path: string }[];
    const at = listed.findIndex((b) => (JSON.parse(readFileSync(b.path, 'utf8')) as { releases: unknown[] }).releases.length === 1);
    expect(at).toBeGreaterThanOrEqual(0);
    await page.getByRole('button', { name: /^Restaurer la sauvegarde du/ }).nth(at).click();
    await page.getByText(/La bibliothèque est revenue à son état du/).waitFor();
    await page.getByRole('link', { name: 'Communiqués' }).first().click();
    await page.getByRole('link', { name: 'Premier communiqué' }).waitFor();
    await expect(page.getByRole('link', { name: 'Deuxième communiqué' }).count()).resolves.toBe(0);
  });
});
