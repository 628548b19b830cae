export interface Figure {
  /** Stable key, e.g. "open", "save", "export.kit.docx". */
  key: string;
  label: string;
  unit: 'ms' | 'MB';
  runs: number;
  median: number;
  p95: number;
  /** The floor or peer this figure is compared against, by key. */
  against?: string;
  ratio?: number;
  target?: { max: number; of: 'ms' | 'ratio' | 'MB' };
  pass?: boolean;
  note?: string;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  // Nearest-rank: with few runs the p95 is the slowest run, not an interpolation below it.
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function summarize(samples: readonly number[]): { runs: number; median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  const median = sorted.length % 2 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { runs: sorted.length, median, p95: percentile(sorted, 95) };
}

export async function sample(runs: number, fn: (i: number) => Promise<unknown> | unknown, warmup = 1): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn(i);
    out.push(performance.now() - t);
  }
  return out;
}

export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
