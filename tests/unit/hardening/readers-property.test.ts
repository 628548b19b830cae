import fc from 'fast-check';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { readContactsFile, readImage, readPastedHtml, readReleaseFile } from '../../../electron/import/index.js';
import { LOCALE_LANGS, typeset, typesetRuns } from '../../../electron/locale/index.js';
import { AppError } from '../../../electron/model/errors.js';

/**
 * Property tests at the doors of the library: whatever bytes arrive, a reader answers with a result or an AppError
 * (never a TypeError, a RangeError or a hang), and what it accepts keeps every word the officer wrote.
 */

const word = fc.stringMatching(/^[a-zàéèçôîœ]{3,10}$/);
/** Punctuation and markup characters between words: a reader must not eat the words around them. */
const glue = fc.constantFrom(' ', ', ', ' – ', ' ; ', ' : ', ' (', ') ', ' « ', ' » ', ' & ', ' < ', ' > ', ' "', '" ', " l'", ' 50 % ', ' * ', ' _ ', ' # ', ' [', '] ');
const sentence = fc
  .tuple(fc.array(word, { minLength: 3, maxLength: 16 }), fc.array(glue, { minLength: 16, maxLength: 16 }))
  .map(([ws, gs]) => ({ words: ws, text: `${ws.map((w, i) => (i ? `${gs[i] ?? ' '}${w}` : w)).join('')}.` }));
const release = fc.array(sentence, { minLength: 1, maxLength: 8 });

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeMd = (s: string): string => s.replace(/([\\`*_[\]#<>&])/g, '\\$1');

async function docxOf(paragraphs: string[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph({ children: [new TextRun(p)] })) }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const FORMATS = {
  'release.txt': (ps: string[]) => Promise.resolve(new TextEncoder().encode(ps.join('\n\n'))),
  'release.md': (ps: string[]) => Promise.resolve(new TextEncoder().encode(ps.map(escapeMd).join('\n\n'))),
  'release.html': (ps: string[]) => Promise.resolve(new TextEncoder().encode(`<html><body>${ps.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</body></html>`)),
  'release.docx': docxOf,
} as const;

function everything(value: unknown): string {
  return JSON.stringify(value).normalize('NFC').replace(/\\u00a0|\\u202f|\s+/g, ' ');
}

async function onlyAppErrors(run: () => Promise<unknown> | unknown): Promise<void> {
  try {
    await run();
  } catch (e) {
    if (!(e instanceof AppError)) throw new Error(`not an AppError: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    expect(e.message.length).toBeGreaterThan(5);
  }
}

describe('release readers on random releases', () => {
  for (const [fileName, encode] of Object.entries(FORMATS)) {
    it(`${fileName}: every word of every paragraph is in the body or a recognized field`, async () => {
      await fc.assert(
        fc.asyncProperty(release, async (sentences) => {
          const bytes = await encode(sentences.map((s) => s.text));
          const out = everything(await readReleaseFile(fileName, bytes));
          for (const s of sentences) for (const w of s.words) expect(out, `lost "${w}" from: ${s.text}`).toContain(w);
        }),
        { numRuns: fileName.endsWith('docx') ? 40 : 150, seed: 8_2026 },
      );
    });
  }

  it('pasted HTML keeps every word too', async () => {
    await fc.assert(
      fc.asyncProperty(release, async (sentences) => {
        const html = `<meta charset="utf-8"><div>${sentences.map((s) => `<p><span>${escapeHtml(s.text)}</span></p>`).join('')}</div>`;
        const out = everything(readPastedHtml(html));
        for (const s of sentences) for (const w of s.words) expect(out).toContain(w);
      }),
      { numRuns: 150, seed: 8_2026 },
    );
  });
});

describe('readers on arbitrary input throw nothing but AppError', () => {
  const names = ['x.txt', 'x.md', 'x.html', 'x.docx', 'x', 'x.rtf'];
  it('release readers, any bytes and any text', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...names),
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }),
          fc.string({ unit: 'grapheme', maxLength: 400 }).map((s) => new TextEncoder().encode(s)),
          fc.string({ maxLength: 300 }).map((s) => new TextEncoder().encode(`<html><body>${s}<p>${s}</p>`)),
          fc.uint8Array({ maxLength: 300 }).map((b) => new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...b])),
        ),
        async (name, bytes) => onlyAppErrors(() => readReleaseFile(name, bytes)),
      ),
      { numRuns: 400, seed: 8_2026 },
    );
  });

  it('pasted HTML, any text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 500 }), async (html) => onlyAppErrors(() => readPastedHtml(html))),
      { numRuns: 300, seed: 8_2026 },
    );
  });

  it('contact readers (vCard and CSV), any text', async () => {
    const vcardish = fc
      .array(fc.oneof(fc.constantFrom('BEGIN:VCARD', 'END:VCARD', 'VERSION:3.0', 'VERSION:4.0', 'VERSION:2.1', 'FN:', 'EMAIL:', 'N:;;;;', 'ORG:;', ' '), fc.string({ maxLength: 40 })), { maxLength: 20 })
      .map((ls) => ls.join('\r\n'));
    const csvish = fc.array(fc.array(fc.string({ maxLength: 12 }), { maxLength: 6 }).map((cs) => cs.join(',')), { maxLength: 12 }).map((ls) => ls.join('\n'));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('x.vcf', 'x.csv', 'x.txt'), fc.oneof(vcardish, csvish, fc.string({ maxLength: 300 })), async (name, text) =>
        onlyAppErrors(() => readContactsFile(name, new TextEncoder().encode(text))),
      ),
      { numRuns: 400, seed: 8_2026 },
    );
  });

  it('the image reader, any bytes behind a real signature', async () => {
    const signatures = [
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
      [0xff, 0xd8, 0xff],
      [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
      [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x57, 0x45, 0x42, 0x50],
      [...new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" ')],
      [],
    ];
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...signatures), fc.uint8Array({ maxLength: 400 }), async (sig, rest) =>
        onlyAppErrors(() => readImage('logo.png', new Uint8Array([...sig, ...rest]))),
      ),
      { numRuns: 300, seed: 8_2026 },
    );
  });
});

describe('the typography step on hostile text', () => {
  /** Letters, digits and marks, in order: the part of the text typesetting may never change. */
  const letters = (s: string): string => [...s.normalize('NFC')].filter((c) => /[\p{L}\p{N}\p{M}]/u.test(c)).join('');
  const hostile = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc
      .array(fc.constantFrom('a', 'É', '7', ' ', ':', ';', '!', '?', '"', "'", '«', '»', '\u00a0', '\u202f', '\u202e', '\u200b', 'http://x.y/a:b', 'a@b.fr', '10:30', '--', '...', 'ﬁ', 'e\u0301', '日本', '！'), { maxLength: 30 })
      .map((a) => a.join('')),
  );

  for (const lang of LOCALE_LANGS) {
    it(`${lang}: idempotent, and never changes a letter or a digit`, () => {
      fc.assert(
        fc.property(hostile, (s) => {
          const once = typeset(s, lang);
          expect(typeset(once, lang)).toBe(once);
          expect(letters(once)).toBe(letters(s));
        }),
        { numRuns: 500, seed: 8_2026 },
      );
    });

    it(`${lang}: runs keep their count and their letters`, () => {
      fc.assert(
        fc.property(fc.array(hostile, { minLength: 1, maxLength: 5 }), (runs) => {
          const out = typesetRuns(runs, lang);
          expect(out).toHaveLength(runs.length);
          out.forEach((r, i) => expect(letters(r)).toBe(letters(runs[i] ?? '')));
          expect(typesetRuns(out, lang)).toEqual(out);
        }),
        { numRuns: 300, seed: 8_2026 },
      );
    });
  }
});
