// No top-level await: this entry is bundled as CommonJS (see scripts/build-backend.mjs).
const argv = process.argv.slice(2);

// `mediakit list releases | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

void import('./cli.js').then(async ({ main }) => {
  const { code } = await main(argv);
  process.exitCode = code;
});
