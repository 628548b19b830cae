import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, openApp, shot, startHost, type Host } from './harness.js';

/**
 * Nothing flattened silently (#20), in the interface: a Markdown release with a table and an image is
 * imported; the review names the image left out; the editor shows the table (read-only) and keeps it
 * when the release is edited and saved.
 */
const RELEASE = `COMMUNIQUÉ DE PRESSE
POUR DIFFUSION IMMÉDIATE

# Les traversiers de Québec battent leur record de fréquentation

**QUÉBEC, le 3 mars 2027 –** La Société des traversiers a transporté plus de passagers que jamais.

| Trajet | 2025 | 2026 |
|---|---|---|
| Québec – Lévis | 1 420 000 | **1 610 000** |
| Sorel – Saint-Ignace | 410 000 | 490 000 |

![Traversier au quai de Lévis](photos/traversier-levis.jpg)

Deux traversées de plus par heure dès mai.

-30-
`;

async function dropFile(page: Page, name: string, content: string): Promise<void> {
  await page.evaluate(
    ({ name, content }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], name, { type: 'text/markdown' }));
      const target = document.querySelector('main') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    },
    { name, content },
  );
}

describe('a release with a table and an image, imported and edited', () => {
  let host: Host;
  let browser: Browser;
  beforeAll(async () => {
    host = await startHost();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  test('the review names the image left out; the editor shows the table and keeps it through a save', async () => {
    const { context, page } = await openApp(browser, host, { locale: 'fr-CA' });
    await dropFile(page, 'traversiers.md', RELEASE);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: /traversiers\.md/ }).waitFor();
    expect(await dialog.locator('.alert.warning').innerText()).toContain('Une image a été laissée de côté\u00a0: «\u00a0Traversier au quai de Lévis\u00a0» (traversier-levis.jpg)');
    await dialog.getByRole('button', { name: 'Enregistrer le communiqué' }).click();
    await page.locator('#field-headline').waitFor();
    const table = page.locator('.rich table.release-table');
    await table.waitFor();
    expect(await table.locator('th').allInnerTexts()).toEqual(['Trajet', '2025', '2026']);
    expect(await table.locator('tbody tr').first().locator('td').allInnerTexts()).toEqual(['Québec – Lévis', '1 420 000', '1 610 000']);
    await shot(page, 'release-editor-table');
    await page.locator('#field-headline').fill('Les traversiers de Québec battent encore leur record');
    await page.getByTestId('save-state').filter({ hasText: /^Enregistré$/ }).waitFor({ timeout: 10_000 });
    const lib = JSON.parse(await readFile(path.join(host.libraryDir, 'library.json'), 'utf8')) as { releases: { headline: string; body: { type: string; rows?: unknown[] }[] }[] };
    const rel = lib.releases.find((r) => r.headline.startsWith('Les traversiers de Québec battent encore'));
    expect(rel?.body.map((b) => b.type)).toEqual(['paragraph', 'table', 'paragraph']);
    expect(rel?.body[1]?.rows).toHaveLength(3);
    await context.close();
  });
});
