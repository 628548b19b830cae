// Helpers of `npm start` (scripts/start.mjs): a build that prints only when it fails, and a child
// process that lives and dies with its launcher.
import { spawn } from 'node:child_process';

/**
 * Runs each step with its output kept in memory: nothing is printed unless a step fails, and then
 * its whole output is, so the error is never hidden. Resolves true when every step succeeded.
 */
export async function quietBuild(steps, { cwd = process.cwd(), stderr = process.stderr } = {}) {
  for (const [command, args] of steps) {
    const output = [];
    const code = await new Promise((resolve) => {
      const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.on('data', (d) => output.push(d));
      child.stderr.on('data', (d) => output.push(d));
      child.once('error', (err) => {
        output.push(Buffer.from(`${err.message}\n`));
        resolve(1);
      });
      child.once('close', (status, signal) => resolve(signal ? 1 : status ?? 1));
    });
    if (code !== 0) {
      stderr.write(Buffer.concat(output));
      stderr.write(`error: the build failed (${[command, ...args].join(' ')} exited with ${code}).\n`);
      return false;
    }
  }
  return true;
}

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** How long a child has to close its library before it is killed. */
const GRACE_MS = 8_000;

/**
 * Ties a child to this process: a SIGINT, SIGTERM or SIGHUP received here is passed on, this
 * process exits with the child's code once the child has exited, and if this process's own parent
 * goes away (npm killed by its pid: npm passes the signal to its shell, which dies without passing
 * it on) the child is stopped too. Nothing is left running behind a launcher that was stopped.
 */
export function supervise(child) {
  let stopping = false;
  const stop = (signal) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      child.kill(signal);
    } catch {
      // Already gone.
    }
    if (stopping) return;
    stopping = true;
    setTimeout(() => child.kill('SIGKILL'), GRACE_MS).unref();
  };
  for (const signal of SIGNALS) process.on(signal, () => stop(signal === 'SIGHUP' ? 'SIGTERM' : signal));
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop('SIGTERM');
  }, 250).unref();
  child.once('exit', (code, signal) => process.exit(code ?? (signal ? 128 + signalNumber(signal) : 0)));
  return stop;
}

function signalNumber(signal) {
  return { SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 }[signal] ?? 1;
}
