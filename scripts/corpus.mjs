// `npm run corpus [-- --verbose] [-- --record]`: imports every release of tests/fixtures/corpus and
// prints, per field, how many are read exactly as the .expected.json beside them says. --verbose
// lists each miss; --record writes the figures to tests/corpus/figures.json (the floor a unit test keeps).
import { build } from 'esbuild';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// Inside the project, so that the bundle's package imports resolve from its node_modules.
await mkdir('node_modules/.cache', { recursive: true });
const dir = await mkdtemp(path.join('node_modules/.cache', 'mkit-corpus-'));
try {
  const out = path.join(dir, 'score.mjs');
  await build({ entryPoints: ['tests/corpus/score.ts'], outfile: out, bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', logLevel: 'warning', define: { 'import.meta.url': JSON.stringify(pathToFileURL(path.resolve('tests/corpus/score.ts')).href) } });
  const { scoreCorpus, formatScore, FIELDS } = await import(pathToFileURL(out).href);
  const score = await scoreCorpus();
  console.log(formatScore(score, process.argv.includes('--verbose')));
  if (process.argv.includes('--record')) {
    const figures = { releases: score.releases.length, fields: Object.fromEntries(FIELDS.map((f) => [f, score.perField[f]])), total: score.total.right, emailsOnName: score.emailsOnName.right };
    await writeFile('tests/corpus/figures.json', `${JSON.stringify(figures, null, 2)}\n`);
    console.log('\nrecorded in tests/corpus/figures.json');
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
