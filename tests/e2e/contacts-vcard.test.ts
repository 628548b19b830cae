import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, launch, openApp, ROOT, shot, startHost, type Host } from './harness.js';

/*
 * "Export as vCard…" on the contacts screen: the officer's own file, made by the backend's one
 * encoder (contacts.vcard). The dialog says the file includes the private notes, lets the officer
 * leave them out, and the file that lands in Downloads is what it said.
 */

function cli(dir: string, ...args: string[]): unknown {
  const out = execFileSync(process.execPath, [path.join(ROOT, 'bin/mediakit.js'), '--library', dir, ...args], { encoding: 'utf8' });
  return out.trim() ? JSON.parse(out) : null;
}

function create(dir: string, data: object): { id: string } {
  return cli(dir, 'api', 'contacts.create', JSON.stringify({ data })) as { id: string };
}

async function seed(dir: string): Promise<void> {
  const a = create(dir, {
    name: 'Annie Côté',
    title: 'Chroniqueuse culture',
    organization: 'Radio Côte-Nord',
    emails: ['annie.cote@radio-cotenord.example'],
    phones: ['+1 418 555-0142 poste 221'],
    lang: 'fr-CA',
    notes: 'Préfère les courriels; jamais d’appel avant 10 h.',
  });
  const b = create(dir, { name: 'Hiroshi Tanaka', organization: 'Kansai Shimbun', emails: ['h.tanaka@kansai-shimbun.example'], phones: ['+81 6-6123-4567（内線88）'], lang: 'ja' });
  create(dir, { name: 'Grace O’Neill', organization: 'The Harbour Times', emails: ['grace@harbour-times.example'], phones: ['020 7946 0958 ext. 12'], lang: 'en-GB', notes: 'Embargoes respected.' });
  cli(dir, 'sheet', 'create', '--name', 'Médias culturels', '--contact', a.id, b.id);
}

const WORDS = {
  fr: {
    locale: 'fr-CA',
    contacts: /^Contacts/,
    button: 'Exporter en vCard…',
    title: 'Exporter les contacts en vCard',
    sheetTitle: 'Exporter «\u00a0Médias culturels\u00a0» en vCard',
    include: /Inclure mes notes privées/,
    warning: 'Ce fichier comprend vos notes privées',
    without: 'Sans les notes',
    run: (n: number) => `Exporter ${n} contacts`,
    withNotes: 'contacts-avec-notes.vcf',
  },
  en: {
    locale: 'en-GB',
    contacts: /^Contacts/,
    button: 'Export as vCard…',
    title: 'Export contacts as vCard',
    sheetTitle: 'Export “Médias culturels” as vCard',
    include: /Include my private notes/,
    warning: 'This file includes your private notes',
    without: 'Without notes',
    run: (n: number) => `Export ${n} contacts`,
    withNotes: 'contacts-with-notes.vcf',
  },
};

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = await d.path();
  return { name: d.suggestedFilename(), text: await readFile(file, 'utf8') };
}

for (const lang of ['fr', 'en'] as const) {
  const w = WORDS[lang];
  describe(`Export as vCard, interface in ${lang === 'fr' ? 'French' : 'English'}`, () => {
    let host: Host;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      host = await startHost({ seed });
      browser = await launch();
      ({ page } = await openApp(browser, host, { locale: w.locale }));
    });
    afterAll(async () => {
      await browser?.close();
      await host?.stop();
    });

    test('says the file includes the private notes, and leaves them out when asked', async () => {
      await page.evaluate(() => (window.location.hash = '#/contacts'));
      await page.getByRole('heading', { level: 1, name: w.contacts }).waitFor();
      await page.getByRole('button', { name: w.button, exact: true }).first().click();
      const dialog = page.getByRole('dialog', { name: w.title });
      await dialog.waitFor();
      const box = dialog.getByRole('checkbox', { name: w.include });
      expect(await box.isChecked()).toBe(true);
      await dialog.getByText(w.warning).waitFor();
      await shot(page, `vcard-${lang}-dialog`);
      const violations = await axe(page);
      expect(violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

      const noted = await download(page, () => dialog.getByRole('button', { name: w.run(3) }).click());
      expect(noted.name).toBe(w.withNotes);
      expect(noted.text).toContain('NOTE:Préfère les courriels; jamais d’appel avant 10 h.');
      expect(noted.text).toContain('NOTE:Embargoes respected.');
      // One encoder: the extension stays with the number; a number without its country code stays as written.
      expect(noted.text).toContain('tel:+1-418-555-0142;ext=221');
      expect(noted.text).toContain('tel:+81-6-6123-4567;ext=88');
      expect(noted.text).toContain('TEL;VALUE=text;TYPE="voice,work";PREF=1:020 7946 0958 ext. 12');
      await dialog.waitFor({ state: 'hidden' });

      await page.getByRole('button', { name: w.button, exact: true }).first().click();
      await dialog.waitFor();
      await box.uncheck();
      await dialog.getByText(w.without).waitFor();
      expect(await dialog.getByText(w.warning).count()).toBe(0);
      await shot(page, `vcard-${lang}-dialog-without-notes`);
      const plain = await download(page, () => dialog.getByRole('button', { name: w.run(3) }).click());
      expect(plain.name).toBe('contacts.vcf');
      expect(plain.text).not.toContain('NOTE');
      expect(plain.text.match(/BEGIN:VCARD/g)).toHaveLength(3);
    });

    test('a sheet’s vCard holds its contacts, in its order', async () => {
      await page.locator('.sheets-panel').getByRole('button', { name: w.button, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: w.sheetTitle });
      await dialog.waitFor();
      const file = await download(page, () => dialog.getByRole('button', { name: w.run(2) }).click());
      expect(file.name).toBe(lang === 'fr' ? 'medias-culturels-avec-notes.vcf' : 'medias-culturels-with-notes.vcf');
      expect(file.text.indexOf('FN:Annie Côté')).toBeLessThan(file.text.indexOf('FN:Hiroshi Tanaka'));
      expect(file.text).not.toContain('Grace');
    });
  });
}
