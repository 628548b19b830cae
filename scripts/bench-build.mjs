// Bundles the benchmark (tests/bench) into dist/bench/bench.js, the way build-backend bundles the app:
// it measures the same code the app runs, heavy or native packages left external.
import { build } from 'esbuild';

await build({
  entryPoints: { bench: 'tests/bench/main.ts' },
  outdir: 'dist/bench',
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  external: ['electron', 'sharp', 'playwright-core', 'fsevents', 'mammoth', 'jsdom', 'canvas', 'pouchdb-node'],
  banner: { js: "import { createRequire as __mkCreateRequire } from 'node:module'; const require = __mkCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
