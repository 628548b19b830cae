'use strict';
// Node 22 keeps V8's compiled code between runs (module.enableCompileCache); Node 20 does not, so a
// `mediakit` command would recompile the CLI bundle at every start (a third of a short command's
// time). This does the same for the CommonJS files under one folder (the built bundle: V8 restores
// cached code without its dynamic-import callback, so the folder must hold only code built without
// import(), as scripts/build-backend.mjs builds the CLI; packages are left to Node): each
// file's code cache is stored in one cache file, keyed by the file's size and mtime (V8 itself only
// checks the source's length), and rewritten at exit after a run that compiled something new, so the
// cache also holds the functions compiled lazily while the command ran, not only the top level.
const Module = require('node:module');
const vm = require('node:vm');
const fs = require('node:fs');
const path = require('node:path');

const MAX_VARIANTS = 64;

/**
 * @param {{ root: string, cacheFile: string, variant: string }} options
 *   root: only files under it are cached; cacheFile: where the cache lives;
 *   variant: what this run does (e.g. "export release"): a variant not seen before adds its functions.
 */
function install({ root, cacheFile, variant }) {
  const index = readCache(cacheFile);
  const scripts = new Map();
  let dirty = !index.variants.includes(variant);
  const compile = Module.prototype._compile;

  Module.prototype._compile = function (content, filename) {
    if (!filename.startsWith(root + path.sep)) return compile.call(this, content, filename);
    let key;
    try {
      const st = fs.statSync(filename);
      key = `${st.size}:${st.mtimeMs}:${process.version}`;
    } catch {
      return compile.call(this, content, filename);
    }
    const entry = index.entries.get(filename);
    const cachedData = entry && entry.key === key ? entry.data : undefined;
    const script = new vm.Script(Module.wrap(content), {
      filename,
      cachedData,
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    if (!cachedData || script.cachedDataRejected) dirty = true;
    scripts.set(filename, { script, key });
    const fn = script.runInThisContext({ displayErrors: true });
    return fn.call(this.exports, this.exports, requireFor(this), this, filename, path.dirname(filename));
  };

  process.once('exit', () => {
    if (!dirty) return;
    try {
      for (const [filename, { script, key }] of scripts) index.entries.set(filename, { key, data: script.createCachedData() });
      const variants = [...index.variants.filter((v) => v !== variant), variant].slice(-MAX_VARIANTS);
      writeCache(cacheFile, variants, index.entries);
    } catch {
      // A cache that cannot be written only makes the next start slower.
    }
  });
}

function requireFor(mod) {
  const require = (id) => mod.require(id);
  require.resolve = (request, options) => Module._resolveFilename(request, mod, false, options);
  require.resolve.paths = (request) => Module._resolveLookupPaths(request, mod);
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

// Layout: 4-byte length of a JSON header { variants, entries: [[file, key, offset, length]] }, then the data.
/**
 * Compiled code from the cache runs as ours, so the cache must be as private as the code: on a
 * POSIX system its folder and file must belong to this user and be writable by nobody else (the
 * fallback folder lives in the shared temporary directory, where another user could plant one).
 */
function trusted(file) {
  if (typeof process.getuid !== 'function') return true;
  try {
    for (const p of [path.dirname(file), file]) {
      const st = fs.lstatSync(p);
      if (st.isSymbolicLink() || st.uid !== process.getuid() || (st.mode & 0o022) !== 0) return false;
    }
    return true;
  } catch {
    return false;
  }
}

function readCache(cacheFile) {
  const empty = { variants: [], entries: new Map() };
  if (!trusted(cacheFile)) return empty;
  let bytes;
  try {
    bytes = fs.readFileSync(cacheFile);
  } catch {
    return empty;
  }
  try {
    const headerLength = bytes.readUInt32LE(0);
    const header = JSON.parse(bytes.subarray(4, 4 + headerLength).toString('utf8'));
    const base = 4 + headerLength;
    const entries = new Map();
    for (const [file, key, offset, length] of header.entries) {
      if (base + offset + length > bytes.length) return empty;
      entries.set(file, { key, data: bytes.subarray(base + offset, base + offset + length) });
    }
    return { variants: header.variants, entries };
  } catch {
    return empty;
  }
}

function writeCache(cacheFile, variants, entries) {
  const rows = [];
  const blobs = [];
  let offset = 0;
  for (const [file, { key, data }] of entries) {
    rows.push([file, key, offset, data.length]);
    blobs.push(data);
    offset += data.length;
  }
  const header = Buffer.from(JSON.stringify({ variants, entries: rows }));
  const size = Buffer.alloc(4);
  size.writeUInt32LE(header.length, 0);
  fs.mkdirSync(path.dirname(cacheFile), { recursive: true, mode: 0o700 });
  if (typeof process.getuid === 'function') {
    const dir = fs.lstatSync(path.dirname(cacheFile));
    if (dir.isSymbolicLink() || dir.uid !== process.getuid() || (dir.mode & 0o022) !== 0) return;
  }
  // Concurrent commands each write a whole file and rename it: a reader never sees half of one.
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, Buffer.concat([size, header, ...blobs]), { mode: 0o600 });
  fs.renameSync(tmp, cacheFile);
}

module.exports = { install };
