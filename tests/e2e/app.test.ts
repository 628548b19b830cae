import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFile, stat } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { axe, launch, openApp, shot, startHost, type Host } from './harness.js';
import { CONTACTS_VCF, LOGO_SVG, RELEASE_TXT } from './fixtures.js';

/** Drops files on the window the way a file manager does: a DataTransfer built in the page. */
async function dropFile(page: Page, name: string, content: string, type: string): Promise<void> {
  await page.evaluate(
    ({ name, content, type }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([content], name, { type }));
      const target = document.querySelector('main') ?? document.body;
      target.dispatchEvent(new DragEvent('dragenter', { bubbles: true, cancelable: true, dataTransfer: dt }));
      target.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: dt }));
      target.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
    },
    { name, content, type },
  );
}

async function expectAccessible(page: Page, screen: string): Promise<void> {
  const violations = await axe(page);
  expect(violations.map((v) => `${screen}: ${v.id} (${v.impact}) ${v.help} @ ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function go(page: Page, hash: string, heading: RegExp | string): Promise<void> {
  await page.evaluate((h) => (window.location.hash = h), hash);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
}

describe('the editor in Chromium, through the web host', () => {
  let host: Host;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    host = await startHost();
    browser = await launch();
    ({ page } = await openApp(browser, host, { locale: 'fr-CA' }));
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  test('an empty library opens in French with the first-run offer', async () => {
    await page.getByRole('heading', { name: 'Bienvenue dans Media Kit Manager' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('fr-CA');
    await expect(page.getByRole('button', { name: 'Charger une bibliothèque d’exemple' }).isVisible()).resolves.toBe(true);
    await shot(page, '01-first-run');
    await expectAccessible(page, 'first run');
  });

  test('a new release: type a headline, it is saved and listed', async () => {
    await page.getByRole('button', { name: 'Rédiger un communiqué' }).click();
    const headline = page.locator('#field-headline');
    await headline.waitFor();
    await headline.fill('Le Musée maritime de Gaspé rouvre ses portes après deux ans de travaux');
    await page.getByTestId('save-state').filter({ hasText: /^Enregistré$/ }).waitFor({ timeout: 10_000 });
    await page.locator('.ProseMirror').click();
    await page.keyboard.type('Le musée accueillera de nouveau le public dès le 1er juin.');
    await page.getByTestId('save-state').filter({ hasText: /^Enregistré$/ }).waitFor({ timeout: 10_000 });
    await go(page, '#/releases', 'Communiqués');
    await page.getByRole('link', { name: /Musée maritime de Gaspé/ }).waitFor();
    await shot(page, '02-releases-list');
    await expectAccessible(page, 'releases list');
  });

  test('the global search finds the release and opens it', async () => {
    await page.keyboard.press('Control+k');
    await page.keyboard.type('gaspe');
    const option = page.getByRole('option', { name: /Musée maritime de Gaspé/ });
    await option.waitFor();
    // The release's status is named as the releases list names it, not by its stored code.
    const snippet = await option.locator('.search-snippet').innerText();
    expect(snippet).toMatch(/\bBrouillon\b/);
    expect(snippet).not.toMatch(/\bdraft\b/);
    await shot(page, '03-search');
    await page.keyboard.press('Enter');
    await page.locator('#field-headline').waitFor();
    expect(await page.locator('#field-headline').inputValue()).toContain('Gaspé');
    expect(await page.locator('.ProseMirror').innerText()).toContain('1er juin');
    await page.waitForTimeout(800);
    await shot(page, '04-release-editor');
    await expectAccessible(page, 'release editor');
  });

  test('an edit made just before the window closes is not lost', async () => {
    await page.locator('#field-headline').fill('Le Musée maritime de Gaspé rouvre ses portes cet été');
    // No wait for the debounce: the page goes away at once.
    await page.reload();
    await page.locator('#field-headline').waitFor();
    await expect.poll(() => page.locator('#field-headline').inputValue()).toBe('Le Musée maritime de Gaspé rouvre ses portes cet été');
    await page.getByTestId('save-state').filter({ hasText: /Enregistré|Toutes les modifications/ }).waitFor({ timeout: 10_000 });
    const saved = await page.evaluate(async (id) => {
      const auth = { authorization: `Bearer ${sessionStorage.getItem('mk:session-token')}` };
      const r = await fetch('/api/releases.get', { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: JSON.stringify({ id }) });
      return ((await r.json()) as { result: { headline: string } }).result.headline;
    }, page.url().split('/').pop());
    expect(saved).toBe('Le Musée maritime de Gaspé rouvre ses portes cet été');
  });

  test('a failed save is shown, kept and retried until it succeeds', async () => {
    await page.route('**/api/releases.update', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ error: { code: 'WRITE_FAILED', message: 'disque plein' } }) }));
    await page.locator('#field-subheadline').fill('Nouvelles salles et quai restauré');
    await page.getByTestId('save-state').filter({ hasText: 'Non enregistré : disque plein' }).waitFor({ timeout: 10_000 });
    const draft = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('mk:unsaved:releases.update:'))?.[1] ?? '');
    expect(draft).toContain('Nouvelles salles et quai restauré');
    await shot(page, '04b-save-failed');
    await page.unroute('**/api/releases.update');
    await page.getByTestId('save-state').filter({ hasText: /^Enregistré$/ }).waitFor({ timeout: 20_000 });
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('mk:unsaved:releases.update:')).length)).toBe(0);
  });

  test('pasting from Word keeps headings, lists, bold and links', async () => {
    const html = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body>
      <h2>Les faits saillants</h2>
      <p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span>Accès <b>gratuit</b> au quai</p>
      <p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp;</span></span>Visites guidées <a href="https://musee-gaspe.example/visites">sur réservation</a></p>
      <p class=MsoNormal>Fin du texte collé.<o:p></o:p></p></body></html>`;
    await page.locator('.ProseMirror').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.evaluate((content) => {
      const dt = new DataTransfer();
      dt.setData('text/html', content);
      dt.setData('text/plain', 'Les faits saillants');
      document.querySelector('.ProseMirror')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, html);
    await page.locator('.ProseMirror h2', { hasText: 'Les faits saillants' }).waitFor();
    expect(await page.locator('.ProseMirror ul li').count()).toBe(2);
    expect(await page.locator('.ProseMirror ul li strong').innerText()).toBe('gratuit');
    expect(await page.locator('.ProseMirror ul li a').getAttribute('href')).toBe('https://musee-gaspe.example/visites');
    expect(await page.locator('.ProseMirror').innerText()).not.toContain('·');
    await page.getByTestId('save-state').filter({ hasText: /^Enregistré$/ }).waitFor({ timeout: 10_000 });
    // Undo takes the paste back out.
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('.ProseMirror h2').count()).toBe(0);
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.locator('.ProseMirror h2').count()).toBe(1);
  });

  test('switching the interface to English and back', async () => {
    await page.locator('.sidebar').getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await page.locator('.sidebar').getByRole('link', { name: /Releases/ }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.locator('.sidebar').getByRole('link', { name: /Media kits/ }).isVisible()).resolves.toBe(true);
    await page.locator('.sidebar').getByRole('combobox', { name: 'Language' }).selectOption('fr');
    await page.locator('.sidebar').getByRole('link', { name: /Communiqués/ }).waitFor();
    // The choice is stored in the library, so it survives a reload.
    await page.reload();
    await page.locator('.sidebar').getByRole('link', { name: /Trousses médias/ }).waitFor();
  });

  test('delete a release to the trash and restore it', async () => {
    await page.getByRole('button', { name: 'Supprimer', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Communiqués' }).waitFor();
    await go(page, '#/trash', 'Corbeille');
    const row = page.getByRole('row', { name: /Musée maritime de Gaspé/ });
    await row.waitFor();
    await shot(page, '05-trash');
    await expectAccessible(page, 'trash');
    await row.getByRole('button', { name: 'Restaurer' }).click();
    await page.getByText('La corbeille est vide.').waitFor();
    await go(page, '#/releases', 'Communiqués');
    await page.getByRole('link', { name: /Musée maritime de Gaspé/ }).waitFor();
  });

  test('a file that cannot be read says which file and why', async () => {
    await dropFile(page, 'programme-final.docx', 'this is not a Word document', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    await page.locator('.toast-error', { hasText: 'programme-final.docx' }).waitFor();
    await dropFile(page, 'budget.xlsx', 'x', 'application/octet-stream');
    await page.locator('.toast-error', { hasText: 'budget.xlsx' }).waitFor();
    expect(await page.locator('.toast-error', { hasText: 'budget.xlsx' }).innerText()).toContain('ne peut pas être importé');
    await shot(page, '06a-import-errors');
    while ((await page.locator('.toast-error button').count()) > 0) await page.locator('.toast-error button').first().click();
  });

  test('import a release by dropping a file: review, fix the headline, save', async () => {
    await dropFile(page, 'festival-lumieres.txt', RELEASE_TXT, 'text/plain');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: /festival-lumieres\.txt/ }).waitFor();
    expect(await dialog.locator('#review-headline').inputValue()).toContain('Festival des lumières boréales');
    // The contacts found are cards to check before saving (tests/e2e/import-review.test.ts tries split and join).
    expect(await dialog.locator('.contact-card').first().getByLabel('Nom', { exact: true }).inputValue()).toBe('Olivier Bérubé');
    await shot(page, '06-import-review');
    await expectAccessible(page, 'import review');
    await dialog.locator('#review-headline').fill('Festival des lumières boréales : la programmation 2026 dévoilée');
    await dialog.getByRole('button', { name: 'Enregistrer le communiqué' }).click();
    await page.locator('#field-headline').waitFor();
    await expect.poll(() => page.locator('#field-headline').inputValue()).toBe('Festival des lumières boréales : la programmation 2026 dévoilée');
    expect(await page.locator('.ProseMirror li').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.picker').nth(1).innerText()).toContain('Olivier Bérubé');
    // Ctrl+E exports the open release; Markdown comes back with the fixed headline.
    await page.keyboard.press('Control+e');
    const dialog2 = page.getByRole('dialog');
    await dialog2.getByRole('checkbox', { name: /PDF/ }).uncheck();
    await dialog2.getByRole('checkbox', { name: /DOCX/ }).uncheck();
    await dialog2.getByRole('checkbox', { name: /MD/ }).check();
    await dialog2.getByRole('button', { name: 'Exporter', exact: true }).click();
    const button = dialog2.getByRole('button', { name: 'Télécharger' });
    await button.waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const md = await readFile((await download.path())!, 'utf8');
    expect(md).toMatch(/^# Festival des lumières boréales\s:\sla programmation 2026 dévoilée$/m);
    expect(md).toMatch(/^[-*] douze œuvres lumineuses/m);
    await dialog2.getByRole('button', { name: 'Fermer' }).first().click();
  });

  test('contacts from a vCard, attached to the release', async () => {
    await dropFile(page, 'journalistes.vcf', CONTACTS_VCF, 'text/vcard');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: /journalistes\.vcf/ }).waitFor();
    expect(await dialog.locator('.stats dd').first().innerText()).toBe('2');
    await dialog.getByRole('button', { name: 'OK' }).click();
    await page.getByRole('heading', { level: 1, name: 'Contacts et listes' }).waitFor();
    await page.getByRole('textbox', { name: /Nom · Élodie Marchand/ }).waitFor();
    // The same journalist again from another address book: found as a duplicate by name and merged.
    await dropFile(page, 'carnet-perso.vcf', ['BEGIN:VCARD', 'VERSION:4.0', 'FN:ELODIE MARCHAND', 'EMAIL:elodie@courriel.example', 'TEL:+1 418 555-0100', 'END:VCARD', ''].join('\r\n'), 'text/vcard');
    await page.getByRole('dialog').getByRole('heading', { name: /carnet-perso\.vcf/ }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await page.getByRole('button', { name: 'Fusionner 1 doublon' }).click();
    await page.getByRole('dialog').getByText(/Conserver Élodie Marchand/).waitFor();
    await shot(page, '07b-merge-duplicates');
    await expectAccessible(page, 'merge duplicates');
    await page.getByRole('dialog').getByRole('button', { name: 'Fusionner', exact: true }).click();
    await page.getByText('3 contacts', { exact: true }).waitFor();
    await expect(page.getByRole('textbox', { name: /Courriel · Élodie Marchand/ }).inputValue()).resolves.toBe('e.marchand@radio-cotenord.example');
    await shot(page, '07-contacts');
    await expectAccessible(page, 'contacts');
    await go(page, '#/releases', 'Communiqués');
    await page.getByRole('link', { name: /lumières boréales/ }).click();
    await page.locator('#field-headline').waitFor();
    await page.getByLabel('Ajouter un contact').selectOption({ label: 'Élodie Marchand · Radio Côte-Nord' });
    await page.locator('.picker').nth(1).getByText('Élodie Marchand').waitFor();
    await page.getByTestId('save-state').filter({ hasText: /^Enregistré$/ }).waitFor({ timeout: 10_000 });
  });

  test('a logo dropped in, filed under its organization', async () => {
    await dropFile(page, 'lumieres-logo.svg', LOGO_SVG, 'image/svg+xml');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: /lumieres-logo\.svg/ }).waitFor();
    await dialog.getByLabel('Organisation').fill('Festival des lumières boréales');
    await dialog.getByRole('button', { name: 'Enregistrer le logo' }).click();
    await page.getByRole('heading', { level: 1, name: 'Logos' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Festival des lumières boréales' }).waitFor();
    await page.locator('.logo-bg img').first().waitFor();
    await expect(page.locator('.logo-facts').first().innerText()).resolves.toContain('320 × 120');
    await shot(page, '08-logos');
    await expectAccessible(page, 'logos');
    // A new version of the file replaces the old one under the same name.
    await page.getByLabel('Remplacer le fichier de Festival des lumières boréales – principal').setInputFiles({ name: 'lumieres-logo-2026.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(LOGO_SVG.replace('width="320" height="120" viewBox="0 0 320 120"', 'width="400" height="150" viewBox="0 0 320 120"')) });
    await expect.poll(() => page.locator('.logo-facts').first().innerText(), { timeout: 30_000 }).toContain('400 × 150');
    expect(await page.locator('.logo-card').count()).toBe(1);
    expect(await page.locator('.logo-name').first().innerText()).toBe('Festival des lumières boréales – principal');
    await page.locator('.toast', { hasText: 'nouvelle image en place' }).waitFor();
    // A file that is not an image is refused by name, and the logo keeps its image.
    await page.getByLabel('Remplacer le fichier de Festival des lumières boréales – principal').setInputFiles({ name: 'note.png', mimeType: 'image/png', buffer: Buffer.from('Pas une image.') });
    await page.locator('.toast-error', { hasText: 'note.png' }).waitFor();
    expect(await page.locator('.logo-facts').first().innerText()).toContain('400 × 150');
    while ((await page.locator('.toast-error button').count()) > 0) await page.locator('.toast-error button').first().click();
    // Swapped in place: the old logo did not go to the trash.
    await go(page, '#/trash', 'Corbeille');
    await page.locator('.screen .data-table, .screen p.empty').first().waitFor();
    expect(await page.locator('.screen .badge-logos').count()).toBe(0);
    await go(page, '#/organizations', 'Organisations');
    await page.getByRole('link', { name: /Festival des lumières boréales/ }).click();
    await page.getByLabel('À propos, en français').waitFor();
    expect(await page.getByLabel('À propos, en français').inputValue()).toContain('organisme sans but lucratif');
    await shot(page, '09-organizations');
    await expectAccessible(page, 'organizations');
  });

  test('build a kit and export it as PDF and DOCX', async () => {
    await go(page, '#/kits', 'Trousses médias');
    await page.getByRole('button', { name: 'Nouvelle trousse' }).click();
    const ask = page.getByRole('dialog');
    await ask.getByLabel('Nom de la trousse').fill('Trousse média — Lumières boréales 2026');
    await ask.getByLabel('Événement', { exact: true }).fill('Festival des lumières boréales');
    await ask.getByRole('textbox', { name: 'Lieu', exact: true }).fill('Rimouski (Québec)');
    await ask.getByRole('button', { name: 'Créer la trousse' }).click();
    await page.getByRole('heading', { level: 1, name: 'Trousse média — Lumières boréales 2026' }).waitFor();
    await page.getByRole('button', { name: '+ Communiqué' }).click();
    await page.getByRole('button', { name: '+ Logos' }).click();
    await page.getByRole('button', { name: '+ À propos des organisations' }).click();
    expect(await page.locator('.sections > li').count()).toBe(3);
    // Reorder with the keyboard buttons: the organizations go before the logos.
    await page.getByRole('button', { name: 'Monter 3. À propos des organisations' }).click();
    await expect(page.locator('.sections > li').nth(1).innerText()).resolves.toContain('À propos');
    // And by dragging: the logos section, dropped on the first one, moves to the top.
    await page.locator('.sections > li').nth(2).locator('.drag-handle').dragTo(page.locator('.sections > li').nth(0));
    await expect.poll(() => page.locator('.sections > li').nth(0).innerText()).toContain('Logos');
    await page.locator('.sections > li').nth(0).locator('.drag-handle').dragTo(page.locator('.sections > li').nth(2));
    await expect.poll(() => page.locator('.sections > li').nth(2).innerText()).toContain('Logos');
    await page.getByTestId('save-state').filter({ hasText: /^Enregistré$/ }).waitFor({ timeout: 10_000 });
    await page.locator('iframe.preview-frame').waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1000);
    await shot(page, '10-kit-editor');
    await expectAccessible(page, 'kit editor');

    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: /Exporter/ }).waitFor();
    await dialog.getByRole('button', { name: 'Exporter', exact: true }).click();
    await dialog.getByRole('heading', { name: 'Fichiers prêts' }).waitFor({ timeout: 150_000 });
    await shot(page, '11-export');
    await expectAccessible(page, 'export dialog');
    // Downloads go through the session token (fetched, then saved from memory): no link works without it.
    const buttons = dialog.getByRole('button', { name: 'Télécharger', exact: true });
    expect(await buttons.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      const [download] = await Promise.all([page.waitForEvent('download'), buttons.nth(i).click()]);
      const href = download.suggestedFilename();
      const body = await readFile((await download.path())!);
      if (href.endsWith('.pdf')) {
        expect(body.subarray(0, 5).toString()).toBe('%PDF-');
        expect(body.length).toBeGreaterThan(10_000);
      } else {
        expect(href.endsWith('.docx')).toBe(true);
        expect(body.subarray(0, 2).toString()).toBe('PK');
        expect(body.length).toBeGreaterThan(5_000);
      }
    }
    await dialog.getByRole('button', { name: 'Fermer' }).first().click();
    await page.locator('.size-meter meter').waitFor();
    expect(await page.locator('.size-meter').innerText()).toMatch(/Dernière exportation\s*:\s*\d+[,\d]*\s*Ko une fois jointe à un courriel/);
    await go(page, '#/kits', 'Trousses médias');
    await page.getByRole('link', { name: 'Trousse média — Lumières boréales 2026' }).waitFor();
    await shot(page, '10b-kits');
    await expectAccessible(page, 'kits');
  }, 240_000);

  test('the exported files are in the library folder with sane sizes', async () => {
    const res = await page.evaluate(async () => {
      const auth = { authorization: `Bearer ${sessionStorage.getItem('mk:session-token')}` };
      const r = await fetch('/api/library.info', { method: 'POST', headers: { 'content-type': 'application/json', ...auth }, body: '{}' });
      return (await r.json()) as { result: { path: string } };
    });
    expect(res.result.path).toContain(host.libraryDir.split('/').pop()!);
    const last = await page.evaluate(() => Object.entries(localStorage).filter(([k]) => k.startsWith('mk:last-export:kit_')).map(([, v]) => JSON.parse(v) as { path: string; bytes: number; format: string }[])[0] ?? []);
    expect(last.map((f) => f.format).sort()).toEqual(['docx', 'pdf']);
    for (const f of last) {
      const s = await stat(f.path);
      expect(s.size).toBe(f.bytes);
      expect(s.size).toBeGreaterThan(5_000);
      const head = (await readFile(f.path)).subarray(0, 4).toString();
      expect(head === '%PDF' || head.startsWith('PK')).toBe(true);
    }
    // The web host's own bundle reads the first print back: the kit's contents give page numbers.
    const pdf = last.find((f) => f.format === 'pdf')!.path;
    const firstPages = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '2', pdf, '-'], { encoding: 'utf8' });
    expect(firstPages).toMatch(/^(Table des matières|Sommaire)$/m);
    expect(firstPages.split('\n').filter((l) => /\S\s{2,}\d+\s*$/.test(l)).length).toBeGreaterThanOrEqual(2);
  });

  test('keyboard shortcuts help', async () => {
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Raccourcis clavier' }).waitFor();
    await shot(page, '12-shortcuts');
    await expectAccessible(page, 'shortcuts');
    await page.keyboard.press('Escape');
    // Alt+N (Ctrl+N belongs to the browser outside the desktop app) opens a blank release, cursor in the headline.
    await page.keyboard.press('Alt+n');
    await page.locator('#field-headline').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-headline');
    await page.keyboard.type('Brouillon');
    await page.getByTestId('save-state').filter({ hasText: /^Enregistré$/ }).waitFor({ timeout: 10_000 });
  });
});

describe('first run: the sample library', () => {
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

  test('one click gives a complete kit, in English and in the dark theme', async () => {
    const { page } = await openApp(browser, host, { locale: 'en-US', colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Load a sample library' }).click();
    await page.getByRole('link', { name: /Health Gateway takes twelve/ }).waitFor();
    expect(await page.locator('.table-body .release-row').count()).toBe(3);
    await shot(page, '20-sample-releases-dark');
    await expectAccessible(page, 'sample releases (dark)');
    // Search results name statuses in English: "In review", "Approved".
    await page.getByRole('combobox', { name: 'Search the library' }).fill('montreal');
    const inReview = page.getByRole('option', { name: /Health Gateway takes twelve/ }).locator('.search-snippet');
    await expect.poll(() => inReview.innerText()).toMatch(/en-US In review\b/);
    expect(await page.getByRole('option', { name: /Passerelle Santé/ }).locator('.search-snippet').innerText()).toMatch(/fr-CA Approved\b/);
    await page.keyboard.press('Escape');
    await go(page, '#/kits', 'Media kits');
    await page.getByRole('link', { name: /Mission Kobe 2026/ }).click();
    await page.locator('iframe.preview-frame').waitFor({ timeout: 20_000 });
    await page.waitForTimeout(1500);
    await shot(page, '21-sample-kit-dark');
    await expectAccessible(page, 'sample kit (dark)');
    await go(page, '#/logos', 'Logos');
    await page.locator('.logo-bg img').nth(5).waitFor();
    await shot(page, '22-sample-logos-dark');
    await go(page, '#/contacts', 'Contacts & sheets');
    await page.getByRole('textbox', { name: /Name · 山本 さくら/ }).waitFor();
    await shot(page, '23-sample-contacts-dark');
    await expectAccessible(page, 'sample contacts (dark)');
    // The French release and its English translation, side by side.
    await go(page, '#/releases', 'Releases');
    await page.getByRole('link', { name: /Passerelle Santé/ }).click();
    await page.getByRole('tab', { name: 'Side by side' }).click();
    await page.getByRole('tabpanel').getByRole('heading', { name: /Health Gateway takes twelve/ }).waitFor();
    await shot(page, '24-sample-side-by-side-dark');
    await expectAccessible(page, 'side by side (dark)');
    await page.getByRole('tab', { name: 'Preview' }).click();
    await page.locator('iframe.preview-frame').waitFor();
    const html = await page.locator('iframe.preview-frame').getAttribute('srcdoc');
    expect(html).toContain('Passerelle Santé');
    expect(await page.locator('iframe.preview-frame').getAttribute('sandbox')).toBe('');
  }, 180_000);
});
