import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { SCALES, generateLibrary, reuseLibrary, type Scale } from './generate.js';
import { measureBackend } from './measures-backend.js';
import { measureBrowser } from './measures-browser.js';
import { measureProcesses } from './measures-processes.js';
import { measureSync } from './measures-sync.js';
import { versionOf, which } from './processes.js';
import { round, summarize, type Figure } from './stats.js';

export type BenchScale = keyof typeof SCALES | 'smoke';

/** The smoke test's scale: every measure runs once or twice on a library small enough for a test. */
const SMOKE: Scale = { releases: 12, contacts: 60, logos: 4 };

export interface BenchOptions {
  scale: BenchScale;
  runs?: number;
  root: string;
  /** Copy this generated library (a kept one) instead of generating it again. */
  library?: string;
  /** Keep the generated library (its path is in the report). */
  keep?: boolean;
  browser?: boolean;
  /** Sections to run: open, save, search, import, export, cli, browser, sync (all when absent). */
  only?: ReadonlySet<string>;
  log?: (s: string) => void;
}

export interface BenchReport {
  scale: BenchScale;
  counts: Record<string, number>;
  library: { bytes: number; sha256: string; generatedSeconds: number; path: string | null };
  machine: { cpus: number; cpuModel: string; memoryGB: number; node: string; platform: string; pandoc: string; soffice: string; chromium: string; loadAverage: { atStart: number; atEnd: number } };
  figures: Figure[];
  memory: { rssMB: number; heapUsedMB: number; coldOpenMs: number };
  targets: { key: string; label: string; value: number; max: number; of: string; pass: boolean }[];
  startedAt: string;
  seconds: number;
}

const DEFAULT_RUNS: Record<BenchScale, number> = { smoke: 2, small: 15, target: 10, stress: 3 };

function childOpen(script: string, dir: string): Promise<{ ms: number; rss: number; heapUsed: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', script, '--child-open', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as { ms: number; rss: number; heapUsed: number }) : reject(new Error(`open in a child process failed (${code})`))));
  });
}

export async function runBench(o: BenchOptions): Promise<BenchReport> {
  const started = performance.now();
  // Other work on the machine skews every figure: the 1-minute load average is reported with them.
  const loadAtStart = os.loadavg()[0]!;
  const log = o.log ?? (() => undefined);
  const scale = o.scale === 'smoke' ? SMOKE : SCALES[o.scale];
  const runs = o.runs ?? DEFAULT_RUNS[o.scale];
  const work = await mkdtemp(path.join(os.tmpdir(), `mediakit-bench-${o.scale}-`));
  try {
    const dir = path.join(work, 'library');
    log(`generating the ${o.scale} library (${scale.releases} releases, ${scale.contacts} contacts, ${scale.logos} logos)`);
    const gen = o.library ? await reuseLibrary(o.library, dir) : await generateLibrary(dir, scale);
    const bytes = await readFile(path.join(dir, 'library.json'));
    const library = { bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex'), generatedSeconds: round(gen.seconds), path: o.keep ? dir : null };
    log(`library.json: ${(bytes.byteLength / 1e6).toFixed(1)} MB, generated in ${gen.seconds.toFixed(1)} s`);

    // The built app is copied aside: a test run elsewhere may rebuild dist/ while the bench runs.
    const app = await snapshotApp(o.root, path.join(work, 'app'));
    const mem = await childOpen(path.join(app, 'dist/bench/bench.js'), dir);
    const memFigure: Figure = { key: 'open.memory', label: 'backend memory after open (RSS, fresh process)', unit: 'MB', runs: 1, median: mem.rss / 1e6, p95: mem.rss / 1e6 };

    const smoke = o.scale === 'smoke';
    const want = (section: string) => !o.only || o.only.has(section);
    // The imports below grow the library (30,000 contacts, 100 releases at target): the process and
    // browser measures get a copy of it as generated, so every figure is at the scale it names.
    const pristine = { ...gen, dir: path.join(work, 'pristine') };
    await cp(dir, pristine.dir, { recursive: true });
    const backend = await measureBackend({ gen, runs, csvRows: smoke ? 200 : 10_000, importFiles: smoke ? 4 : 100, log, only: o.only });
    const processes = want('cli')
      ? await measureProcesses({ root: app, gen: pristine, work, runs, kitDocx: backend.kitDocx, releaseMarkdown: backend.releaseMarkdown, log })
      : { figures: [], peers: {} as Record<string, string> };
    const browser = o.browser === false || !want('browser') ? [] : await measureBrowser({ root: app, gen: pristine, runs, log });
    const sync = want('sync') ? await measureSync({ root: o.root, gen: pristine, work, runs, log }) : [];

    const figures = [...backend.figures, memFigure, ...processes.figures, ...browser, ...sync];
    const byKey = new Map(figures.map((f) => [f.key, f]));
    const targets: BenchReport['targets'] = [];
    for (const f of figures) {
      const base = f.against ? byKey.get(f.against) : undefined;
      if (base) f.ratio = f.median / base.median;
      if (f.target) {
        const value = f.target.of === 'ratio' ? f.ratio : f.key === 'search' ? f.p95 : f.median;
        if (value === undefined) continue;
        f.pass = value <= f.target.max;
        targets.push({ key: f.key, label: f.label, value: round(value, 3), max: f.target.max, of: f.target.of === 'ratio' ? `× ${f.against}` : f.target.of, pass: f.pass });
      }
    }
    for (const f of figures) {
      f.median = round(f.median);
      f.p95 = round(f.p95);
      if (f.ratio !== undefined) f.ratio = round(f.ratio, 3);
    }
    const pandoc = processes.peers.pandoc ?? 'not installed';
    const soffice = processes.peers.soffice ?? 'not installed';
    return {
      scale: o.scale,
      counts: { ...gen.counts },
      library,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model ?? 'unknown',
        memoryGB: round(os.totalmem() / 2 ** 30, 1),
        node: process.version,
        platform: `${os.platform()} ${os.release()}`,
        pandoc: which('pandoc') ? versionOf('pandoc', ['--version']) : pandoc,
        soffice: which('soffice') ? versionOf('soffice', ['--version']) : soffice,
        chromium: which('chromium') ? versionOf('chromium', ['--version']) : 'not found on PATH',
        loadAverage: { atStart: round(loadAtStart), atEnd: round(os.loadavg()[0]!) },
      },
      figures,
      memory: { rssMB: round(mem.rss / 1e6, 1), heapUsedMB: round(mem.heapUsed / 1e6, 1), coldOpenMs: round(mem.ms) },
      targets,
      startedAt: new Date(Date.now() - (performance.now() - started)).toISOString(),
      seconds: round((performance.now() - started) / 1000, 1),
    };
  } finally {
    if (!o.keep) await rm(work, { recursive: true, force: true });
  }
}

async function snapshotApp(root: string, to: string): Promise<string> {
  for (const part of ['bin', 'dist/electron', 'dist/renderer', 'dist/bench', 'package.json']) {
    await mkdir(path.dirname(path.join(to, part)), { recursive: true });
    await cp(path.join(root, part), path.join(to, part), { recursive: true });
  }
  await symlink(path.join(root, 'node_modules'), path.join(to, 'node_modules'), 'dir');
  return to;
}

export function formatTable(r: BenchReport): string {
  const lines: string[] = [];
  const c = r.counts;
  lines.push(`Media Kit Manager bench — scale ${r.scale}: ${c.releases} releases, ${c.contacts} contacts, ${c.logos} logos; library.json ${(r.library.bytes / 1e6).toFixed(1)} MB`);
  lines.push(`machine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGB} GB, Node ${r.machine.node}; pandoc: ${r.machine.pandoc}; LibreOffice: ${r.machine.soffice}`);
  lines.push(`load average (1 min): ${r.machine.loadAverage.atStart} at start, ${r.machine.loadAverage.atEnd} at end (on ${r.machine.cpus} cores; above ${r.machine.cpus} other work competed with the bench)`);
  lines.push('');
  const rows = r.figures.map((f) => [
    f.note ? `${f.label} — ${f.note}` : f.label,
    `${f.median.toFixed(1)} ${f.unit}`,
    `${f.p95.toFixed(1)} ${f.unit}`,
    String(f.runs),
    f.against && f.ratio !== undefined ? `${f.ratio.toFixed(2)}× ${f.against}` : '',
    f.target ? `${f.target.of === 'ratio' ? `≤ ${f.target.max}×` : `≤ ${f.target.max} ${f.target.of}`}${f.key === 'search' ? ' (p95)' : ''} ${f.pass ? 'PASS' : 'MISS'}` : '',
  ]);
  const head = ['measure', 'median', 'p95', 'runs', 'ratio', 'target'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const fmt = (row: string[]) => row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ');
  lines.push(fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt));
  lines.push('');
  lines.push(`backend after open (fresh process): RSS ${r.memory.rssMB} MB, heap ${r.memory.heapUsedMB} MB, cold open ${r.memory.coldOpenMs} ms`);
  const missed = r.targets.filter((t) => !t.pass);
  lines.push(`targets: ${r.targets.length - missed.length} of ${r.targets.length} met${missed.length ? `; missed: ${missed.map((t) => t.key).join(', ')}` : ''} (total ${r.seconds} s)`);
  return lines.join('\n');
}

export { summarize };
