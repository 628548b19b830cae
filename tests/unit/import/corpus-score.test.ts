import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELDS, formatScore, scoreCorpus } from '../../corpus/score.js';
import { ROOT } from './helpers.js';

interface Figures {
  releases: number;
  fields: Record<string, number>;
  total: number;
  emailsOnName: number;
}

/** The corpus's score can only go up: each field, the total and the e-mails on the right name stay at or above tests/corpus/figures.json. */
describe('import corpus score', () => {
  it('keeps every field at or above its recorded figure', async () => {
    const figures = JSON.parse(await readFile(path.join(ROOT, 'tests/corpus/figures.json'), 'utf8')) as Figures;
    const score = await scoreCorpus();
    const table = formatScore(score, true);
    expect(score.releases.length, table).toBeGreaterThanOrEqual(figures.releases);
    for (const f of FIELDS) expect(score.perField[f], `${f}\n${table}`).toBeGreaterThanOrEqual(figures.fields[f] ?? 0);
    expect(score.total.right, table).toBeGreaterThanOrEqual(figures.total);
    expect(score.emailsOnName.right, table).toBeGreaterThanOrEqual(figures.emailsOnName);
  });
});
