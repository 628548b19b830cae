import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { typeset, typesetRuns, LOCALE_LANGS } from '../../../electron/locale/index.js';

const NBSP = '\u00A0';
const NNBSP = '\u202F';

/** Letters and digits in order: the one thing typesetting may never change. */
function letters(s: string): string {
  return [...s].filter((c) => /[\p{L}\p{N}]/u.test(c)).join('');
}

describe('typeset fr-CA', () => {
  it('puts a no-break space before a colon and inside guillemets', () => {
    const out = typeset('Parmi les objectifs du partenariat : « innover ensemble »', 'fr-CA');
    expect(out).toBe(`Parmi les objectifs du partenariat${NBSP}: «${NBSP}innover ensemble${NBSP}»`);
    expect(typeset('Renseignements:', 'fr-CA')).toBe(`Renseignements${NBSP}:`);
    expect(typeset('«bonjour»', 'fr-CA')).toBe(`«${NBSP}bonjour${NBSP}»`);
  });
  it('removes the space before ; ! ? and nothing else', () => {
    expect(typeset('de chaque région ;', 'fr-CA')).toBe('de chaque région;');
    expect(typeset('Vraiment ? Oui !', 'fr-CA')).toBe('Vraiment? Oui!');
    expect(typeset('Vraiment?', 'fr-CA')).toBe('Vraiment?');
  });
  it('curls apostrophes and turns straight quotes into guillemets', () => {
    expect(typeset("l'innovation d'Osaka", 'fr-CA')).toBe('l’innovation d’Osaka');
    expect(typeset('il a dit "merci" hier', 'fr-CA')).toBe(`il a dit «${NBSP}merci${NBSP}» hier`);
  });
  it('never touches URLs, e-mail addresses or times', () => {
    const s = 'Voir https://example.org/a?b=1;c=2 ou écrire à k.dube@bioalliance-laurentides.example à 10:30 :';
    const out = typeset(s, 'fr-CA');
    expect(out).toContain('https://example.org/a?b=1;c=2');
    expect(out).toContain('k.dube@bioalliance-laurentides.example');
    expect(out).toContain('10:30');
    expect(out.endsWith(`10:30${NBSP}:`)).toBe(true);
  });
  it('sees context across runs (bold name followed by a colon in plain text)', () => {
    const out = typesetRuns(['Selon ', 'Bioalliance Laurentides', ' : « bravo »'], 'fr-CA');
    expect(out).toEqual(['Selon ', 'Bioalliance Laurentides', `${NBSP}: «${NBSP}bravo${NBSP}»`]);
  });
});

describe('typeset fr-FR', () => {
  it('puts a narrow no-break space before ; ! ? and a no-break space before :', () => {
    const out = typeset('Pourquoi ? Parce que ; enfin ! Voici :', 'fr-FR');
    expect(out).toBe(`Pourquoi${NNBSP}? Parce que${NNBSP}; enfin${NNBSP}! Voici${NBSP}:`);
    expect(typeset('Quoi?!', 'fr-FR')).toBe(`Quoi${NNBSP}?!`);
    const q = typeset('Pourquoi?', 'fr-FR');
    expect([...q].map((c) => c.codePointAt(0))).toEqual([...'Pourquoi'].map((c) => c.codePointAt(0)).concat([0x202f, 0x3f]));
  });
});

describe('typeset English', () => {
  it('curls quotes and apostrophes and makes en dashes', () => {
    expect(typeset(`"It's a 'first' -- for Quebec," she said.`, 'en-US')).toBe(
      '\u201CIt\u2019s a \u2018first\u2019 \u2013 for Quebec,\u201D she said.',
    );
    expect(typeset('Time: 10:30 at www.example.com/x--y', 'en-GB')).toBe('Time: 10:30 at www.example.com/x--y');
  });
  it('leaves Japanese alone', () => {
    expect(typeset('山田 花子：お問い合わせ', 'ja')).toBe('山田 花子：お問い合わせ');
  });
});

const alphabet = [
  'a', 'é', 'O', 'h', 't', 'p', 's', '1', '0', ' ', ' ', NBSP, NNBSP, '\u2009', ':', ';', '!', '?', "'", '"', '«', '»',
  '-', '/', '@', '.', '(', '\n', 'w', '–', '山',
];
const textArb = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((a) => a.join(''));
const realistic = fc.constantFrom(
  'Parmi les objectifs du partenariat :',
  "l'entente « Québec–Japon » ; vraiment ?",
  'Écrire à couellet@bioalliance-laurentides.example ou https://bioalliance-laurentides.example/?a=b',
  '"Hello" -- it\'s 10:30!',
);

describe('typeset properties', () => {
  for (const lang of LOCALE_LANGS) {
    it(`is idempotent and preserves every letter (${lang})`, () => {
      fc.assert(
        fc.property(fc.oneof(textArb, realistic, fc.string()), (s) => {
          const once = typeset(s, lang);
          expect(typeset(once, lang)).toBe(once);
          expect(letters(once)).toBe(letters(s));
        }),
        { numRuns: 2000 },
      );
    });
    it(`keeps run boundaries and letters when typesetting runs (${lang})`, () => {
      fc.assert(
        fc.property(fc.array(textArb, { minLength: 1, maxLength: 4 }), (runs) => {
          const out = typesetRuns(runs, lang);
          expect(out).toHaveLength(runs.length);
          out.forEach((r, i) => expect(letters(r)).toBe(letters(runs[i] ?? '')));
          expect(typesetRuns(out, lang)).toEqual(out);
        }),
        { numRuns: 1000 },
      );
    });
  }
});
