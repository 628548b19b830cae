import { main } from './cli.js';

// `mediakit list releases | head` closes the pipe early: that is not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

// No top-level await: this entry is bundled as CommonJS (see scripts/build-backend.mjs).
void main(process.argv.slice(2)).then(({ code }) => {
  process.exitCode = code;
});
