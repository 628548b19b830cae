import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { writeFileAtomic } from '../../electron/library/atomic-write.js';
import { Library } from '../../electron/library/library.js';
import { dispatch } from '../../electron/api/dispatch.js';
import { createContext } from '../../electron/host/context.js';
import { exportDocument } from '../../electron/export/export-kit.js';
import { resolveKit, resolveRelease } from '../../electron/export/kit.js';
import type { FileSource } from '../../electron/export/kit-document.js';
import { createChromiumPrinter } from '../../electron/host/chromium.js';
import { QUERY_WORDS } from './corpus.js';
import type { Generated } from './generate.js';
import { contactsCsv, logoFile, releaseFile } from './import-inputs.js';
import { Rng } from './rng.js';
import { sample, summarize, type Figure } from './stats.js';

export interface BackendOptions {
  gen: Generated;
  runs: number;
  /** Rows of the contacts CSV (10,000 in the issue; smaller for the smoke test). */
  csvRows: number;
  /** Release files and logos imported (100 each in the issue). */
  importFiles: number;
  log: (s: string) => void;
  /** Sections to run (open, save, search, import, export); all when absent. */
  only?: ReadonlySet<string>;
}

export interface BackendResult {
  figures: Figure[];
  /** Files the process measures reuse: our DOCX of the kit (for LibreOffice), a release as Markdown (for pandoc). */
  kitDocx: Uint8Array;
  releaseMarkdown: Uint8Array;
}

function fig(key: string, label: string, samples: number[], extra: Partial<Figure> = {}): Figure {
  return { key, label, unit: 'ms', ...summarize(samples), ...extra };
}

function call(ctx: ReturnType<typeof createContext>, method: string, input: unknown): Promise<unknown> {
  return dispatch(method, input, ctx).then((r) => {
    if (!r.ok) throw new Error(`${method}: ${r.error.code}: ${r.error.message}`);
    return r.result;
  });
}

/** The measures run inside this process, on the library the app would open. */
export async function measureBackend(o: BackendOptions): Promise<BackendResult> {
  const { gen, runs, log } = o;
  const file = path.join(gen.dir, 'library.json');
  const figures: Figure[] = [];
  const want = (section: string) => !o.only || o.only.has(section);

  if (want('open')) {
  log('floor: readFile + JSON.parse');
  figures.push(fig('floor.readParse', 'readFile + JSON.parse of library.json (floor)', await sample(runs, async () => JSON.parse(await readFile(file, 'utf8')))));

  log('open');
  const load: number[] = [];
  const index: number[] = [];
  const total: number[] = [];
  for (let i = -1; i < runs; i++) {
    const t0 = performance.now();
    // As the window and the web host open it: the index is built in slices after open resolves;
    // the search right after finishes it at once, so t2 is when the index is complete.
    const lib = await Library.open(gen.dir, { app: 'the benchmark', indexInBackground: true });
    const t1 = performance.now();
    await lib.search('bench');
    const t2 = performance.now();
    await lib.close();
    if (i < 0) continue;
    load.push(t1 - t0);
    index.push(t2 - t1);
    total.push(t2 - t0);
  }
  figures.push(fig('open', 'open: read, parse, validate, migrate, search index', total, { against: 'floor.readParse', target: { max: 2, of: 'ratio' } }));
  figures.push(fig('open.load', 'open until the app can show the library (index in background)', load, { against: 'floor.readParse' }));
  figures.push(fig('open.index', 'search index build (first search)', index));
  }

  const lib = await Library.open(gen.dir, { app: 'the benchmark' });
  const ctx = createContext(lib, 'cli');
  let kitDocx: Uint8Array = new Uint8Array();
  let releaseMarkdown: Uint8Array = new Uint8Array();
  try {
    if (want('save')) {
    log('floor: atomic write');
    const bytes = await readFile(file);
    const scratch = path.join(gen.dir, 'bench-floor.json');
    figures.push(fig('floor.atomicWrite', 'atomic write of library.json: temp + fsync + rename (floor)', await sample(runs, () => writeFileAtomic(scratch, bytes))));

    log('save after one small edit');
    const saves: number[] = [];
    const blocks: number[] = [];
    const ids = lib.doc.releases.slice(0, 50).map((r) => r.id);
    for (let i = -1; i < runs; i++) {
      // Edits arrive at least one autosave debounce (600 ms) apart, not back to back: the previous save's backup copy
      // (which the next save waits for) has had time to finish, as it has while someone types.
      await lib.backups();
      await new Promise((r) => setTimeout(r, 100));
      const id = ids[(i + 1) % ids.length]!;
      const h = monitorEventLoopDelay({ resolution: 1 });
      h.enable();
      const t = performance.now();
      // What the editor's autosave sends after a keystroke pause: one field of one release.
      const current = lib.doc.releases.find((x) => x.id === id)!;
      await call(ctx, 'releases.update', { id, patch: { subheadline: `${current.subheadline.replace(/ \(\d+\)$/, '')} (${i + 2})` } });
      const ms = performance.now() - t;
      h.disable();
      if (i < 0) continue;
      saves.push(ms);
      blocks.push(h.max / 1e6);
    }
    figures.push(fig('save', 'save after one small edit (mutate resolved)', saves, { against: 'floor.atomicWrite', target: { max: 2, of: 'ratio' } }));
    figures.push(fig('save.loopBlock', 'longest event-loop stall during a save', blocks, { note: 'the backend is unresponsive this long; typing happens in the renderer process' }));
    }
    if (want('search')) {
    log('search: 200 queries');
    await lib.search('warm');
    const rng = new Rng(7);
    const queries: string[] = [];
    for (let i = 0; i < 200; i++) {
      const w = rng.pick(QUERY_WORDS);
      queries.push(i % 4 === 0 ? `${w} ${rng.pick(QUERY_WORDS)}` : i % 4 === 1 ? w.slice(0, Math.max(3, Math.ceil(w.length / 2))) : w);
    }
    const perQuery: number[] = [];
    let hits = 0;
    for (const q of queries) {
      const t = performance.now();
      hits += (await lib.search(q)).length;
      perQuery.push(performance.now() - t);
    }
    figures.push(fig('search', 'search across everything (one query)', perQuery, { target: { max: 10, of: 'ms' }, note: `200 queries, ${hits} hits in all` }));
    }
    if (want('import')) {
    log(`import: ${o.csvRows}-row contacts CSV`);
    const csvRuns = Math.min(runs, 3);
    const csv: number[] = [];
    for (let i = 0; i < csvRuns; i++) {
      const f = contactsCsv(o.csvRows, 1000 + i, i);
      const input = { fileName: f.fileName, contentBase64: Buffer.from(f.bytes).toString('base64') };
      const t = performance.now();
      const r = (await call(ctx, 'import.contacts', input)) as { imported: number };
      csv.push(performance.now() - t);
      if (r.imported !== o.csvRows) throw new Error(`import.contacts imported ${r.imported} of ${o.csvRows} rows`);
    }
    figures.push(fig('import.contacts', `import a ${o.csvRows.toLocaleString('en')}-row contacts CSV`, csv, { target: { max: 1000, of: 'ms' } }));

    log(`import: ${o.importFiles} release files`);
    const relRng = new Rng(99);
    const rel: number[] = [];
    for (let i = 0; i < o.importFiles; i++) {
      const f = releaseFile(relRng, i);
      const t = performance.now();
      await call(ctx, 'import.release', { fileName: f.fileName, contentBase64: Buffer.from(f.bytes).toString('base64') });
      rel.push(performance.now() - t);
    }
    figures.push(fig('import.releases', `import ${o.importFiles} release files (all of them)`, [rel.reduce((a, b) => a + b, 0)], { note: `per file: median ${summarize(rel).median.toFixed(1)} ms, p95 ${summarize(rel).p95.toFixed(1)} ms` }));
    figures.push(fig('import.release', 'import one release file', rel));

    log(`import: ${o.importFiles} logos`);
    const logoRng = new Rng(123);
    const logos: number[] = [];
    for (let i = 0; i < o.importFiles; i++) {
      const f = await logoFile(logoRng, i);
      const t = performance.now();
      await call(ctx, 'import.logo', { fileName: f.fileName, contentBase64: Buffer.from(f.bytes).toString('base64'), organization: 'Québec Santé Numérique' });
      logos.push(performance.now() - t);
    }
    figures.push(fig('import.logos', `import ${o.importFiles} logos (all of them)`, [logos.reduce((a, b) => a + b, 0)], { note: `per logo: median ${summarize(logos).median.toFixed(1)} ms` }));

    }
    // `--only docx` runs the DOCX measures alone, without the printer (for profiling the DOCX writer).
    if (want('export') || want('cli') || want('docx')) {
    log('export in-process');
    const files: FileSource = { read: (sha) => lib.readFile(sha) };
    const releaseDoc = () => resolveRelease(lib.doc, gen.releaseIds.fr, {});
    const kitDoc = () => resolveKit(lib.doc, gen.kitId);
    figures.push(fig('export.release.docx', 'one release to DOCX, in-process', await sample(runs, () => exportDocument(releaseDoc(), ['docx'], { files }))));
    figures.push(
      fig('export.kit.docx', '5-release kit to DOCX, in-process', await sample(runs, async () => {
        kitDocx = (await exportDocument(kitDoc(), ['docx'], { files })).files[0]!.bytes;
      }), { target: { max: 25, of: 'ms' } }),
    );
    releaseMarkdown = (await exportDocument(releaseDoc(), ['md'], { files })).files[0]!.bytes;
    if (!want('export') && !want('cli')) return { figures, kitDocx, releaseMarkdown };
    const printer = createChromiumPrinter();
    try {
      figures.push(fig('export.release.pdf', 'one release to PDF, warm printer', await sample(runs, () => exportDocument(releaseDoc(), ['pdf'], { files, printer }), 2)));
      figures.push(fig('export.kit.pdf', '5-release kit to PDF, warm printer', await sample(runs, () => exportDocument(kitDoc(), ['pdf'], { files, printer }), 2), { target: { max: 150, of: 'ms' } }));
    } finally {
      await printer.close();
    }
    }
    return { figures, kitDocx, releaseMarkdown };
  } finally {
    await ctx.dispose();
    await lib.close();
  }
}

/** Run in a fresh process (`bench.js --child-open DIR`): what the backend holds after opening, index built. */
export async function childOpen(dir: string): Promise<void> {
  const t = performance.now();
  const lib = await Library.open(dir, { readOnly: true });
  await lib.search('bench');
  const ms = performance.now() - t;
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  process.stdout.write(JSON.stringify({ ms, rss: m.rss, heapUsed: m.heapUsed, external: m.external }) + '\n');
}
