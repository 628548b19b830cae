import { execFileSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '..');

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

/**
 * The CLI and web-host tests run the built JavaScript, as users do. `npm test` builds first;
 * this rebuilds the backend only when a source is newer, so `vitest run <file>` also works.
 */
export default function setup(): void {
  if (process.env.MEDIAKIT_SKIP_BUILD === '1') return;
  const cli = path.join(root, 'dist/electron/cli.js');
  if (!existsSync(cli) || statSync(cli).mtimeMs < newest(path.join(root, 'electron'))) {
    execFileSync(process.execPath, ['scripts/build-backend.mjs'], { cwd: root, stdio: 'inherit' });
  }
}
