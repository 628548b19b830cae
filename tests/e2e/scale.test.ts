import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Contact, Release } from '../../electron/model/entities.js';
import { SCHEMA_VERSION } from '../../electron/model/library-document.js';
import { axe, launch, openApp, shot, startHost, type Host } from './harness.js';

const CITIES = ['Montréal', 'Québec', 'Sherbrooke', 'Gatineau', 'Trois-Rivières', 'Saguenay', 'Lévis', 'Rimouski'];
const TOPICS = ['ouvre un centre de recherche', 'annonce un investissement', 'lance une campagne', 'signe une entente', 'inaugure un pavillon', 'dévoile sa programmation'];
const FIRST = ['Camille', 'Mathieu', 'Léa', 'Olivier', 'Chloé', 'Gabriel', 'Emma', 'Thomas', 'Sarah', 'Félix'];
const LAST = ['Tremblay', 'Gagnon', 'Roy', 'Côté', 'Bouchard', 'Gauthier', 'Morin', 'Lavoie', 'Fortin', 'Gagné'];
const STATUSES = ['draft', 'in-review', 'approved', 'published', 'archived'] as const;

/** A library the size the issue names (2,000 releases, 10,000 contacts), written as the store would. */
async function seedLarge(dir: string): Promise<void> {
  const at = '2026-01-01T12:00:00.000Z';
  const releases = Array.from({ length: 2000 }, (_, i) =>
    Release.parse({
      id: `rel_scale${String(i).padStart(6, '0')}`,
      createdAt: at,
      updatedAt: new Date(Date.parse(at) + i * 60_000).toISOString(),
      lang: i % 3 === 0 ? 'en-US' : 'fr-CA',
      headline: `${CITIES[i % CITIES.length]} ${TOPICS[i % TOPICS.length]} (no ${i})`,
      dateline: { city: CITIES[i % CITIES.length]!, date: `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}` },
      body: [{ type: 'paragraph', content: [{ text: `Texte du communiqué numéro ${i}, rédigé pour l’essai de charge.` }] }],
      status: STATUSES[i % STATUSES.length],
      tags: [i % 2 ? 'culture' : 'économie'],
    }),
  );
  releases[1234]!.headline = 'Le Carrefour zéphyrin des archives accueille ses visiteurs';
  const contacts = Array.from({ length: 10_000 }, (_, i) => {
    const first = FIRST[i % FIRST.length]!;
    const last = `${LAST[Math.floor(i / FIRST.length) % LAST.length]}-${i}`;
    return Contact.parse({
      id: `ctc_scale${String(i).padStart(6, '0')}`,
      createdAt: at,
      updatedAt: at,
      name: `${first} ${last}`,
      firstName: first,
      lastName: last,
      organization: `Média ${i % 250}`,
      emails: [`contact${i}@media${i % 250}.example`],
    });
  });
  await writeFile(path.join(dir, 'library.json'), JSON.stringify({ schemaVersion: SCHEMA_VERSION, releases, contacts }));
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

describe('at 2,000 releases and 10,000 contacts', () => {
  let host: Host;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    host = await startHost({ seed: seedLarge });
    browser = await launch();
    ({ page } = await openApp(browser, host, { locale: 'fr-CA' }));
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  test('the release list stays virtual, sorts and filters', async () => {
    await page.getByText(/2\u00a0000 communiqués affichés sur 2\u00a0000/).waitFor({ timeout: 30_000 });
    const rendered = await page.locator('.table-body .release-row').count();
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(60);
    const sort = await timed(async () => {
      await page.getByRole('button', { name: /Titre/ }).click();
      await page.locator('.table-body .release-row').first().getByText(/^Gatineau/).waitFor();
    });
    const filter = await timed(async () => {
      await page.getByLabel('État').selectOption('published');
      await page.getByText(/^400 communiqués affichés/).waitFor();
    });
    await shot(page, '30-scale-releases');
    expect(await axe(page)).toEqual([]);
    console.log(`2,000 releases: ${rendered} rows in the DOM, sort ${sort.toFixed(0)} ms, filter ${filter.toFixed(0)} ms`);
    // How fast is the bench's business (npm run bench, browser.list/browser.filter), not a test's.
  });

  test('the global search answers while typing', async () => {
    await page.keyboard.press('Control+k');
    const search = await timed(async () => {
      await page.keyboard.type('zephyrin');
      await page.getByRole('option', { name: /Carrefour zéphyrin/ }).waitFor();
    });
    const contact = await timed(async () => {
      await page.getByRole('combobox', { name: 'Rechercher dans la bibliothèque' }).fill('contact9876@media126');
      await page.getByRole('option', { name: /Gagnon-9876|-9876/ }).first().waitFor();
    });
    console.log(`search: release ${search.toFixed(0)} ms (typing included), contact ${contact.toFixed(0)} ms`);
    await page.keyboard.press('Escape');
  });

  test('10,000 contacts: virtual table, filter by any word', async () => {
    await page.evaluate(() => (window.location.hash = '#/contacts'));
    await page.getByText(/10\u00a0000 contacts/).waitFor({ timeout: 30_000 });
    expect(await page.locator('.contacts-table .table-body .contact-row').count()).toBeLessThan(60);
    const filter = await timed(async () => {
      await page.getByLabel('Filtrer').fill('media 249');
      await page.getByRole('textbox', { name: /^Organisation · .*/ }).first().waitFor();
    });
    const orgs = await page.getByRole('textbox', { name: /^Organisation · / }).evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(new Set(orgs)).toEqual(new Set(['Média 249']));
    console.log(`10,000 contacts: filter ${filter.toFixed(0)} ms`);
  });
});
