import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Electronegativity (Doyensec's Electron security linter) over the code that talks to Electron.
 * No HIGH or CRITICAL finding may exist; every other finding must be explained, by its check id, in docs/SECURITY.md.
 */

interface Issue {
  id: string;
  file: string;
  location?: { line?: number };
  severity?: { name?: string };
  confidence?: { name?: string };
  description?: string;
}
type Run = (options: Record<string, unknown>) => Promise<{ issues: Issue[]; errors: unknown[] }>;

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const require = createRequire(import.meta.url);
const electronVersion = (require(path.join(ROOT, 'node_modules/electron/package.json')) as { version: string }).version;

describe('Electronegativity over the Electron code (electron/shell, electron/host/ipc.ts and the rest of electron/)', () => {
  it('finds nothing high or critical, and every other finding is explained in docs/SECURITY.md', async () => {
    const run = require('@doyensec/electronegativity') as Run;
    const security = await readFile(path.join(ROOT, 'docs/SECURITY.md'), 'utf8');
    const all: Issue[] = [];
    // The whole backend in one scan: global checks (navigation limits, permission handler) must see the window code.
    for (const input of ['electron']) {
      const result = await run({
        input: path.join(ROOT, input),
        electronVersionOverride: electronVersion,
        severitySet: 'informational',
        confidenceSet: 'tentative',
        // The upgrade check fetches Electron's release list from the network: CI is offline.
        electronUpgrade: undefined,
      });
      expect(result.errors).toEqual([]);
      all.push(...result.issues);
    }
    const lines = all.map((i) => `${i.id} ${i.severity?.name} ${i.confidence?.name} ${path.relative(ROOT, i.file)}:${i.location?.line ?? 0}`);
    console.log(`Electronegativity (Electron ${electronVersion}): ${all.length} findings\n${lines.join('\n')}`);
    const severe = all.filter((i) => /HIGH|CRITICAL/i.test(i.severity?.name ?? ''));
    expect(severe.map((i) => `${i.id} ${i.file}`)).toEqual([]);
    for (const id of new Set(all.map((i) => i.id))) expect(security, `${id} is not explained in docs/SECURITY.md`).toContain(id);
  }, 120_000);
});
