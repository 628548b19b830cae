import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../../..');

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else if (/\.tsx?$/.test(e.name)) out.push(p);
  }
  return out;
}

/** `import { a, type B } from '…'` with at least one value (not `import type`, not only `type` names). */
function valueImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/^import\s+(type\s+)?([^'"]*?)\s*from\s*'([^']+)';/gm)) {
    if (m[1]) continue;
    const names = m[2]!.replace(/[{}]/g, '').split(',').map((n) => n.trim()).filter(Boolean);
    if (names.length && names.every((n) => n.startsWith('type '))) continue;
    out.push(m[3]!);
  }
  for (const m of source.matchAll(/^export\s+(?:\*|\{[^}]*\})\s*from\s*'([^']+)';/gm)) out.push(m[1]!);
  return out;
}

function resolve(from: string, spec: string): string {
  return path.resolve(path.dirname(from), spec).replace(/\.js$/, '.ts');
}

/** Every module a file loads at run time, followed through our own files. */
async function runtimeClosure(file: string, seen = new Set<string>()): Promise<Set<string>> {
  if (seen.has(file)) return seen;
  seen.add(file);
  for (const spec of valueImports(await readFile(file, 'utf8'))) {
    if (spec.startsWith('.')) await runtimeClosure(resolve(file, spec), seen);
    else seen.add(spec);
  }
  return seen;
}

describe('what the interface loads from the backend', () => {
  it('only types, and values from modules that load no zod (languages, ids, warnings, sizes)', async () => {
    const reached = new Set<string>();
    for (const file of await files(path.join(ROOT, 'renderer'))) {
      for (const spec of valueImports(await readFile(file, 'utf8'))) {
        if (!spec.includes('/electron/')) continue;
        const target = resolve(file, spec);
        reached.add(path.relative(ROOT, target));
        const closure = await runtimeClosure(target);
        expect([...closure].filter((m) => m === 'zod' || m.startsWith('zod/')), `${path.relative(ROOT, file)} → ${spec}`).toEqual([]);
        expect([...closure].filter((m) => !m.startsWith('/') && m !== 'nanoid'), `${path.relative(ROOT, file)} → ${spec} loads packages`).toEqual([]);
      }
    }
    expect(reached).toContain('electron/model/constants.ts');
  });
});
