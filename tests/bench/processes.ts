import { spawn, spawnSync } from 'node:child_process';

export interface ProcessRun {
  ms: number;
  stdout: string;
  stderr: string;
}

/** Runs a program to its end and times it from spawn to exit; a failure throws with its stderr. */
export function timeProcess(cmd: string, args: readonly string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - t;
      if (code === 0) resolve({ ms, stdout, stderr });
      else reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}: ${stderr.trim().slice(0, 500)}`));
    });
  });
}

/** The path of an installed program, or null: peers are measured only when present. */
export function which(cmd: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null;
}

export function versionOf(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 20_000 });
  return (r.stdout || r.stderr || '').split('\n')[0]!.trim();
}
