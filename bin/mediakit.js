#!/usr/bin/env node
'use strict';
// The `mediakit` command runs the bundled CLI (built JavaScript, no TypeScript loader) with V8's
// compiled code kept between runs, so that a command starts sooner: Node's own compile cache where
// this Node has one (module.enableCompileCache, Node 22.1+ and Electron's Node), the v8-compile-cache
// package on Node 20 (~90 ms of a one-release export, docs/PERFORMANCE.md). CommonJS (bin/package.json)
// so that v8-compile-cache keys its cache by this file rather than by the working directory.
const fs = require('node:fs');
const nodeModule = require('node:module');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const cli = path.join(root, 'dist/electron/cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write('error: the CLI is not built yet: run `npm run build` first.\n');
  process.exit(1);
}

/**
 * Compiled code from the cache runs as ours, so the cache must be as private as the code: on a
 * POSIX system its folder must belong to this user and be writable by nobody else (the fallback
 * folder lives in the shared temporary directory, where another user could plant one).
 */
function trustedDir(dir) {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (typeof process.getuid !== 'function') return true;
    const st = fs.lstatSync(dir);
    return st.isDirectory() && st.uid === process.getuid() && (st.mode & 0o022) === 0;
  } catch {
    return false;
  }
}

function cacheDir() {
  if (process.env.MEDIAKIT_NO_COMPILE_CACHE) return null;
  if (process.env.MEDIAKIT_COMPILE_CACHE) return trustedDir(process.env.MEDIAKIT_COMPILE_CACHE) ? process.env.MEDIAKIT_COMPILE_CACHE : null;
  const inDist = path.join(root, 'dist', '.compile-cache');
  try {
    fs.accessSync(path.dirname(inDist), fs.constants.W_OK);
    if (trustedDir(inDist)) return inDist;
  } catch {
    // An installed app's folder is read-only: the user's own folder in the temporary directory.
  }
  const inTmp = path.join(os.tmpdir(), `mediakit-compile-cache-${os.userInfo().uid}`);
  return trustedDir(inTmp) ? inTmp : null;
}

const dir = cacheDir();
if (dir && typeof nodeModule.enableCompileCache === 'function') {
  nodeModule.enableCompileCache(dir);
} else if (dir) {
  // v8-compile-cache restores a script without its dynamic-import callback: the CLI bundle is built
  // without import() (scripts/build-backend.mjs), and so are the packages it loads.
  process.env.V8_COMPILE_CACHE_CACHE_DIR = dir;
  require('v8-compile-cache');
  delete process.env.V8_COMPILE_CACHE_CACHE_DIR;
}
require(cli);
