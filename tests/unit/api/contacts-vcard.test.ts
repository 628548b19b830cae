import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/library/library.js';
import { createContext } from '../../../electron/host/context.js';
import { dispatch } from '../../../electron/api/dispatch.js';
import { call } from '../../helpers/api.js';
import { mediakit } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';

/**
 * contacts.vcard: the officer's own vCard (the contacts screen's "Export as vCard…", `mediakit export
 * contacts`), on a real library in a temporary folder, read back by the app's own import.
 */

type Ctx = ReturnType<typeof createContext>;
const opened: Array<{ lib: Library; ctx: Ctx }> = [];

async function open(dir?: string): Promise<{ lib: Library; ctx: Ctx; dir: string }> {
  const at = dir ?? path.join(await tempDir('mediakit-vcard-api-'), 'library');
  const lib = await Library.open(at);
  const ctx = createContext(lib, 'cli');
  opened.push({ lib, ctx });
  return { lib, ctx, dir: at };
}

afterEach(async () => {
  while (opened.length) {
    const { lib, ctx } = opened.pop()!;
    await ctx.dispose();
    await lib.close();
  }
});

/** A morning's contacts: a Montréal journalist, a New York editor, a Tokyo partner (organization by id), one in the trash. */
async function seed(ctx: Ctx) {
  const org = await call(ctx, 'organizations.create', { data: { name: 'Minato Giken Co., Ltd.' } });
  const elodie = await call(ctx, 'contacts.create', {
    data: {
      name: 'Élodie Tremblay',
      firstName: 'Élodie',
      lastName: 'Tremblay',
      honorific: 'Mme',
      title: 'Journaliste santé',
      organization: 'Le Quotidien de Montréal',
      emails: ['elodie.tremblay@quotidien.example'],
      phones: ['+1 514 555-0142 poste 221', '514 555-0199'],
      lang: 'fr-CA',
      notes: 'Couvre la santé; préfère les courriels avant 10 h.',
      tags: ['suivi-automne'],
    },
  });
  const james = await call(ctx, 'contacts.create', {
    data: { name: 'James Whitfield', title: 'Science Editor', organization: 'The Northern Courier', emails: ['j.whitfield@courier.example'], phones: ['+1 (212) 555-0188 ext. 45'], lang: 'en-US' },
  });
  const misaki = await call(ctx, 'contacts.create', {
    data: { name: '佐藤 美咲', title: '広報部', organizationId: org.id, emails: ['press@minato.example.jp'], phones: ['+81 3-1234-5678（内線203）'], lang: 'ja', notes: '英語と日本語で対応可。' },
  });
  const gone = await call(ctx, 'contacts.create', { data: { name: 'Paul Martin', emails: ['paul.martin@ancien.example'] } });
  const sheet = await call(ctx, 'sheets.create', { data: { name: 'Médias santé — automne', contactIds: [misaki.id, gone.id, elodie.id] } });
  await call(ctx, 'contacts.delete', { id: gone.id });
  return { org, elodie, james, misaki, gone, sheet };
}

const cards = (text: string) => text.split('BEGIN:VCARD').length - 1;

describe('contacts.vcard', () => {
  it('gives the chosen contacts in order, without the private notes unless asked', async () => {
    const { ctx } = await open();
    const s = await seed(ctx);
    const plain = await call(ctx, 'contacts.vcard', { contactIds: [s.misaki.id, s.elodie.id, s.misaki.id] });
    expect(plain).toMatchObject({ fileName: 'contacts-selection.vcf', mediaType: 'text/vcard; charset=utf-8', count: 2, withNotes: 0, leftOut: 0 });
    expect(plain.text.indexOf('FN:佐藤 美咲')).toBeLessThan(plain.text.indexOf('FN:Élodie Tremblay'));
    expect(plain.text).not.toContain('NOTE');
    // The organization known by id is named; the extension stays with the number.
    expect(plain.text).toContain('ORG:Minato Giken Co.\\, Ltd.\r\n');
    expect(plain.text).toContain('tel:+81-3-1234-5678;ext=203');
    expect(plain.text).toContain('tel:+1-514-555-0142;ext=221');
    expect(plain.text).toContain('TEL;VALUE=text;TYPE="voice,work":514 555-0199\r\n');
    expect(plain.text).toContain('N:Tremblay;Élodie;;Mme;\r\n');

    const noted = await call(ctx, 'contacts.vcard', { contactIds: [s.elodie.id, s.james.id], notes: true });
    expect(noted).toMatchObject({ fileName: 'contacts-selection-with-notes.vcf', count: 2, withNotes: 1 });
    expect(noted.text).toContain('NOTE:Couvre la santé; préfère les courriels avant 10 h.\r\n');
    expect(noted.text.match(/^NOTE/gm)).toHaveLength(1);
    // Notes are what the officer asked for; tags never go out.
    expect(noted.text).not.toMatch(/suivi-automne|CATEGORIES/);

    const one = await call(ctx, 'contacts.vcard', { contactIds: [s.james.id], notes: true });
    // Asked for notes, but James has none: the name does not say "with notes".
    expect(one).toMatchObject({ fileName: 'james-whitfield.vcf', withNotes: 0 });
  });

  it('gives a sheet’s contacts in the sheet’s order, leaving out (and counting) those in the trash', async () => {
    const { ctx } = await open();
    const s = await seed(ctx);
    const r = await call(ctx, 'contacts.vcard', { sheetId: s.sheet.id, notes: true });
    expect(r).toMatchObject({ fileName: 'medias-sante-automne-with-notes.vcf', count: 2, withNotes: 2, leftOut: 1 });
    expect(r.text.indexOf('佐藤')).toBeLessThan(r.text.indexOf('Tremblay'));
    expect(r.text).not.toContain('Paul Martin');
    ctx.uiLang = 'fr';
    expect((await call(ctx, 'contacts.vcard', { sheetId: s.sheet.id, notes: true })).fileName).toBe('medias-sante-automne-avec-notes.vcf');
  });

  it('gives every contact not in the trash when none is named', async () => {
    const { ctx } = await open();
    await seed(ctx);
    const r = await call(ctx, 'contacts.vcard', {});
    expect(r).toMatchObject({ fileName: 'contacts.vcf', count: 3, withNotes: 0 });
    expect(cards(r.text)).toBe(3);
    expect(r.text).not.toContain('Paul Martin');
  });

  it('refuses an unknown or trashed contact, an unknown sheet, and both a sheet and ids, with stable codes', async () => {
    const { ctx } = await open();
    const s = await seed(ctx);
    expect(await dispatch('contacts.vcard', { contactIds: [s.elodie.id], sheetId: s.sheet.id }, ctx)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await dispatch('contacts.vcard', { contactIds: [] }, ctx)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await dispatch('contacts.vcard', { contactIds: [s.elodie.id, s.gone.id] }, ctx)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: `No contact with id ${s.gone.id}.` } });
    expect(await dispatch('contacts.vcard', { sheetId: 'sht_00000000000000' }, ctx)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dispatch('contacts.vcard', { notes: 'yes' }, ctx)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('round-trips through the app’s own import: names, organization, e-mails, phones with their extension, notes', async () => {
    const a = await open();
    const s = await seed(a.ctx);
    const b = await open();
    const file = await call(a.ctx, 'contacts.vcard', { notes: true });
    const imported = await call(b.ctx, 'import.contacts', { fileName: file.fileName, contentBase64: Buffer.from(file.text, 'utf8').toString('base64') });
    expect(imported).toMatchObject({ imported: 3, merged: 0, skipped: [] });
    const back = await call(b.ctx, 'contacts.list', {});
    const byEmail = (list: typeof back, email: string) => list.find((c) => c.emails.includes(email))!;
    for (const original of [s.elodie, s.james, s.misaki]) {
      const c = byEmail(back, original.emails[0]!);
      expect({ name: c.name, firstName: c.firstName, lastName: c.lastName, honorific: c.honorific, title: c.title, emails: c.emails, lang: c.lang, notes: c.notes }).toEqual({
        name: original.name,
        firstName: original.firstName,
        lastName: original.lastName,
        honorific: original.honorific,
        title: original.title,
        emails: original.emails,
        lang: original.lang,
        notes: original.notes,
      });
    }
    expect(byEmail(back, s.misaki.emails[0]!).organization).toBe('Minato Giken Co., Ltd.');
    expect(byEmail(back, s.elodie.emails[0]!).phones).toEqual(['+1-514-555-0142 poste 221', '514 555-0199']);
    expect(byEmail(back, s.james.emails[0]!).phones).toEqual(['+1-212-555-0188 ext. 45']);
    expect(byEmail(back, s.misaki.emails[0]!).phones).toEqual(['+81-3-1234-5678 内線203']);

    // Without notes, the notes stay behind.
    const c = await open();
    const plain = await call(a.ctx, 'contacts.vcard', {});
    await call(c.ctx, 'import.contacts', { fileName: plain.fileName, contentBase64: Buffer.from(plain.text, 'utf8').toString('base64') });
    expect((await call(c.ctx, 'contacts.list', {})).map((x) => x.notes)).toEqual(['', '', '']);
  });

  // Runs the built command (`npm run build` comes first in `npm test`).
  it('is the CLI’s `export contacts` and `api contacts.vcard`, while the app holds the library', async () => {
    const { ctx, dir } = await open();
    const s = await seed(ctx);
    const out = await tempDir('mediakit-vcard-out-');
    const lib = ['--library', dir];

    const sheet = await mediakit([...lib, 'export', 'contacts', '--sheet', s.sheet.id, '--notes', '--out', out]);
    expect(sheet.code, sheet.stderr).toBe(0);
    const printed = sheet.json<{ path: string; bytes: number; contacts: number; withNotes: number; leftOut: number }>();
    expect(printed).toMatchObject({ path: path.join(out, 'medias-sante-automne-with-notes.vcf'), contacts: 2, withNotes: 2, leftOut: 1 });
    const text = await readFile(printed.path, 'utf8');
    expect(printed.bytes).toBe(Buffer.byteLength(text));
    expect(text).toContain('NOTE:英語と日本語で対応可。');
    expect(text).toContain('ORG:Minato Giken Co.\\, Ltd.');

    // Again: a free name, never a replaced file; without --notes, no notes.
    const again = await mediakit([...lib, 'export', 'contacts', '--contact', `${s.elodie.id},${s.james.id}`, '--out', out]);
    expect(again.code, again.stderr).toBe(0);
    expect(await readFile(path.join(out, 'contacts-selection.vcf'), 'utf8')).not.toContain('NOTE');
    await mediakit([...lib, 'export', 'contacts', '--contact', s.elodie.id, s.james.id, '--out', out]);
    expect((await readdir(out)).sort()).toEqual(['contacts-selection (2).vcf', 'contacts-selection.vcf', 'medias-sante-automne-with-notes.vcf']);

    const both = await mediakit([...lib, 'export', 'contacts', '--contact', s.elodie.id, '--sheet', s.sheet.id, '--out', out]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give --contact or --sheet, not both');

    const api = await mediakit([...lib, 'api', 'contacts.vcard', JSON.stringify({ contactIds: [s.james.id] })]);
    expect(api.code, api.stderr).toBe(0);
    expect(api.json<{ text: string }>().text).toContain('TEL;VALUE=uri;TYPE="voice,work";PREF=1:tel:+1-212-555-0188;ext=45');
  });
});
