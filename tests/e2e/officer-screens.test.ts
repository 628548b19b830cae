import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axe, launch, openApp, ROOT, shot, startHost, type Host } from './harness.js';
import { CONTACTS_VCF, LOGO_SVG, RELEASE_TXT } from './fixtures.js';

/*
 * The screens an officer meets in the first hour, in both interface languages: contacts (new contact,
 * cut cells), Settings, "New kit", outreach drafts from a fresh kit, the release editor's save state,
 * headline counter and side-by-side tab, the logo import and the export dialog (browser and desktop).
 * Fields are found by their labels, as a person finds them.
 */

function cli(dir: string, ...args: string[]): unknown {
  const out = execFileSync(process.execPath, [path.join(ROOT, 'bin/mediakit.js'), '--library', dir, ...args], { encoding: 'utf8' });
  return out.trim() ? JSON.parse(out) : null;
}

/** A library as an officer has it after a morning: an imported release (with its spokespeople), journalists, a media list. */
async function seedLibrary(dir: string): Promise<void> {
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'mk-seed-'));
  try {
    await writeFile(path.join(tmp, 'festival.txt'), RELEASE_TXT);
    await writeFile(path.join(tmp, 'journalistes.vcf'), CONTACTS_VCF);
    cli(dir, 'import', 'release', path.join(tmp, 'festival.txt'));
    const contacts = cli(dir, 'import', 'contacts', path.join(tmp, 'journalistes.vcf')) as { ids: string[] };
    cli(dir, 'sheet', 'create', '--name', 'Médias culturels', '--contact', ...contacts.ids);
    cli(dir, 'api', 'releases.create', JSON.stringify({ data: { lang: 'fr-FR', headline: 'Le festival invite la scène lumineuse d’Helsinki' } }));
    cli(dir, 'api', 'contacts.create', JSON.stringify({ data: { name: 'Jean-François Côté-Desrosiers', title: 'Chef de pupitre, culture et société', organization: 'Le Quotidien de l’Estuaire maritime', emails: ['jean-francois.cote-desrosiers@quotidien-estuaire.example'], phones: ['418 555-0147 poste 2231'] } }));
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await axe(page);
  expect(violations.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function go(page: Page, hash: string, heading: RegExp | string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

async function dropFile(page: Page, name: string, content: string, type: string): Promise<void> {
  await page.evaluate(
    ({ name, content, type }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], name, { type }));
      const target = document.querySelector('main') ?? document.body;
      for (const kind of ['dragenter', 'dragover', 'drop']) target.dispatchEvent(new DragEvent(kind, { bubbles: true, cancelable: true, dataTransfer: dt }));
    },
    { name, content, type },
  );
}

async function api<T>(page: Page, method: string, input: object = {}): Promise<T> {
  return page.evaluate(
    async ({ method, input }) => {
      const auth = { authorization: `Bearer ${sessionStorage.getItem('mk:session-token')}` };
      const r = await fetch(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify(input) });
      return ((await r.json()) as { result: unknown }).result;
    },
    { method, input },
  ) as Promise<T>;
}

interface Words {
  locale: string;
  contacts: RegExp;
  newContact: string;
  filter: string;
  given: string;
  family: string;
  honorific: string;
  email: string;
  save: string;
  nameCell: (n: string) => RegExp;
  settingsLink: string;
  settingsSections: string[];
  senderName: string;
  signature: string;
  kits: string;
  newKit: string;
  kitName: string;
  kitLanguage: string;
  cancel: string;
  createKit: string;
  frFrance: string;
  releaseOptionPrefix: string;
  mediaList: string;
  spokespeopleGroup: string;
  createDrafts: string;
  drafts: RegExp;
  log: string;
  greeting: string;
  noSender: string;
  releases: string;
  headline: string;
  saving: string;
  saved: RegExp;
  sideBySide: string;
  sideWhy: RegExp;
  translationOf: string;
  logoOrg: string;
  logoName: string;
  logoVariant: string;
  proposed: (org: string) => string;
  proposedHorizontal: (org: string) => string;
  exportButton: string;
  run: string;
  ready: string;
  downloadAll: string;
  download: string;
  writtenIn: RegExp;
  close: string;
  sheetName: (headline: string) => string;
}

const FR: Words = {
  locale: 'fr-CA',
  contacts: /^Contacts et listes$/,
  newContact: 'Nouveau contact',
  filter: 'Filtrer',
  given: 'Prénom',
  family: 'Nom de famille',
  honorific: 'Civilité',
  email: 'Courriel',
  save: 'Enregistrer',
  nameCell: (n) => new RegExp(`^Nom · ${n}$`),
  settingsLink: 'Réglages',
  settingsSections: ['Vous', 'Expéditeur des courriels', 'Nouvelles trousses médias'],
  senderName: 'Nom',
  signature: 'Signature en français',
  kits: 'Trousses médias',
  newKit: 'Nouvelle trousse',
  kitName: 'Nom de la trousse',
  kitLanguage: 'Langue de la trousse',
  cancel: 'Annuler',
  createKit: 'Créer la trousse',
  frFrance: 'Français (France)',
  releaseOptionPrefix: 'Français (Québec) · ',
  mediaList: 'Liste de médias',
  spokespeopleGroup: 'Porte-parole d’un communiqué (pas des journalistes)',
  createDrafts: 'Créer les brouillons',
  drafts: /^2 brouillons écrits$/,
  log: 'Brouillons créés depuis cette trousse',
  greeting: 'Bonjour Élodie,',
  noSender: 'Le définir dans les Réglages',
  releases: 'Communiqués',
  headline: 'Titre',
  saving: 'Enregistrement…',
  saved: /^Enregistré$/,
  sideBySide: 'Côte à côte',
  sideWhy: /aucune n’est encore liée/,
  translationOf: 'Traduction de',
  logoOrg: 'Organisation',
  logoName: 'Nom du logo',
  logoVariant: 'Variante',
  proposed: (org) => `${org} – principal`,
  proposedHorizontal: (org) => `${org} – horizontal`,
  exportButton: 'Exporter',
  run: 'Exporter',
  ready: 'Fichiers prêts',
  downloadAll: 'Tout télécharger (ZIP)',
  download: 'Télécharger',
  writtenIn: /3 fichiers écrits dans le dossier d’exportation de la bibliothèque \(.+exports.+\)/,
  close: 'Fermer',
  sheetName: (h) => `Relations médias – ${h}`,
};

const EN: Words = {
  locale: 'en-US',
  contacts: /^Contacts & sheets$/,
  newContact: 'New contact',
  filter: 'Filter',
  given: 'Given name',
  family: 'Family name',
  honorific: 'Honorific',
  email: 'E-mail',
  save: 'Save',
  nameCell: (n) => new RegExp(`^Name · ${n}$`),
  settingsLink: 'Settings',
  settingsSections: ['You', 'Sender of outreach e-mails', 'New media kits'],
  senderName: 'Name',
  signature: 'Signature in English',
  kits: 'Media kits',
  newKit: 'New kit',
  kitName: 'Kit name',
  kitLanguage: 'Language of the kit',
  cancel: 'Cancel',
  createKit: 'Create the kit',
  frFrance: 'French (France)',
  releaseOptionPrefix: 'French (Québec) · ',
  mediaList: 'Media list',
  spokespeopleGroup: 'Spokespeople of a release (not journalists)',
  createDrafts: 'Create drafts',
  drafts: /^2 drafts written$/,
  log: 'Drafts created from this kit',
  greeting: 'Bonjour Élodie,',
  noSender: 'Set it in Settings',
  releases: 'Releases',
  headline: 'Headline',
  saving: 'Saving…',
  saved: /^Saved$/,
  sideBySide: 'Side by side',
  sideWhy: /none is linked to this release yet/,
  translationOf: 'Translation of',
  logoOrg: 'Organization',
  logoName: 'Logo name',
  logoVariant: 'Variant',
  proposed: (org) => `${org} – primary`,
  proposedHorizontal: (org) => `${org} – horizontal`,
  exportButton: 'Export',
  run: 'Export',
  ready: 'Files ready',
  downloadAll: 'Download all (ZIP)',
  download: 'Download',
  writtenIn: /3 files written in the library’s exports folder \(.+exports.+\)/,
  close: 'Close',
  sheetName: (h) => `Relations médias – ${h}`,
};

for (const w of [FR, EN]) {
  const lang = w === FR ? 'fr' : 'en';
  describe(`the officer's screens, interface in ${lang === 'fr' ? 'French' : 'English'}`, () => {
    let host: Host;
    let browser: Browser;
    let page: Page;

    beforeAll(async () => {
      host = await startHost({ seed: seedLibrary });
      browser = await launch();
      ({ page } = await openApp(browser, host, { locale: w.locale }));
      await page.setViewportSize({ width: 1024, height: 768 });
    });
    afterAll(async () => {
      await browser?.close();
      await host?.stop();
    });

    test('contacts: “New contact” opens a form with the cursor in the given name and leaves the filter alone; cut cells show all on hover and focus', async () => {
      await go(page, '#/contacts', w.contacts);
      await page.getByRole('button', { name: w.newContact, exact: true }).click();
      const form = page.getByRole('dialog');
      await form.getByLabel(w.given).waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('contact-first-name');
      await shot(page, `ux-${lang}-contact-form`);
      await expectAccessible(page, 'contact form');
      await page.keyboard.type('Marie');
      await form.getByLabel(w.family).fill('Tremblay');
      await form.getByLabel(w.honorific).fill(lang === 'fr' ? 'Mme' : 'Ms');
      await form.getByLabel(w.email).fill('m.tremblay@ledevoir.example');
      await form.getByRole('button', { name: w.save, exact: true }).click();
      await page.getByRole('textbox', { name: w.nameCell('Marie Tremblay') }).waitFor();
      expect(await page.getByLabel(w.filter, { exact: true }).inputValue()).toBe('');
      const contacts = await api<{ name: string; firstName: string; lastName: string; honorific: string }[]>(page, 'contacts.list');
      expect(contacts.find((c) => c.name === 'Marie Tremblay')).toMatchObject({ firstName: 'Marie', lastName: 'Tremblay', honorific: lang === 'fr' ? 'Mme' : 'Ms' });

      // At 1024 px the long values are cut with an ellipsis, given in full on hover (title) and on focus.
      const cell = page.getByRole('textbox', { name: lang === 'fr' ? /^Organisation · Jean-François Côté-Desrosiers$/ : /^Organization · Jean-François Côté-Desrosiers$/ });
      const full = 'Le Quotidien de l’Estuaire maritime';
      expect(await cell.getAttribute('title')).toBe(full);
      const atRest = await cell.evaluate((el: HTMLInputElement) => ({ overflow: getComputedStyle(el).textOverflow, cut: el.scrollWidth > el.clientWidth }));
      expect(atRest).toEqual({ overflow: 'ellipsis', cut: true });
      await shot(page, `ux-${lang}-contacts-1024`);
      await cell.focus();
      await expect.poll(() => cell.evaluate((el: HTMLInputElement) => el.scrollWidth <= el.clientWidth + 1)).toBe(true);
      await shot(page, `ux-${lang}-contacts-1024-focused`);
      await page.keyboard.press('Escape');
      await expectAccessible(page, 'contacts');
    });

    test('Settings: reachable from the sidebar, in sections; sender, a signature per language and defaults for new kits are kept', async () => {
      await page.locator('.sidebar').getByRole('link', { name: w.settingsLink }).click();
      await page.getByRole('heading', { level: 1, name: w.settingsLink }).waitFor();
      for (const legend of w.settingsSections) await page.getByRole('group', { name: legend, exact: true }).waitFor();
      await page.getByLabel(w.signature).fill(lang === 'fr' ? 'Olivier Bérubé\nRelations de presse' : 'Olivier Bérubé\nPress relations');
      await shot(page, `ux-${lang}-settings`);
      await expectAccessible(page, 'settings');
      await page.getByRole('button', { name: w.save, exact: true }).click();
      await expect.poll(async () => (await api<{ signatures: Record<string, string> }>(page, 'settings.get')).signatures[lang]).toContain('Olivier Bérubé');
    });

    test('“New kit” asks first: cancelling creates nothing; the language follows the releases chosen; pickers name languages', async () => {
      await go(page, '#/kits', w.kits);
      await page.getByRole('button', { name: w.newKit, exact: true }).click();
      const ask = page.getByRole('dialog');
      await ask.getByLabel(w.kitName).fill('Brouillon jeté');
      await ask.getByRole('button', { name: w.cancel }).click();
      await expect(ask.isVisible()).resolves.toBe(false);
      expect(await api<unknown[]>(page, 'kits.list')).toEqual([]);

      await page.getByRole('button', { name: w.newKit, exact: true }).click();
      await ask.getByLabel(w.kitName).fill('Lumières boréales 2026');
      // The interface's language until releases are chosen, then theirs.
      expect(await ask.getByLabel(w.kitLanguage).inputValue()).toBe(lang === 'fr' ? 'fr-CA' : 'en-US');
      await ask.getByRole('checkbox', { name: /Helsinki/ }).check();
      expect(await ask.getByLabel(w.kitLanguage).inputValue()).toBe('fr-FR');
      expect(await ask.getByLabel(w.kitLanguage).locator('option:checked').innerText()).toBe(w.frFrance);
      await ask.getByRole('checkbox', { name: /Helsinki/ }).uncheck();
      await ask.getByRole('checkbox', { name: /programmation 2026/ }).check();
      await shot(page, `ux-${lang}-new-kit`);
      await expectAccessible(page, 'new kit dialog');
      await ask.getByRole('button', { name: w.createKit }).click();
      await page.getByRole('heading', { level: 1, name: 'Lumières boréales 2026' }).waitFor();
      const kits = await api<{ lang: string; sections: { type: string }[] }[]>(page, 'kits.list');
      expect(kits).toHaveLength(1);
      expect(kits[0]).toMatchObject({ lang: 'fr-CA', sections: [{ type: 'release' }] });
      const option = await page.locator('.sections select option:checked').first().innerText();
      expect(option.startsWith(w.releaseOptionPrefix)).toBe(true);
    });

    test('outreach on a fresh kit: the media list is proposed, not the spokespeople; one click gives the drafts, greeted by given name', async () => {
      const panel = page.locator('.outreach-panel');
      await panel.waitFor();
      const list = panel.getByLabel(w.mediaList);
      await expect.poll(() => list.locator('option:checked').innerText()).toMatch(/^Médias culturels \(2\)$/);
      expect(await list.locator(`optgroup[label="${w.spokespeopleGroup}"] option`).allInnerTexts()).toEqual([expect.stringMatching(/^Relations médias – .*\(1\)$/)]);
      // No sender yet: the panel says so and leads to Settings.
      await expect(panel.getByRole('link', { name: w.noSender }).getAttribute('href')).resolves.toBe('#/settings');
      await panel.getByRole('button', { name: w.createDrafts }).click();
      await panel.getByRole('progressbar').waitFor({ timeout: 2_000 });
      await panel.getByRole('heading', { name: w.drafts }).waitFor({ timeout: 90_000 });
      await panel.getByRole('heading', { name: w.log }).waitFor();
      await expect.poll(() => panel.locator('.outreach-history > ol > li').count()).toBe(1);
      // #22: a warning already on screen follows a switch of the interface language, and back.
      const noSender = { fr: 'Aucun expéditeur dans les Réglages', en: 'No sender in Settings' } as const;
      const other = lang === 'fr' ? 'en' : 'fr';
      await panel.locator('.alert.warning li', { hasText: noSender[lang] }).waitFor();
      await page.locator('.sidebar-foot select').selectOption(other);
      await panel.locator('.alert.warning li', { hasText: noSender[other] }).waitFor();
      await page.locator('.sidebar-foot select').selectOption(lang);
      await panel.locator('.alert.warning li', { hasText: noSender[lang] }).waitFor();
      // Drafts download through the session token, saved from memory (no link works without it).
      const [draft] = await Promise.all([page.waitForEvent('download'), panel.locator('.file-list button').first().click()]);
      const eml = await simpleParser(await readFile((await draft.path())!));
      expect(eml.text?.split('\n').find((l) => l.trim())).toBe(w.greeting);
      await panel.scrollIntoViewIfNeeded();
      await shot(page, `ux-${lang}-outreach-done`);
      await expectAccessible(page, 'outreach');
    });

    test('release editor: “Saving…” from the first keystroke until the save is acknowledged, buttons still; the counter describes the headline; side by side says why not', async () => {
      await go(page, '#/releases', w.releases);
      await page.getByRole('link', { name: /programmation 2026/ }).click();
      const headline = page.getByRole('textbox', { name: w.headline, exact: true });
      await headline.waitFor();
      // The counter is the description, not part of the name.
      const described = await headline.getAttribute('aria-describedby');
      expect(await page.locator(`[id="${described}"]`).innerText()).toMatch(/\/ 100/);
      await page.getByTestId('save-state').filter({ hasText: /./ }).waitFor();

      const exportButton = page.locator('.screen-head').getByRole('button', { name: w.exportButton, exact: true });
      const before = await exportButton.boundingBox();
      let release: () => void = () => undefined;
      const held = new Promise<void>((r) => (release = r));
      await page.route('**/api/releases.update', async (route) => {
        await held;
        await route.continue();
      });
      await headline.press('End');
      await page.keyboard.type(' !');
      await page.getByTestId('save-state').filter({ hasText: w.saving }).waitFor({ timeout: 500 });
      const during = await exportButton.boundingBox();
      await page.waitForTimeout(900);
      // Still not acknowledged: still saving.
      await expect(page.getByTestId('save-state').innerText()).resolves.toBe(w.saving);
      await shot(page, `ux-${lang}-release-saving`);
      release();
      await page.getByTestId('save-state').filter({ hasText: w.saved }).waitFor({ timeout: 10_000 });
      const after = await exportButton.boundingBox();
      await page.unroute('**/api/releases.update');
      expect(during?.x).toBe(before?.x);
      expect(after?.x).toBe(before?.x);

      // The spokespeople sheet follows the headline.
      const newHeadline = 'Le Festival des lumières boréales dévoile sa programmation 2026';
      await headline.fill(newHeadline);
      await page.getByTestId('save-state').filter({ hasText: w.saved }).waitFor({ timeout: 10_000 });
      const sheets = await api<{ name: string; role: string }[]>(page, 'sheets.list');
      expect(sheets.filter((s) => s.role === 'spokespeople').map((s) => s.name)).toEqual([w.sheetName(newHeadline)]);

      const tab = page.getByRole('tab', { name: w.sideBySide });
      expect(await tab.getAttribute('aria-disabled')).toBe('true');
      const why = await tab.getAttribute('aria-describedby');
      expect(await page.locator(`[id="${why}"]`).innerText()).toMatch(w.sideWhy);
      // Not disabled, so it can be reached and tell why; pressing it leads to the field that enables it.
      await tab.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-translation');
      await expect(page.getByLabel(w.translationOf).isVisible()).resolves.toBe(true);
      await shot(page, `ux-${lang}-release-side-by-side-why`);
      await expectAccessible(page, 'release editor');
    });

    test('logo import: a thumbnail and a name from the organization and the variant, editable', async () => {
      await dropFile(page, 'logo.svg', LOGO_SVG, 'image/svg+xml');
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel(w.logoOrg).fill('Festival des lumières boréales');
      await expect.poll(() => dialog.locator('.logo-import-preview img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
      expect(await dialog.getByLabel(w.logoName).inputValue()).toBe(w.proposed('Festival des lumières boréales'));
      await dialog.getByLabel(w.logoVariant).selectOption('horizontal');
      expect(await dialog.getByLabel(w.logoName).inputValue()).toBe(w.proposedHorizontal('Festival des lumières boréales'));
      await shot(page, `ux-${lang}-logo-import`);
      await expectAccessible(page, 'logo import');
      await dialog.getByLabel(w.logoName).fill('Lumières boréales – bandeau');
      await dialog.getByRole('button', { name: lang === 'fr' ? 'Enregistrer le logo' : 'Save the logo' }).click();
      await page.locator('.logo-name', { hasText: 'Lumières boréales – bandeau' }).waitFor();
    });

    test('export in the browser: each file and one “Download all”, and the dialog says where they were written', async () => {
      await go(page, '#/kits', w.kits);
      await page.getByRole('link', { name: 'Lumières boréales 2026' }).click();
      await page.locator('.screen-head').getByRole('button', { name: w.exportButton, exact: true }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('checkbox', { name: /PDF/ }).uncheck();
      await dialog.getByRole('checkbox', { name: /MD/ }).check();
      await dialog.getByRole('button', { name: w.run, exact: true }).click();
      await dialog.getByRole('heading', { name: w.ready }).waitFor({ timeout: 150_000 });
      expect(await dialog.locator('.written-where').innerText()).toMatch(w.writtenIn);
      const [all] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: w.downloadAll }).click()]);
      expect(all.suggestedFilename()).toMatch(/\.zip$/);
      expect((await readFile((await all.path())!)).subarray(0, 2).toString()).toBe('PK');
      expect(await dialog.getByRole('button', { name: w.download, exact: true }).count()).toBe(2);
      await shot(page, `ux-${lang}-export-browser`);
      await expectAccessible(page, 'export dialog');
      await dialog.getByRole('button', { name: w.close }).first().click();
    }, 200_000);
  });
}

describe('export in the desktop app: a folder chosen once per kit, “Show in folder”', () => {
  let host: Host;
  let browser: Browser;

  beforeAll(async () => {
    host = await startHost({
      seed: async (dir) => {
        cli(dir, 'api', 'kits.create', JSON.stringify({ data: { name: 'Trousse de bureau', lang: 'fr-CA' } }));
        cli(dir, 'api', 'settings.update', JSON.stringify({ uiLang: 'fr' }));
      },
    });
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  test('the desktop bridge is asked for a folder the first time only, and to show the file written', async () => {
    const context = await browser.newContext({ locale: 'fr-CA', viewport: { width: 1280, height: 860 }, bypassCSP: true });
    // The page as the desktop shell gives it: window.mediakit.call, here relayed to the web host, the
    // desktop services recorded (the shell's own side is tested with electron mocked in tests/unit/shell).
    // The desktop app has no session token (it talks over IPC): this stand-in relays with the web host's.
    const token = /#token=([\w-]+)/.exec(host.url)![1]!;
    await context.addInitScript((token: string) => {
      sessionStorage.setItem('mk:session-token', token);
      const calls: { method: string; input: unknown }[] = [];
      (window as unknown as { __calls: typeof calls }).__calls = calls;
      (window as unknown as { mediakit: unknown }).mediakit = {
        async call(method: string, input: Record<string, unknown>) {
          calls.push({ method, input });
          if (method === 'desktop.chooseFolder') return { ok: true, result: { path: '/home/agente/Trousses/Bureau' } };
          if (method.startsWith('desktop.')) return { ok: true, result: {} };
          // The web host writes only inside the library: the folder is recorded, then left out.
          const { outDir: _ignored, ...rest } = input ?? {};
          const r = await fetch(`/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'accept-language': 'fr', authorization: `Bearer ${token}` }, body: JSON.stringify(rest) });
          const body = (await r.json()) as { result?: unknown; error?: unknown };
          return r.ok ? { ok: true, result: body.result } : { ok: false, error: body.error };
        },
      };
    }, token);
    const page = await context.newPage();
    await page.goto(host.url);
    await page.waitForSelector('.sidebar nav');
    const kits = await api<{ id: string }[]>(page, 'kits.list');
    await page.evaluate((id) => (window.location.hash = `#/kits/${id}`), kits[0]!.id);
    await page.locator('.screen-head').getByRole('button', { name: 'Exporter', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Un dossier vous sera demandé la première fois').waitFor();
    await dialog.getByRole('checkbox', { name: /PDF/ }).uncheck();
    await dialog.getByRole('checkbox', { name: /MD/ }).check();
    await dialog.getByRole('button', { name: 'Exporter', exact: true }).click();
    await dialog.getByRole('heading', { name: 'Fichiers prêts' }).waitFor({ timeout: 60_000 });
    await expect(dialog.locator('.written-where').innerText()).resolves.toMatch(/^2 fichiers écrits dans /);
    await dialog.getByRole('button', { name: 'Afficher dans le dossier' }).click();
    await shot(page, 'ux-fr-export-desktop');
    await expectAccessible(page, 'desktop export dialog');
    // Again: the folder is remembered for this kit, not asked again.
    await dialog.getByRole('button', { name: 'Exporter', exact: true }).click();
    await dialog.getByRole('heading', { name: 'Fichiers prêts' }).waitFor({ timeout: 60_000 });
    await expect(dialog.locator('.folder-path').innerText()).resolves.toBe('/home/agente/Trousses/Bureau');
    const calls = await page.evaluate(() => (window as unknown as { __calls: { method: string; input: Record<string, unknown> }[] }).__calls);
    expect(calls.filter((c) => c.method === 'desktop.chooseFolder')).toHaveLength(1);
    expect(calls.filter((c) => c.method === 'export.kit').map((c) => c.input.outDir)).toEqual(['/home/agente/Trousses/Bureau', '/home/agente/Trousses/Bureau']);
    const shown = calls.filter((c) => c.method === 'desktop.showFile').map((c) => String(c.input.path));
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatch(/\.docx$/);
    await context.close();
  }, 120_000);
});

