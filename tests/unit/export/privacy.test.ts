import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/library/library.js';
import { createContext } from '../../../electron/host/context.js';
import { call } from '../../helpers/api.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { seedOutreach, type SeededOutreach } from '../../fixtures/outreach/seed.js';
import { poppler } from './helpers.js';

/**
 * What leaves the building (issue #20): a kit goes to journalists, so the officer's private fields
 * about people — notes, tags, the opt-out flag — and a release's internal history never appear in
 * any file the app exports for the outside, in any format, at any depth (a DOCX inside the ZIP, a
 * PDF attached to an e-mail draft). Each contact carries a marked note and a marked tag; every byte
 * of every export is searched for the marks.
 */
const NOTE = 'NOTE-PRIVEE-7QX';
const TAG = 'ETIQUETTE-PRIVEE-9ZW';
const HISTORY = 'HISTORIQUE-INTERNE-3KV';
const MARKS = [NOTE, TAG, HISTORY];

/** The text a journalist's software could show from a file, whatever its format, nested files included. */
async function readable(name: string, bytes: Uint8Array, work: string): Promise<string> {
  const ext = path.extname(name).toLowerCase();
  if (ext === '.zip' || ext === '.docx') {
    const parts = unzipSync(bytes);
    const texts = await Promise.all(Object.entries(parts).map(([n, b]) => readable(n, b, work)));
    return texts.join('\n');
  }
  if (ext === '.pdf') return `${Buffer.from(bytes).toString('latin1')}\n${await poppler('pdftotext', bytes, work)}`;
  if (ext === '.eml') {
    const mail = await simpleParser(Buffer.from(bytes));
    const attached = await Promise.all(mail.attachments.map((a) => readable(a.filename ?? 'x.bin', new Uint8Array(a.content), work)));
    return [Buffer.from(bytes).toString('utf8'), mail.text ?? '', typeof mail.html === 'string' ? mail.html : '', ...attached].join('\n');
  }
  return Buffer.from(bytes).toString('utf8');
}

describe('nothing private leaves the library', () => {
  let lib: Library;
  let ctx: ReturnType<typeof createContext>;
  let seed: SeededOutreach;
  let work: string;

  // One library for the three tests (tempDir's folders go after each test).
  beforeAll(async () => {
    work = await mkdtemp(path.join(os.tmpdir(), 'mediakit-privacy-'));
    lib = await Library.open(path.join(work, 'library'));
    ctx = createContext(lib, 'cli');
    seed = await seedOutreach(ctx);
    const now = new Date().toISOString();
    await lib.mutate((draft) => {
      for (const c of draft.contacts) {
        c.notes = `${NOTE} : couvre la santé, préfère les courriels avant 10 h`;
        c.tags = [TAG, 'presse'];
      }
      for (const r of draft.releases) r.history.push({ at: now, event: 'updated', detail: `${HISTORY} révision juridique` });
    });
  });
  afterAll(async () => {
    await ctx.dispose();
    await lib.close();
    await rm(work, { recursive: true, force: true });
  });

  async function expectClean(files: { path: string; name: string }[]): Promise<string> {
    let all = '';
    for (const f of files) {
      const text = await readable(f.name, new Uint8Array(await readFile(f.path)), work);
      for (const mark of MARKS) expect(text, `${f.name} carries a private field`).not.toContain(mark);
      all += text;
    }
    return all;
  }

  it('in every format of a kit (DOCX, PDF, ZIP with its vCards, Markdown, HTML, vCard): the public fields only', async () => {
    const out = await tempDir('mediakit-privacy-kit-');
    const result = await call(ctx, 'export.kit', { id: seed.kitId, formats: ['docx', 'pdf', 'zip', 'md', 'html', 'vcf'], outDir: out });
    expect(result.files.map((f) => f.format).sort()).toEqual(['docx', 'html', 'md', 'pdf', 'vcf', 'zip']);
    for (const f of result.files) {
      const text = await expectClean([f]);
      // What does go out: the press contact's name, title, organization and e-mail.
      expect(text, f.name).toContain('Tremblay');
      expect(text, f.name).toContain('elodie.tremblay@ledevoir.example');
    }
    const vcf = await readFile(result.files.find((f) => f.format === 'vcf')!.path, 'utf8');
    const properties = new Set(vcf.split('\r\n').filter((l) => /^[A-Z]/.test(l)).map((l) => l.split(/[:;]/)[0]));
    expect([...properties].sort()).toEqual(['BEGIN', 'EMAIL', 'END', 'FN', 'LANG', 'N', 'ORG', 'TITLE', 'VERSION']);
  });

  it('in a release exported alone, in every format', async () => {
    const out = await tempDir('mediakit-privacy-release-');
    const result = await call(ctx, 'export.release', { id: seed.releaseId, formats: ['docx', 'pdf', 'md', 'html'], outDir: out });
    await expectClean(result.files);
  });

  it('in the officer’s own vCard (contacts.vcard): the notes only when the officer asks, never the tags', async () => {
    const properties = (text: string) => [...new Set(text.split('\r\n').filter((l) => /^[A-Z]/.test(l)).map((l) => l.split(/[:;]/)[0]))].sort();
    for (const input of [{}, { sheetId: seed.sheetId }, { notes: false }]) {
      const r = await call(ctx, 'contacts.vcard', input);
      expect(r.count).toBeGreaterThan(0);
      expect(r.withNotes).toBe(0);
      for (const mark of MARKS) expect(r.text, JSON.stringify(input)).not.toContain(mark);
      expect(properties(r.text)).not.toContain('NOTE');
    }
    const noted = await call(ctx, 'contacts.vcard', { notes: true });
    expect(noted.text).toContain(NOTE);
    expect(noted.withNotes).toBe(noted.count);
    expect(noted.fileName).toMatch(/-with-notes\.vcf$/);
    expect(noted.text).not.toContain(TAG);
    expect(noted.text).not.toContain(HISTORY);
    expect(properties(noted.text)).toContain('NOTE');
    expect(properties(noted.text)).not.toContain('CATEGORIES');
  });

  it('in the e-mail drafts, the messages and their attachments', async () => {
    const out = await tempDir('mediakit-privacy-eml-');
    const made = await call(ctx, 'outreach.create', { kitId: seed.kitId, sheetId: seed.sheetId, attach: ['pdf', 'docx', 'zip'], outDir: out });
    expect(made.files.length).toBeGreaterThan(0);
    await expectClean(made.files);
  });
});
