import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { childOpen } from './measures-backend.js';
import { formatTable, runBench, type BenchScale } from './bench.js';

const SCALE_NAMES = ['smoke', 'small', 'target', 'stress'] as const;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      json: { type: 'boolean', default: false },
      scale: { type: 'string', default: 'target' },
      runs: { type: 'string' },
      keep: { type: 'boolean', default: false },
      'no-browser': { type: 'boolean', default: false },
      only: { type: 'string' },
      library: { type: 'string' },
      'child-open': { type: 'string' },
    },
    strict: true,
  });
  if (values['child-open']) {
    await childOpen(values['child-open']);
    return 0;
  }
  const scale = values.scale as BenchScale;
  if (!(SCALE_NAMES as readonly string[]).includes(scale)) {
    process.stderr.write(`error: --scale is one of small, target, stress (got ${values.scale})\n`);
    return 2;
  }
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const report = await runBench({
    scale,
    root,
    runs: values.runs ? Number(values.runs) : undefined,
    keep: values.keep,
    browser: !values['no-browser'],
    only: values.only ? new Set(values.only.split(',').map((x) => x.trim())) : undefined,
    library: values.library,
    log: (s) => process.stderr.write(`· ${s}\n`),
  });
  const json = JSON.stringify(report, null, 2);
  await mkdir(path.join(root, 'dist/bench'), { recursive: true });
  await writeFile(path.join(root, `dist/bench/last-${scale}.json`), json + '\n');
  process.stdout.write(values.json ? json + '\n' : formatTable(report) + '\n');
  return 0;
}

try {
  process.exitCode = await main();
} catch (err) {
  process.stderr.write(`error: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exitCode = 1;
}
