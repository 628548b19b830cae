#!/usr/bin/env node
// The `mediakit` command runs the bundled CLI (built JavaScript, no TypeScript loader) with V8's
// compiled code kept between runs: Node's own compile cache where this Node has it (22+), else
// ours (compile-cache.cjs), so that a command starts in a fraction of the time.
import module, { createRequire } from 'node:module';
import { accessSync, constants, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'dist/electron/cli.cjs');
if (!existsSync(cli)) {
  process.stderr.write('error: the CLI is not built yet: run `npm run build` first.\n');
  process.exit(1);
}
const require = createRequire(import.meta.url);
if (module.enableCompileCache) module.enableCompileCache();
else if (!process.env.MEDIAKIT_NO_COMPILE_CACHE) {
  const dist = path.join(root, 'dist');
  let dir = path.join(dist, '.compile-cache');
  try {
    accessSync(dist, constants.W_OK);
  } catch {
    dir = path.join(os.tmpdir(), `mediakit-compile-cache-${os.userInfo().uid}`);
  }
  // What the command does ("export release"): ids, paths and options are left out.
  const variant = process.argv.slice(2).filter((a) => /^[a-z][a-z-]*$/.test(a)).slice(0, 2).join(' ');
  const cacheFile = process.env.MEDIAKIT_COMPILE_CACHE || path.join(dir, 'cli.bin');
  require('./compile-cache.cjs').install({ root: path.dirname(cli), cacheFile, variant });
}
require(cli);
