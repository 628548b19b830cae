import { willPrint } from './will-print.js';

// No top-level await: this entry is bundled as CommonJS (see scripts/build-backend.mjs).
const argv = process.argv.slice(2);
// Chromium takes longer to start than the rest of a PDF export: start it first (it never throws).
if (willPrint(argv)) void import('./chromium.js').then((m) => m.startPrinterEarly());

// `mediakit list releases | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

void import('./cli.js').then(async ({ main }) => {
  const { code } = await main(argv);
  process.exitCode = code;
});
