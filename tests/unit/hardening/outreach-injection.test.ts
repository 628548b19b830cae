import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../electron/host/context.js';
import { Library } from '../../../electron/library/library.js';
import { newId } from '../../../electron/model/index.js';
import { call } from '../../helpers/api.js';
import { tempDir } from '../../helpers/temp-dir.js';

/**
 * E-mail drafts are built from contact names, a subject and a sender the officer (or an imported file) typed.
 * A line break in any of them must not become a header of its own: no hidden Bcc, no second body.
 */
describe('e-mail drafts from hostile names and subjects', () => {
  it('keeps CR/LF in names, subject and sender inside their header: no injected Bcc, To or body', async () => {
    const dir = await tempDir('mk-outreach-hostile-');
    const lib = await Library.open(path.join(dir, 'library'));
    const ctx = createContext(lib, 'cli');
    try {
      const release = await call(ctx, 'releases.create', {
        data: { lang: 'fr-CA', headline: 'L’Institut Boréal ouvre un laboratoire nordique', body: [{ type: 'paragraph', content: [{ text: 'Le laboratoire accueillera douze chercheurs.' }] }] },
      });
      const pirate = await call(ctx, 'contacts.create', {
        data: { name: 'Jean Pirate\r\nBcc: espion@evil.example\r\n\r\nCorps injecté', emails: ['jean.pirate@radio.example.ca'] },
      });
      const plain = await call(ctx, 'contacts.create', { data: { name: 'Émilie Gagnon', emails: ['egagnon@ledevoir.example.com'] } });
      const sheet = await call(ctx, 'sheets.create', { data: { name: 'Médias', contactIds: [pirate.id, plain.id] } });
      const kit = await call(ctx, 'kits.create', {
        data: { name: 'Trousse', lang: 'fr-CA', sections: [{ id: newId('section'), type: 'release', releaseId: release.id }] },
      });
      // A sender with a second address after it, or a line break, is refused, not silently swapped for the other address.
      for (const from of [
        'Service des communications <communications@boreal.example.org>\r\nBcc: espion2@evil.example',
        'Service des communications <communications@boreal.example.org> Bcc: espion2@evil.example',
        'communications@boreal.example.org espion2@evil.example',
      ]) {
        await expect(
          call(ctx, 'outreach.create', { kitId: kit.id, sheetId: sheet.id, attach: ['docx'], from, outDir: path.join(dir, 'refused') }),
        ).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      }
      for (const mode of ['per-recipient', 'bcc'] as const) {
        const out = await call(ctx, 'outreach.create', {
          kitId: kit.id,
          sheetId: sheet.id,
          mode,
          attach: ['docx'],
          from: '"Boréal, Service des communications" <communications@boreal.example.org>',
          subject: 'Annonce\r\nBcc: espion3@evil.example\r\nX-Injected: oui',
          body: 'Bonjour {{prenom}},\r\n\r\nVoici notre communiqué.',
          outDir: path.join(dir, `drafts-${mode}`),
        });
        expect(out.files.length).toBeGreaterThanOrEqual(1);
        for (const f of out.files) {
          const raw = await readFile(f.path);
          const head = raw.toString('latin1').split('\r\n\r\n')[0] ?? '';
          expect(head, 'a header line starting with an injected name').not.toMatch(/^(Bcc|X-Injected):\s*(espion|oui)/im);
          const mail = await simpleParser(raw);
          const addresses = (v: AddressObject | AddressObject[] | undefined): string[] =>
            (Array.isArray(v) ? v : v ? [v] : []).flatMap((a) => a.value.map((x) => x.address ?? ''));
          const everyone = [...addresses(mail.to), ...addresses(mail.cc), ...addresses(mail.bcc), ...addresses(mail.from)];
          expect(everyone.filter((a) => a.endsWith('evil.example'))).toEqual([]);
          expect(mail.headers.has('x-injected')).toBe(false);
          expect(mail.subject ?? '').toContain('Annonce');
          expect(addresses(mail.from)).toEqual(['communications@boreal.example.org']);
        }
      }
    } finally {
      await ctx.dispose();
      await lib.close();
    }
  });
});
