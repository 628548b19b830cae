// `npm run bench [-- --json] [--scale small|target|stress]`: builds the app and the bench, then runs it.
// Build logs go to stderr so that stdout carries only the report (use `npm run -s bench -- --json`
// to also silence npm's own banner and get pure JSON).
import { spawnSync } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const steps = [
  [npm, ['run', '-s', 'build']],
  [process.execPath, ['scripts/bench-build.mjs']],
];
for (const [cmd, args] of steps) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 2, 2] });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const r = spawnSync(process.execPath, ['dist/bench/bench.js', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(r.status ?? 1);
