import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axe, launch, openApp, shot, startHost, type Host } from './harness.js';

/** A Québec release whose contacts need the officer: one person read twice, two people on one line. */
const RELEASE = `COMMUNIQUÉ DE PRESSE
POUR DIFFUSION IMMÉDIATE

Le Festival des neiges de Chicoutimi double sa programmation familiale

SAGUENAY, QC, le 12 janvier 2027 /CNW/ - Le Festival des neiges de Chicoutimi présente cette année 40 activités familiales gratuites, deux fois plus qu'en 2026.

-30-

Source :
Marc Gagnon
Conseiller, communications

Renseignements :
Marc Gagnon
418 555-0100
marc.gagnon@festivalneiges.example.ca

Annie Côté et Paul Roy, 418 555-0142, annie.cote@festivalneiges.example.ca, paul.roy@festivalneiges.example.ca
`;

async function dropFile(page: Page, name: string, content: string): Promise<void> {
  await page.evaluate(
    ({ name, content }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], name, { type: 'text/plain' }));
      const target = document.querySelector('main') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: dt }));
    },
    { name, content },
  );
}

interface SavedContact {
  id: string;
  name: string;
  title: string;
  emails: string[];
  phones: string[];
}

describe('import review: the contacts found, as cards to split and join before saving', () => {
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

  test('French: one person read twice is joined, two people on one line are split, then saved as three contacts', async () => {
    const { context, page } = await openApp(browser, host, { locale: 'fr-CA' });
    await dropFile(page, 'festival-neiges.txt', RELEASE);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: /festival-neiges\.txt/ }).waitFor();
    const cards = dialog.locator('.contact-card');
    expect(await cards.count()).toBe(3);
    // What was read, with the warnings and the lines each card came from.
    const warnings = await dialog.locator('.alert.warning').innerText();
    expect(warnings).toContain('Marc Gagnon a été lu deux fois');
    expect(warnings).toContain('«\u00a0Annie Côté et Paul Roy\u00a0» désigne peut-être deux personnes');
    await cards.nth(2).locator('summary').click();
    expect(await cards.nth(2).locator('pre').innerText()).toContain('Annie Côté et Paul Roy, 418 555-0142');
    await shot(page, 'import-review-contacts');
    const violations = await axe(page);
    expect(violations.map((v) => `${v.id}: ${v.help} @ ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

    await dialog.getByRole('button', { name: 'Même personne que ci-dessus : Marc Gagnon et Marc Gagnon' }).click();
    expect(await cards.count()).toBe(2);
    expect(await cards.nth(0).getByLabel('Fonction').inputValue()).toBe('Conseiller, communications');
    expect(await cards.nth(0).getByLabel('Courriels').inputValue()).toBe('marc.gagnon@festivalneiges.example.ca');

    await dialog.getByRole('button', { name: 'Séparer Annie Côté et Paul Roy en deux contacts' }).click();
    expect(await cards.count()).toBe(3);
    await cards.nth(1).getByLabel('Nom', { exact: true }).fill('Annie Côté');
    await cards.nth(2).getByLabel('Nom', { exact: true }).fill('Paul Roy');
    expect(await cards.nth(1).getByLabel('Courriels').inputValue()).toBe('annie.cote@festivalneiges.example.ca');
    expect(await cards.nth(2).getByLabel('Courriels').inputValue()).toBe('paul.roy@festivalneiges.example.ca');
    await shot(page, 'import-review-contacts-fixed');

    await dialog.getByRole('button', { name: 'Enregistrer le communiqué' }).click();
    await page.locator('#field-headline').waitFor();
    const lib = JSON.parse(await readFile(path.join(host.libraryDir, 'library.json'), 'utf8')) as { contacts: SavedContact[]; releases: { contactIds: string[] }[] };
    const people = (lib.releases[0]?.contactIds ?? []).map((id) => lib.contacts.find((c) => c.id === id));
    expect(people.map((c) => [c?.name, c?.emails])).toEqual([
      ['Marc Gagnon', ['marc.gagnon@festivalneiges.example.ca']],
      ['Annie Côté', ['annie.cote@festivalneiges.example.ca']],
      ['Paul Roy', ['paul.roy@festivalneiges.example.ca']],
    ]);
    expect(people[0]).toMatchObject({ title: 'Conseiller, communications', phones: ['418 555-0100'] });
    await context.close();
  });

  test('English: the cards and their buttons speak the interface language', async () => {
    const { context, page } = await openApp(browser, host, { locale: 'en-US' });
    await dropFile(page, 'festival-neiges.txt', RELEASE);
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Contacts found' }).waitFor();
    await dialog.getByRole('button', { name: 'Split Annie Côté et Paul Roy into two contacts' }).waitFor();
    expect(await dialog.locator('.alert.warning').innerText()).toContain('Marc Gagnon was read twice');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await context.close();
  });
});
