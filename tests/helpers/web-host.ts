import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const WEB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/electron/web.js');
const children: ChildProcess[] = [];

/** The built web host (`npm run web`) as a process on `library`; resolves with the first line it prints (its URL). */
export function startWeb(library: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [WEB, '--library', library, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const line = out.split('\n')[0];
      if (out.includes('\n') && line) resolve({ url: line, child });
    });
    child.on('exit', (code) => reject(new Error(`web host exited with ${code}`)));
  });
}

/** Stops every web host started by this test file and waits for them to exit (their folders can then go). */
export async function stopWebHosts(): Promise<void> {
  await Promise.all(
    children.splice(0).map(
      (c) =>
        new Promise<void>((resolve) => {
          if (c.exitCode !== null || c.signalCode !== null) return resolve();
          c.once('exit', () => resolve());
          c.kill('SIGTERM');
        }),
    ),
  );
}
