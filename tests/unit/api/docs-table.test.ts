import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AREA_OF, contract } from '../../../electron/api/contract.js';
import { COLLECTIONS } from '../../../electron/model/constants.js';

type Column = 'free' | 'locked' | 'write';

/** The "Method kinds" table of docs/ARCHITECTURE.md: area → method → column. */
async function documented(): Promise<Map<string, { area: string; column: Column }>> {
  const doc = await readFile(path.resolve(__dirname, '../../../docs/ARCHITECTURE.md'), 'utf8');
  const table = doc.slice(doc.indexOf('| area | read, without the lock | read, under the lock | write |'));
  const lines = table.split('\n').slice(2);
  const rows = lines.slice(0, lines.findIndex((l) => !l.startsWith('|')));
  const out = new Map<string, { area: string; column: Column }>();
  for (const row of rows) {
    const [area, ...cells] = row.split('|').slice(1, -1).map((c) => c.trim());
    cells.forEach((cell, i) => {
      for (const [, name] of cell.matchAll(/`([^`]+)`/g)) {
        const column = (['free', 'locked', 'write'] as const)[i]!;
        const names = name!.startsWith('<collection>.') ? COLLECTIONS.map((c) => name!.replace('<collection>', c)) : [name!];
        for (const n of names) out.set(n, { area: area!, column });
      }
    });
  }
  return out;
}

describe('docs/ARCHITECTURE.md', () => {
  it('lists every API method once, in its area and under its kind, as the contract declares it', async () => {
    const docs = await documented();
    expect([...docs.keys()].sort()).toEqual(Object.keys(contract).sort());
    for (const [name, def] of Object.entries(contract)) {
      const column: Column = def.kind === 'write' ? 'write' : def.withoutLock ? 'free' : 'locked';
      expect(docs.get(name), name).toEqual({ area: AREA_OF.get(name), column });
    }
  });
});
