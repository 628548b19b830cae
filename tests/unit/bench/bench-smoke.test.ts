import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateLibrary } from '../../bench/generate.js';
import { tempDir } from '../../helpers/temp-dir.js';

const root = path.resolve(__dirname, '../../..');

const EVERY_FIGURE = [
  'floor.readParse', 'open', 'open.load', 'open.index', 'open.memory',
  'floor.atomicWrite', 'save', 'save.loopBlock',
  'search',
  'import.contacts', 'import.releases', 'import.release', 'import.logos',
  'export.release.docx', 'export.kit.docx', 'export.release.pdf', 'export.kit.pdf',
  'floor.node', 'cli.release.docx', 'cli.releases.docx', 'cli.kit.pdf',
  'browser.list', 'browser.filter',
  'sync.first.push', 'sync.first.pull', 'sync.edit', 'sync.save.off', 'sync.save.on', 'sync.open.off', 'sync.open.on',
];

interface Report {
  scale: string;
  counts: Record<string, number>;
  library: { bytes: number; sha256: string };
  machine: { cpus: number; pandoc: string; soffice: string };
  figures: { key: string; unit: string; runs: number; median: number; p95: number; ratio?: number; against?: string; pass?: boolean }[];
  memory: { rssMB: number; heapUsedMB: number };
  targets: { key: string; pass: boolean; value: number }[];
}

describe('npm run bench (smoke scale)', () => {
  it('generates the same library from the same seed, logos stored as real PNG and SVG files', async () => {
    const scale = { releases: 10, contacts: 30, logos: 4 };
    const [a, b] = [await tempDir('mkbench-'), await tempDir('mkbench-')];
    const ga = await generateLibrary(path.join(a, 'lib'), scale);
    await generateLibrary(path.join(b, 'lib'), scale);
    const ja = readFileSync(path.join(a, 'lib/library.json'), 'utf8');
    expect(readFileSync(path.join(b, 'lib/library.json'), 'utf8')).toBe(ja);
    const doc = JSON.parse(ja) as { releases: { lang: string; body: { type: string; content?: { href?: string }[] }[] }[]; logos: { file: { sha256: string; format: string } }[]; contacts: unknown[] };
    expect(doc.releases).toHaveLength(10);
    expect(doc.contacts).toHaveLength(30);
    expect(new Set(doc.releases.map((r) => r.lang))).toEqual(new Set(['fr-CA', 'fr-FR', 'en-US', 'en-GB', 'ja']));
    expect(doc.releases.every((r) => r.body.some((blk) => blk.type === 'list'))).toBe(true);
    expect(doc.releases.some((r) => r.body.some((blk) => blk.content?.some((i) => i.href?.startsWith('https://'))))).toBe(true);
    for (const logo of doc.logos) {
      const bytes = readFileSync(path.join(a, 'lib/files', logo.file.sha256.slice(0, 2), logo.file.sha256));
      if (logo.file.format === 'png') expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
      else expect(bytes.toString('utf8')).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    }
    expect(doc.logos.map((l) => l.file.format).sort()).toEqual(['png', 'png', 'svg', 'svg']);
    expect(ga.releaseIds.ja).toMatch(/^rel_/);
  });

  it('runs every measure once and reports median, p95 and ratios as JSON', async () => {
    execFileSync(process.execPath, ['scripts/bench-build.mjs'], { cwd: root, stdio: 'inherit' });
    if (!existsSync(path.join(root, 'dist/renderer/index.html'))) execFileSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
    const run = spawnSync(process.execPath, ['dist/bench/bench.js', '--scale', 'smoke', '--runs', '2', '--json'], { cwd: root, encoding: 'utf8', timeout: 280_000 });
    expect(run.stderr).not.toMatch(/^error:/m);
    expect(run.status).toBe(0);
    const report = JSON.parse(run.stdout) as Report;
    expect(report.scale).toBe('smoke');
    expect(report.counts.releases).toBe(12);
    expect(report.library.sha256).toMatch(/^[0-9a-f]{64}$/);
    const keys = report.figures.map((f) => f.key);
    const expected = [...EVERY_FIGURE];
    if (report.machine.pandoc !== 'not installed') expected.push('peer.pandoc');
    if (report.machine.soffice !== 'not installed') expected.push('peer.soffice');
    for (const key of expected) expect(keys, key).toContain(key);
    for (const f of report.figures) {
      expect(f.median, f.key).toBeGreaterThanOrEqual(0);
      expect(Number.isFinite(f.p95), f.key).toBe(true);
      expect(f.p95, f.key).toBeGreaterThanOrEqual(f.median);
      if (f.against && keys.includes(f.against)) expect(f.ratio, f.key).toBeGreaterThan(0);
    }
    expect(report.figures.find((f) => f.key === 'search')!.runs).toBe(200);
    expect(report.memory.rssMB).toBeGreaterThan(10);
    const targetKeys = report.targets.map((t) => t.key);
    for (const key of ['open', 'save', 'search', 'import.contacts', 'export.kit.docx', 'export.kit.pdf', 'cli.release.docx', 'cli.releases.docx', 'browser.list', 'browser.filter']) expect(targetKeys).toContain(key);
    if (report.machine.soffice !== 'not installed') expect(targetKeys).toContain('cli.kit.pdf');
  }, 300_000);
});
