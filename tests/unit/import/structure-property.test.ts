import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readReleaseFile } from '../../../electron/import/index.js';
import { Block } from '../../../electron/model/index.js';

const word = fc.stringMatching(/^[a-zàéèçôî]{2,9}$/);
/** A prose paragraph: lower-case words, a closing period; unique enough to be found again. */
const prose = fc.array(word, { minLength: 4, maxLength: 30 }).map((ws) => `${ws.join(' ')}.`);
const structural = fc.constantFrom(
  'COMMUNIQUÉ DE PRESSE',
  'PRESS RELEASE',
  'FOR IMMEDIATE RELEASE',
  'EMBARGOED UNTIL 00:01 GMT, 12 May 2026',
  'BOSTON, le 16 juin 2025 – ',
  'À propos de Bioalliance Laurentides',
  'About Acme',
  'CONTACTS',
  'Source :',
  'Notes to editors',
  '-30-',
  '###',
  '—',
  '* * *',
  '- un point de liste',
  '1. premier point',
);

describe('the structure step on arbitrary releases', () => {
  it('never throws, always yields valid blocks, and never drops a paragraph of prose', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(prose, structural, fc.tuple(structural, prose).map(([s, p]) => `${s}${s.endsWith(' ') ? '' : '\n'}${p}`)), { minLength: 1, maxLength: 14 }), async (parts) => {
        const source = parts.join('\n\n');
        const r = await readReleaseFile('fuzz.txt', new TextEncoder().encode(source));
        for (const b of r.release.body) expect(() => Block.parse(b)).not.toThrow();
        const everything = JSON.stringify(r).replace(/\s+/g, ' ');
        for (const part of parts) {
          for (const line of part.split('\n')) {
            if (!/^[a-zàéèçôî ]+\.$/.test(line)) continue;
            expect(everything, `lost: ${line}\n--- source ---\n${source}`).toContain(line);
          }
        }
      }),
      { numRuns: 300, seed: 20260312 },
    );
  });
});
