// Bundles the backend into dist/electron with esbuild: one file per door, shared chunks split
// out, heavy or native packages left external and loaded only when a command needs them.
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';

const external = ['electron', 'sharp', 'playwright-core', 'fsevents', 'mammoth', 'jsdom', 'canvas'];
const banner = {
  js: "import { createRequire as __mkCreateRequire } from 'node:module'; const require = __mkCreateRequire(import.meta.url);",
};

await rm('dist/electron', { recursive: true, force: true });
await build({
  entryPoints: {
    cli: 'electron/host/cli-main.ts',
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
  logLevel: 'warning',
});
// The preload runs in a sandboxed renderer, which only loads CommonJS.
await build({
  entryPoints: { preload: 'electron/shell/preload.ts' },
  outdir: 'dist/electron',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: ['electron'],
  logLevel: 'warning',
});
