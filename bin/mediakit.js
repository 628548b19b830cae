#!/usr/bin/env node
// The `mediakit` command runs the bundled CLI (built JavaScript, no TypeScript loader), with
// Node's compile cache on where this Node has it, so that it starts fast.
import module from 'node:module';
import { existsSync } from 'node:fs';

module.enableCompileCache?.();
const cli = new URL('../dist/electron/cli.js', import.meta.url);
if (!existsSync(cli)) {
  process.stderr.write('error: the CLI is not built yet: run `npm run build` first.\n');
  process.exit(1);
}
await import(cli.href);
