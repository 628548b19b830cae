import { execFileSync } from 'node:child_process';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import type { Library } from '../../../electron/library/library.js';
import { createContext } from '../../../electron/host/context.js';
import { call } from '../../helpers/api.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { SENDER } from '../../fixtures/outreach/seed.js';
import { addresses, header, readEml, rfc2231FileNames, seededLibrary, sha256 } from './helpers.js';

const open: { lib: Library; ctx: ReturnType<typeof createContext> }[] = [];
afterEach(async () => {
  while (open.length) {
    const o = open.pop()!;
    await o.ctx.dispose();
    await o.lib.close();
  }
});

async function seeded() {
  const s = await seededLibrary();
  open.push(s);
  return s;
}

describe('outreach through the API', () => {
  it('creates one draft per recipient with the freshly exported PDF and DOCX, and logs what each journalist got', async () => {
    const { lib, ctx, seed } = await seeded();
    const outDir = await tempDir();
    const made = await call(ctx, 'outreach.create', { kitId: seed.kitId, sheetId: seed.sheetId, attach: ['pdf', 'docx'], outDir });
    expect(made.files.map((f) => f.name)).toEqual(['01-tremblay-elodie.eml', '02-k-watanabe.eml', '03-nouvelles-salle-des.eml', '04-leblanc-chloe.eml']);
    expect(made.skipped.map((s) => s.code)).toEqual(['opted-out', 'no-email', 'duplicate']);
    expect(made.files.every((f) => f.download === null)).toBe(true);
    expect(made.log.files.map((f) => f.name)).toEqual(['Mission économique Québec–Japon 2030.pdf', 'Mission économique Québec–Japon 2030.docx']);

    for (const f of made.files) {
      const eml = await readEml(f.path);
      expect(eml.raw.length).toBe(f.bytes);
      expect(eml.mail.headers.get('x-unsent')).toBe('1');
      expect(eml.mail.messageId).toMatch(/^<[0-9a-f-]{36}@sdqj\.example>$/);
      expect(eml.mail.date).toBeInstanceOf(Date);
      expect(addresses(eml.mail.from)).toEqual([{ name: SENDER.name, address: SENDER.email }]);
      expect(header(eml.headers, 'From')).toBe('=?UTF-8?Q?Genevi=C3=A8ve_B=C3=A9langer?= <g.belanger@sdqj.example>');
      expect(addresses(eml.mail.to)).toEqual(f.to.map((t) => ({ name: t.name, address: t.email })));
      expect(eml.mail.subject).toBe('SOUS EMBARGO jusqu’au 12 mai 2030, 0 h 01 (HAE) – Trousse média\u00a0: Mission économique Québec–Japon 2030');
      expect(header(eml.headers, 'Subject')).toMatch(/^=\?UTF-8\?Q\?SOUS_EMBARGO_jusqu=E2=80=99au/);
      expect(eml.raw).toContain('Content-Type: text/plain; charset=utf-8');
      expect(eml.raw).toContain('Content-Type: text/html; charset=utf-8');
      expect(eml.mail.text?.startsWith('SOUS EMBARGO jusqu’au 12 mai 2030, 0 h 01 (HAE)\n\nBonjour ')).toBe(true);
      expect(eml.mail.text).toContain('Cordialement,\n\nGeneviève Bélanger\nConseillère principale, communications');
      expect(eml.mail.html).toContain('<a href="https://sdqj.example/presse">');
      // Exactly the files that were exported and logged, kept in the library by hash.
      expect(eml.mail.attachments.map((a) => ({ name: a.filename, sha256: sha256(a.content), bytes: a.size }))).toEqual(made.log.files);
      expect(rfc2231FileNames(eml.raw)).toEqual(made.log.files.map((x) => x.name));
    }
    const stored = await lib.readFile(made.log.files[0]!.sha256);
    expect(sha256(stored)).toBe(made.log.files[0]!.sha256);
    expect(Buffer.from(stored.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const pdfFile = path.join(outDir, 'check.pdf');
    await writeFile(pdfFile, stored);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-'], { encoding: 'utf8' });
    expect(text).toContain('Douze PME québécoises à Osaka');
    const docx = unzipSync(await lib.readFile(made.log.files[1]!.sha256));
    expect(Object.keys(docx)).toContain('word/document.xml');

    const first = await readEml(made.files[0]!.path);
    expect(first.mail.text).toContain('Bonjour Élodie,');

    const log = await call(ctx, 'outreach.log', { kitId: seed.kitId, contactId: seed.contacts.watanabe });
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0]!.mode).toBe('per-recipient');
    expect(log.entries[0]!.to.map((t) => t.contactId)).toEqual([seed.contacts.tremblay, seed.contacts.watanabe, seed.contacts.desk, seed.contacts.leblanc]);
    expect((await call(ctx, 'outreach.log', { kitId: seed.kitId, contactId: seed.contacts.cote })).entries).toEqual([]);
    const kit = await call(ctx, 'kits.get', { id: seed.kitId });
    expect(kit.outreach.log).toEqual([made.log]);
  });

  it('makes one Bcc draft addressed to the sender, and previews it with its size before writing anything', async () => {
    const { lib, ctx, seed } = await seeded();
    const preview = await call(ctx, 'outreach.preview', { kitId: seed.kitId, sheetId: seed.sheetId, mode: 'bcc', attach: ['docx'] });
    expect(preview.drafts).toBe(1);
    expect(preview.recipients.map((r) => r.email)).toEqual([
      'elodie.tremblay@ledevoir.example',
      'k.watanabe@kansai-keizai.example',
      'nouvelles@lesaffaires.example',
      'chloe.leblanc@quebecinc.example',
    ]);
    expect(preview.text).toContain('Bonjour,\n');
    expect(preview.estimatedBytes).toBeGreaterThan(preview.attachments[0]!.bytes);
    expect(preview.tooLarge).toBeNull();
    expect(await readdir(lib.dir)).not.toContain('exports');

    const made = await call(ctx, 'outreach.create', { kitId: seed.kitId, sheetId: seed.sheetId, mode: 'bcc', attach: ['zip'], from: 'Service de presse SDQJ <presse@sdqj.example>' });
    expect(made.files).toHaveLength(1);
    const file = made.files[0]!;
    // Without an output folder the drafts go under the library's exports, which the web host serves.
    expect(path.dirname(path.dirname(file.path))).toBe(path.join(lib.dir, 'exports'));
    expect(file.name).toBe('bcc-medias-mission-osaka-2030.eml');
    expect(file.download).toBe(`/download/${encodeURIComponent(path.basename(made.folder))}/${file.name}`);
    const eml = await readEml(file.path);
    expect(addresses(eml.mail.to)).toEqual([{ name: 'Service de presse SDQJ', address: 'presse@sdqj.example' }]);
    expect(addresses(eml.mail.from)).toEqual([{ name: 'Service de presse SDQJ', address: 'presse@sdqj.example' }]);
    expect(addresses(eml.mail.bcc).map((b) => b.address)).toEqual(preview.recipients.map((r) => r.email));
    expect(header(eml.headers, 'Bcc')).toContain('=?UTF-8?');
    expect(eml.mail.attachments.map((a) => [a.filename, a.contentType])).toEqual([['Mission économique Québec–Japon 2030.zip', 'application/zip']]);
    expect(sha256(eml.mail.attachments[0]!.content)).toBe(made.log.files[0]!.sha256);
    expect(Object.keys(unzipSync(new Uint8Array(eml.mail.attachments[0]!.content))).some((n) => n.endsWith('.pdf'))).toBe(true);
    expect(made.log.mode).toBe('bcc');
  });

  it('uses the kit’s saved template, and refuses an output folder from the browser', async () => {
    const { lib, ctx, seed } = await seeded();
    const defaults = await call(ctx, 'outreach.template', { kitId: seed.kitId });
    expect(defaults.isDefault).toBe(true);
    expect(defaults.lang).toBe('fr');
    expect(defaults.placeholders).toContain('{{eventDate}}');
    const saved = await call(ctx, 'outreach.saveTemplate', {
      kitId: seed.kitId,
      lang: 'fr',
      subject: '{{eventName}} ({{eventDate}}) : votre dossier, {{firstName}}',
      body: 'Bonjour {{firstName}},\n\nVotre dossier pour {{organization}} est en pièce jointe.\n\n{{senderName}}',
    });
    expect(saved.isDefault).toBe(false);
    const preview = await call(ctx, 'outreach.preview', { kitId: seed.kitId, sheetId: seed.sheetId, attach: ['docx'] });
    expect(preview.subject).toBe('SOUS EMBARGO jusqu’au 12 mai 2030, 0 h 01 (HAE) – Mission économique à Osaka (1er juin 2030) : votre dossier, Élodie');
    expect(preview.text).toContain('Votre dossier pour Le Devoir est en pièce jointe.\n\nGeneviève Bélanger\nConseillère principale');

    const web = { ...createContext(lib, 'web'), uiLang: 'fr' as const };
    await expect(call(web, 'outreach.create', { kitId: seed.kitId, sheetId: seed.sheetId, attach: ['docx'], outDir: '/tmp' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('le dossier de destination n’est pas accepté'),
    });
    await expect(call(ctx, 'outreach.create', { kitId: seed.kitId, sheetId: seed.sheetId, attach: [] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(call(ctx, 'outreach.preview', { kitId: seed.kitId, sheetId: 'sht_NoSuchSheet000' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(call(ctx, 'outreach.create', { kitId: seed.kitId, sheetId: seed.sheetId, mode: 'bcc', attach: ['docx'], from: 'pas une adresse' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
    expect((await call(ctx, 'outreach.log', { kitId: seed.kitId })).entries).toEqual([]);
  });
});
