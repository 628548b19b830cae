// Bundles the backend into dist/electron with esbuild: one file per long-lived door (web host,
// Electron main) with shared chunks split out, and the CLI as one CommonJS file, because a CLI
// process lives for one command and Node 20 can only reuse V8's compiled code (v8-compile-cache, see
// bin/mediakit.js) for scripts, not ES modules. Heavy or native packages stay external, loaded when a command needs them.
import { build } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// pouchdb-node: its LevelDB store is a native module (leveldown), loaded only by a library in a team library.
const external = ['electron', 'sharp', 'playwright-core', 'fsevents', 'mammoth', 'jsdom', 'canvas', 'pouchdb-node'];
const banner = {
  js: "import { createRequire as __mkCreateRequire } from 'node:module'; const require = __mkCreateRequire(import.meta.url);",
};

await rm('dist/electron', { recursive: true, force: true });

// The library schema's fingerprint (electron/library/validation-format.ts), computed once here so an
// opening library does not compute it: the sources are bundled to a temporary module and asked.
const fingerprintModule = path.join(await mkdtemp(path.join(tmpdir(), 'mediakit-build-')), 'fingerprint.mjs');
await build({
  entryPoints: ['electron/library/validation-format.ts'],
  outfile: fingerprintModule,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  banner,
  logLevel: 'warning',
});
const validationFormat = (await import(pathToFileURL(fingerprintModule).href)).schemaFingerprint();
await rm(path.dirname(fingerprintModule), { recursive: true, force: true });
const define = { __MEDIAKIT_VALIDATION_FORMAT__: JSON.stringify(validationFormat) };
await build({
  entryPoints: {
    web: 'electron/host/web-main.ts',
    main: 'electron/shell/main.ts',
  },
  outdir: 'dist/electron',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  external,
  banner,
  define,
  logLevel: 'warning',
});
const commonJs = { outdir: 'dist/electron', outExtension: { '.js': '.cjs' }, bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'warning' };
// Dynamic imports of our own modules become lazy initializers inside the one file, so a command
// still runs only the code it needs; `import.meta.url` is the bundle's own URL.
await build({
  ...commonJs,
  entryPoints: { cli: 'electron/host/cli-main.ts' },
  sourcemap: 'linked',
  // pdf-lib (1 MB, read only when a kit's PDF gets its contents' page numbers) is required from
  // node_modules when needed: bundled, every command would load it (+25 % of a command's start).
  external: [...external, 'pdf-lib'],
  define: { ...define, 'import.meta.url': '__mkImportMetaUrl' },
  // import() of a package becomes require(): V8's code cache drops the dynamic-import callback of
  // a script it restores, so an import() in cached code would fail (v8-compile-cache on Node 20).
  supported: { 'dynamic-import': false },
  banner: { js: "const __mkImportMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// The preload runs in a sandboxed renderer, which only loads CommonJS.
await build({ ...commonJs, entryPoints: { preload: 'electron/shell/preload.ts' }, external: ['electron'] });
