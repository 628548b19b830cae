import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Generated } from './generate.js';
import { timeProcess, which } from './processes.js';
import { summarize, type Figure } from './stats.js';

export interface ProcessOptions {
  root: string;
  gen: Generated;
  work: string;
  runs: number;
  kitDocx: Uint8Array;
  releaseMarkdown: Uint8Array;
  log: (s: string) => void;
}

async function times(runs: number, warmup: number, fn: (i: number) => Promise<{ ms: number }>): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn(-1 - i);
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push((await fn(i)).ms);
  return out;
}

function fig(key: string, label: string, samples: number[], extra: Partial<Figure> = {}): Figure {
  return { key, label, unit: 'ms', ...summarize(samples), ...extra };
}

/** Whole processes, as a user starts them: our CLI, a bare Node, and the tools officers would use otherwise. */
export async function measureProcesses(o: ProcessOptions): Promise<{ figures: Figure[]; peers: Record<string, string> }> {
  const { root, gen, work, runs, log } = o;
  const figures: Figure[] = [];
  const peers: Record<string, string> = {};
  const node = process.execPath;
  const cli = path.join(root, 'bin/mediakit.js');
  const out = path.join(work, 'cli-out');
  await mkdir(out, { recursive: true });

  log('floor: node -e 0');
  figures.push(fig('floor.node', 'bare `node -e 0` process (floor)', await times(runs, 1, () => timeProcess(node, ['-e', '0']))));

  log('CLI: export release docx');
  figures.push(
    fig('cli.release.docx', 'CLI process: export one release to DOCX', await times(runs, 1, () => timeProcess(node, [cli, '--library', gen.dir, 'export', 'release', gen.releaseIds.fr, '--format', 'docx', '--out', out])), {
      against: 'floor.node',
      target: { max: 3, of: 'ratio' },
    }),
  );
  log(`CLI: export ${gen.batchIds.length} releases to docx in one process`);
  let batch = 0;
  figures.push(
    fig(
      'cli.releases.docx',
      `CLI process: export ${gen.batchIds.length} releases to DOCX in one process`,
      await times(Math.min(runs, 5), 1, async () => {
        const dir = path.join(work, `cli-batch-${batch++}`);
        await mkdir(dir);
        return timeProcess(node, [cli, '--library', gen.dir, 'export', 'release', ...gen.batchIds, '--format', 'docx', '--out', dir]);
      }),
      { target: { max: 2000, of: 'ms' } },
    ),
  );
  log('CLI: export kit pdf');
  const cliKitRuns = Math.min(runs, 5);
  figures.push(
    fig('cli.kit.pdf', 'CLI process: export the 5-release kit to PDF (cold browser)', await times(cliKitRuns, 1, () => timeProcess(node, [cli, '--library', gen.dir, 'export', 'kit', gen.kitId, '--format', 'pdf', '--out', out])), {
      against: 'peer.soffice',
      target: { max: 0.5, of: 'ratio' },
    }),
  );

  const pandoc = which('pandoc');
  if (pandoc) {
    log('peer: pandoc');
    const md = path.join(work, 'release.md');
    await writeFile(md, o.releaseMarkdown);
    figures.push(fig('peer.pandoc', 'pandoc: the same release, Markdown to DOCX (peer)', await times(runs, 1, () => timeProcess(pandoc, [md, '-o', path.join(work, 'pandoc.docx')]))));
    peers.pandoc = pandoc;
    const ours = figures.find((f) => f.key === 'cli.release.docx')!;
    figures.push({ ...ours, key: 'cli.release.docx.vsPandoc', label: 'CLI release to DOCX, compared with pandoc', against: 'peer.pandoc', target: undefined });
  } else {
    peers.pandoc = 'not installed';
  }

  const soffice = which('soffice');
  if (soffice) {
    log('peer: LibreOffice');
    const docx = path.join(work, 'kit.docx');
    await writeFile(docx, o.kitDocx);
    // Its own profile folder, so a desktop LibreOffice that is open does not swallow the conversion.
    const profile = `-env:UserInstallation=file://${path.join(work, 'lo-profile')}`;
    const sofficeRuns = Math.min(runs, 5);
    figures.push(
      fig('peer.soffice', 'LibreOffice: our kit DOCX to PDF, as a process (peer)', await times(sofficeRuns, 1, () => timeProcess(soffice, [profile, '--headless', '--convert-to', 'pdf', '--outdir', path.join(work, 'lo-out'), docx]))),
    );
    peers.soffice = soffice;
  } else {
    peers.soffice = 'not installed';
  }
  return { figures, peers };
}
