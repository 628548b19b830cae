import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { createContext } from '../../electron/host/context.js';
import { Library } from '../../electron/library/library.js';
import { call } from '../helpers/api.js';
import { tempDir } from '../helpers/temp-dir.js';
import { axe, launch, openApp, shot, startHost, type Host } from './harness.js';

/** A .mkit made by another officer's library: the sample kit, exported as a package. */
async function senderPackage(): Promise<Buffer> {
  const dir = await tempDir('mk-e2e-sender-');
  const library = await Library.open(dir, { app: 'e2e sender' });
  try {
    const ctx = createContext(library, 'cli');
    await call(ctx, 'sample.load', {});
    const out = await tempDir('mk-e2e-sender-out-');
    const r = await call(ctx, 'export.kit', { id: library.doc.kits[0]!.id, formats: ['mkit'], outDir: out });
    return readFile(r.files[0]!.path);
  } finally {
    await library.close();
  }
}

/** Drops a file on the window the way a file manager does. */
async function dropBytes(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.evaluate(
    ({ name, b64 }) => {
      const bin = atob(b64);
      const data = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) data[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([data], name, { type: 'application/octet-stream' }));
      const target = document.querySelector('main') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    },
    { name, b64: bytes.toString('base64') },
  );
}

describe('a .mkit kit package dropped onto the window', () => {
  let host: Host;
  let browser: Browser;
  let page: Page;
  let pkg: Buffer;

  beforeAll(async () => {
    pkg = await senderPackage();
    host = await startHost();
    browser = await launch();
    ({ page } = await openApp(browser, host, { locale: 'fr-CA' }));
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  test('shows what it will add before anything changes, then adds it on the officer’s word', async () => {
    await dropBytes(page, 'trousse-kobe.mkit', pkg);
    const dialog = page.getByRole('dialog', { name: 'Ouvrir le paquet de trousse « Trousse média — Mission Kobe 2026 »' });
    await dialog.waitFor();
    await dialog.getByRole('heading', { name: 'Seront ajoutés (11)' }).waitFor();
    expect(await dialog.innerText()).toContain('Alliance MédiTech Saint-Laurent');
    expect(await dialog.innerText()).toMatch(/créé avec Media Kit Manager 0\.1\.0/);
    await shot(page, 'mkit-01-preview');
    const violations = await axe(page);
    expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    // Nothing is in the library yet.
    expect(JSON.parse(await readFile(`${host.libraryDir}/library.json`, 'utf8')).kits).toEqual([]);

    await dialog.getByRole('button', { name: 'Ajouter 11 éléments à la bibliothèque' }).click();
    await page.getByRole('status').filter({ hasText: '« Trousse média — Mission Kobe 2026 » : 11 éléments ajoutés.' }).first().waitFor();
    await page.locator('#kit-name, input[value="Trousse média — Mission Kobe 2026"]').first().waitFor();
    await shot(page, 'mkit-02-imported');
    const lib = JSON.parse(await readFile(`${host.libraryDir}/library.json`, 'utf8')) as { kits: Array<{ name: string }>; releases: unknown[]; logos: unknown[] };
    expect(lib.kits.map((k) => k.name)).toEqual(['Trousse média — Mission Kobe 2026']);
    expect(lib.releases).toHaveLength(1);
    expect(lib.logos).toHaveLength(3);
  });

  test('dropped again, it says everything is already there and adds nothing', async () => {
    await dropBytes(page, 'trousse-kobe.mkit', pkg);
    const dialog = page.getByRole('dialog', { name: /Ouvrir le paquet de trousse/ });
    await dialog.getByRole('heading', { name: 'Déjà dans votre bibliothèque (11)' }).waitFor();
    expect(await dialog.innerText()).toContain('l’ouvrir n’ajoute rien');
    await dialog.getByRole('button', { name: 'Ouvrir la trousse' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const lib = JSON.parse(await readFile(`${host.libraryDir}/library.json`, 'utf8')) as { kits: unknown[] };
    expect(lib.kits).toHaveLength(1);
  });

  test('a damaged package is refused with its name and the reason', async () => {
    await dropBytes(page, 'abime.mkit', Buffer.from('pas une archive'));
    await page.getByText('abime.mkit : ce n’est pas un paquet de trousse (pas une archive ZIP)').waitFor();
  });

  test('the page shows the application icon as its favicon, served by the web host', async () => {
    const href = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="icon"][type="image/svg+xml"]')?.href ?? '');
    const icon = await page.request.get(href);
    expect(icon.status()).toBe(200);
    expect(icon.headers()['content-type']).toMatch(/^image\/svg\+xml/);
    expect(await icon.text()).toBe(await readFile('assets/icon.svg', 'utf8'));
  });

  test('the export dialog shares the kit as .mkit', async () => {
    await page.getByRole('button', { name: 'Exporter', exact: true }).first().click();
    const dialog = page.getByRole('dialog', { name: /Exporter « Trousse média/ });
    await dialog.getByRole('button', { name: 'Partager en .mkit' }).click();
    await dialog.getByRole('heading', { name: 'Paquet de trousse prêt' }).waitFor();
    expect(await dialog.innerText()).toContain('trousse-media-mission-kobe-2026_fr-CA.mkit');
    await shot(page, 'mkit-03-shared');
  });
});
