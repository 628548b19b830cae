import { warningText } from '../../../electron/model/warnings.js';
import { randomBytes } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  MAIL_MAX_BYTES,
  MAIL_WARN_BYTES,
  logEntry,
  planOutreach,
  writeDrafts,
  estimateDraft,
  type OutreachAttachment,
} from '../../../electron/outreach/index.js';
import type { Library } from '../../../electron/library/library.js';
import { AppError } from '../../../electron/model/errors.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { addresses, copyOf, readEml, rfc2231FileNames, seededLibrary, sha256 } from './helpers.js';

const NOW = new Date('2030-05-01T14:00:00Z');
const open: Library[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

async function seeded(options: { embargo?: boolean } = {}) {
  const s = await seededLibrary(options);
  open.push(s.lib);
  return s;
}

/** Bytes that do not compress and look like a PDF to the parser: real sizes, no shortcuts. */
function fakeFile(name: string, bytes: number, contentType = 'application/pdf'): OutreachAttachment {
  const body = randomBytes(bytes);
  body.write('%PDF-1.7\n', 0, 'latin1');
  return { name, bytes: new Uint8Array(body), contentType };
}

describe('outreach drafts (core)', () => {
  it('writes one parseable draft per recipient, each attachment decoding to exactly the given bytes', async () => {
    const { lib, seed } = await seeded();
    const pdf = fakeFile('Mission économique Québec–Japon 2030.pdf', 180_000);
    const docx = fakeFile('Dossier de presse – Osaka.docx', 40_000, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const plan = planOutreach(lib.doc, { kitId: seed.kitId, sheetId: seed.sheetId, mode: 'per-recipient' }, [pdf, docx], { now: NOW, uiLang: 'fr' });
    const dir = await tempDir();
    const { files, warnings } = await writeDrafts(plan, dir, 'fr');
    expect(warnings).toEqual([]);
    expect((await readdir(dir)).sort()).toEqual(['01-tremblay-elodie.eml', '02-k-watanabe.eml', '03-nouvelles-salle-des.eml', '04-leblanc-chloe.eml']);
    for (const f of files) {
      const eml = await readEml(f.path);
      expect(eml.raw.length).toBe(f.bytes);
      expect(eml.mail.headers.get('x-unsent')).toBe('1');
      expect(eml.mail.attachments.map((a) => a.filename)).toEqual([pdf.name, docx.name]);
      expect(eml.mail.attachments.map((a) => sha256(a.content))).toEqual([sha256(pdf.bytes), sha256(docx.bytes)]);
      expect(eml.mail.attachments.map((a) => a.contentType)).toEqual([pdf.contentType, docx.contentType]);
      // RFC 2231 parameters for names with accents and dashes, in the raw source.
      expect(eml.raw).toContain("filename*0*=utf-8''Mission%20%C3%A9conomique%20Qu%C3%A9bec");
      expect(rfc2231FileNames(eml.raw)).toEqual([pdf.name, docx.name]);
    }
    const watanabe = await readEml(files[1]!.path);
    expect(addresses(watanabe.mail.to)).toEqual([{ name: '渡辺 健二', address: 'k.watanabe@kansai-keizai.example' }]);
    expect(watanabe.headers).toMatch(/^To: =\?UTF-8\?[BQ]\?[^?]+\?= <k\.watanabe@kansai-keizai\.example>/m);
    expect(watanabe.mail.text).toContain('Bonjour 渡辺 健二,');

    const entry = logEntry(plan, NOW);
    expect(entry.files).toEqual([
      { name: pdf.name, sha256: sha256(pdf.bytes), bytes: 180_000 },
      { name: docx.name, sha256: sha256(docx.bytes), bytes: 40_000 },
    ]);
    expect(entry.to.map((t) => t.email)).toEqual(files.map((f) => f.to[0]!.email));
    expect(entry.at).toBe('2030-05-01T14:00:00.000Z');
  });

  it('skips opted-out contacts, contacts without an address and malformed addresses, and says why', async () => {
    const { lib, seed } = await seeded();
    const doc = copyOf(lib.doc);
    // Addresses an older import or a hand-edited library could hold: the store's own schema refuses them today.
    const broken = [
      { id: 'ctc_Broken0000001', name: 'Jean Dupont', email: 'jean.dupont@exemple' },
      { id: 'ctc_Broken0000002', name: 'Line Roy', email: 'line roy@cyberpresse.example' },
      { id: 'ctc_Broken0000003', name: 'Paul Ouellet', email: 'paul.ouellet@@journal.example' },
    ];
    const template = doc.contacts.find((c) => c.id === seed.contacts.leblanc)!;
    for (const b of broken) {
      doc.contacts.push({ ...template, id: b.id, name: b.name, firstName: '', lastName: '', emails: [b.email] });
      doc.sheets.find((s) => s.id === seed.sheetId)!.contactIds.push(b.id);
    }
    const plan = planOutreach(doc, { kitId: seed.kitId, sheetId: seed.sheetId, mode: 'per-recipient' }, [], { now: NOW, uiLang: 'fr' });
    expect(plan.recipients.map((r) => r.email)).toEqual([
      'elodie.tremblay@ledevoir.example',
      'k.watanabe@kansai-keizai.example',
      'nouvelles@lesaffaires.example',
      'chloe.leblanc@quebecinc.example',
    ]);
    expect(plan.skipped.map((s) => [s.contact, s.code])).toEqual([
      ['Marc-André Côté', 'opted-out'],
      ['Sophie Gagnon', 'no-email'],
      ['Rédaction Les Affaires', 'duplicate'],
      ['Jean Dupont', 'invalid-email'],
      ['Line Roy', 'invalid-email'],
      ['Paul Ouellet', 'invalid-email'],
    ]);
    expect(plan.skipped[0]!.reason).toBe('a demandé à ne plus recevoir d’envois');

    const badSender = copyOf(lib.doc);
    badSender.settings.sender.email = 'genevieve.belanger@';
    expect(() => planOutreach(badSender, { kitId: seed.kitId, sheetId: seed.sheetId, mode: 'per-recipient' }, [], { now: NOW, uiLang: 'en' })).toThrow(
      'The sender address in Settings is not valid: "genevieve.belanger@".',
    );
    expect(plan.skipped[3]!.reason).toContain('jean.dupont@exemple');
  });

  it('warns above 10 MB encoded, naming what weighs most', async () => {
    const { lib, seed } = await seeded();
    const zip = fakeFile('Logos haute résolution.zip', 8 * 1024 * 1024, 'application/zip');
    const pdf = fakeFile('Dossier.pdf', 300_000);
    const plan = planOutreach(lib.doc, { kitId: seed.kitId, sheetId: seed.sheetId, mode: 'bcc' }, [pdf, zip], { now: NOW, uiLang: 'en' });
    const estimate = await estimateDraft(plan, 'en');
    expect(estimate.bytes).toBeGreaterThan(MAIL_WARN_BYTES);
    expect(estimate.bytes).toBeLessThan(MAIL_MAX_BYTES);
    expect(estimate.tooLarge).toBeNull();
    const dir = await tempDir();
    const { files, warnings } = await writeDrafts(plan, dir, 'en');
    expect(files).toHaveLength(1);
    expect(files[0]!.bytes).toBe(estimate.bytes);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ code: 'DRAFT_OVER_MAIL_SIZE', params: { bcc: 4 } });
    const text = warningText(warnings[0]!, 'en');
    expect(text).toMatch(/^The draft to the list \(4 Bcc recipients\) weighs 1[12](\.\d)? MB once encoded, more than the 10 MB many mail servers accept/);
    expect(text).toMatch(/Heaviest: Logos haute résolution\.zip \(10(\.\d)? MB\), Dossier\.pdf \([\d.]+ KB\)/);
    expect(warningText(warnings[0]!, 'fr')).toMatch(/^Le brouillon pour la liste \(4 destinataires en copie cachée\) pèse 1[12](,\d)?\u00a0Mo une fois encodé/);
  });

  it('refuses a draft above 25 MB encoded, even when the files alone weigh less, and writes nothing', async () => {
    const { lib, seed } = await seeded();
    // 19.5 MB of files: under 25 MB on disk, about 26.4 MB once base64-encoded.
    const zip = fakeFile('Dossier complet.zip', 19.5 * 1024 * 1024, 'application/zip');
    const plan = planOutreach(lib.doc, { kitId: seed.kitId, sheetId: seed.sheetId, mode: 'per-recipient' }, [zip], { now: NOW, uiLang: 'fr' });
    const estimate = await estimateDraft(plan, 'fr');
    expect(estimate.tooLarge).toMatch(/joignez seulement le PDF ou utilisez des logos plus légers/);
    const dir = path.join(await tempDir(), 'drafts');
    const refusal = await writeDrafts(plan, dir, 'fr').then(
      () => null,
      (e: unknown) => e,
    );
    expect(refusal).toBeInstanceOf(AppError);
    expect((refusal as AppError).code).toBe('TOO_LARGE_FOR_EMAIL');
    expect((refusal as AppError).message).toMatch(/^Le brouillon pour Élodie Tremblay <elodie\.tremblay@ledevoir\.example> pèserait 2[67](,\d)?\u00a0Mo une fois encodé, au-delà des 25\u00a0Mo/);
    expect((refusal as AppError).message).toContain('Dossier complet.zip');
    await expect(readdir(dir)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('puts the embargo first in the subject and the body, in the kit’s language', async () => {
    const { lib, seed } = await seeded();
    const fr = planOutreach(lib.doc, { kitId: seed.kitId, sheetId: seed.sheetId, mode: 'per-recipient' }, [], { now: NOW, uiLang: 'en' });
    expect(fr.sample.subject).toBe('SOUS EMBARGO jusqu’au 12 mai 2030, 0 h 01 (HAE) – Trousse média\u00a0: Mission économique Québec–Japon 2030');
    expect(fr.sample.text.split('\n')[0]).toBe('SOUS EMBARGO jusqu’au 12 mai 2030, 0 h 01 (HAE)');
    expect(fr.sample.text).toContain('Bonjour Élodie,');
    expect(fr.sample.text).toContain('Date\u00a0: 1er juin 2030');
    expect(fr.sample.html).toContain('<strong>SOUS EMBARGO jusqu’au 12 mai 2030, 0 h 01 (HAE)</strong>');

    const en = copyOf(lib.doc);
    en.kits[0]!.lang = 'en-GB';
    en.kits[0]!.name = 'Québec–Japan Trade Mission 2030';
    const gb = planOutreach(en, { kitId: seed.kitId, sheetId: seed.sheetId, mode: 'per-recipient' }, [], { now: NOW, uiLang: 'en' });
    // The embargo was announced in Toronto time and is written back in it.
    expect(gb.sample.subject).toBe('EMBARGO: 00:01 GMT-4, 12 May 2030 – Press kit: Québec–Japan Trade Mission 2030');
    expect(gb.sample.text.split('\n')[0]).toBe('EMBARGOED UNTIL 00:01 GMT-4, 12 May 2030');
    expect(gb.sample.text).toContain('Date: 1 June 2030');

    // Once the embargo has lifted there is nothing to announce.
    const later = planOutreach(lib.doc, { kitId: seed.kitId, sheetId: seed.sheetId, mode: 'per-recipient' }, [], { now: new Date('2030-06-01T00:00:00Z'), uiLang: 'en' });
    expect(later.sample.subject).toBe('Trousse média\u00a0: Mission économique Québec–Japon 2030');
    expect(later.embargo).toBeNull();
  });

  it('writes Japanese drafts in business register, with the honorific and no empty greeting in Bcc', async () => {
    const { lib, seed } = await seeded();
    const doc = copyOf(lib.doc);
    doc.kits[0]!.lang = 'ja';
    doc.kits[0]!.name = 'ケベック・日本経済ミッション2030';
    doc.kits[0]!.event = { name: '大阪経済ミッション', date: '2030-06-01', location: '大阪' };
    const plan = planOutreach(doc, { kitId: seed.kitId, sheetId: seed.sheetId, mode: 'per-recipient' }, [], { now: NOW, uiLang: 'en' });
    const watanabe = plan.drafts[1]!;
    expect(watanabe.subject).toMatch(/^【報道解禁：2030年5月12日 .+】【プレスキット】ケベック・日本経済ミッション2030$/);
    expect(watanabe.text).toContain('関西経済新聞\n渡辺様\n');
    expect(watanabe.text).toContain('日時：2030年6月1日');
    const dir = await tempDir();
    const { files } = await writeDrafts(plan, dir, 'en');
    const eml = await readEml(files[1]!.path);
    expect(eml.mail.subject).toBe(watanabe.subject);
    expect(eml.headers).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/m);
    expect(eml.mail.text).toContain('渡辺様');

    const bcc = planOutreach(doc, { kitId: seed.kitId, sheetId: seed.sheetId, mode: 'bcc' }, [], { now: NOW, uiLang: 'en' });
    expect(bcc.sample.text).not.toMatch(/^\s*様/m);
    expect(bcc.sample.text).toContain('いつもお世話になっております。Geneviève Bélangerでございます。');
  });

  it('escapes everything in the HTML part and makes only web and mail addresses clickable', async () => {
    const { lib, seed } = await seeded({ embargo: false });
    const doc = copyOf(lib.doc);
    doc.kits[0]!.name = 'R&D <script>alert(1)</script> "Québec"';
    const plan = planOutreach(
      doc,
      {
        kitId: seed.kitId,
        sheetId: seed.sheetId,
        mode: 'per-recipient',
        body: 'Bonjour {{firstName}},\n\nVoir https://sdqj.example/presse?kit=2030&lang=fr, ou écrire à presse@sdqj.example.\njavascript:alert(1)',
      },
      [],
      { now: NOW, uiLang: 'fr' },
    );
    const html = plan.sample.html;
    expect(html).toContain('<title>Trousse média\u00a0: R&amp;D &lt;script&gt;alert(1)&lt;/script&gt; &quot;Québec&quot;</title>');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<a href="https://sdqj.example/presse?kit=2030&amp;lang=fr">https://sdqj.example/presse?kit=2030&amp;lang=fr</a>, ou');
    expect(html).toContain('<a href="mailto:presse@sdqj.example">presse@sdqj.example</a>.');
    expect(html).not.toMatch(/href="javascript/);
    expect(plan.sample.text).toContain('Voir https://sdqj.example/presse?kit=2030&lang=fr, ou écrire à presse@sdqj.example.');
  });
});
