import { describe, expect, it } from 'vitest';
import { fold, snippetText } from '../../../electron/library/search-documents.js';

const PIECES = ['Montréal', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', 'ÉCOLE', 'e\u0301', 'が', 'ガ', 'ﾊﾟ', '広報部長', 'naïve', 'Œuvre', 'İstanbul', 'ß', 'Ångström', '𝒜', 'x\u20dd', '\u0345', 'Zürich', ' - ', 'ﬁ', 'Ǆ'];

describe('search text folding', () => {
  it('folds and flattens texts exactly as the regular expressions did', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: 1 + Math.floor(rand() * 12) }, () => PIECES[Math.floor(rand() * PIECES.length)]!).join(rand() < 0.5 ? '' : ' ');
      const expectedFold = /^[\x00-\x7f]*$/.test(text) ? text.toLowerCase() : text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      expect(fold(text), JSON.stringify(text)).toBe(expectedFold);
      const flat = text.replace(/\s+/g, ' ').trim();
      expect(snippetText(text), JSON.stringify(text)).toEqual({ flat, folded: /^[\x00-\x7f]*$/.test(flat) ? flat.toLowerCase() : flat.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase() });
    }
  });
});
