import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { AppError } from '../model/errors.js';
import { Library } from '../library/library.js';
import { resolveLibraryDir } from './library-path.js';
import { startWebHost } from './web.js';
import { announceToLauncher, stopWithLauncher } from './launcher.js';
import { closeSync, startSyncIfConfigured } from '../sync/index.js';

/** `npm run web -- --library DIR --port 0`: prints the URL (with its token) as the first line of stdout. */
async function webMain(): Promise<void> {
  let values: { library?: string; port?: string };
  try {
    ({ values } = parseArgs({ options: { library: { type: 'string' }, port: { type: 'string' } }, strict: true }));
  } catch (err) {
    process.stderr.write(`error: ${(err as Error).message}\nusage: npm run web -- [--library DIR] [--port N]\n`);
    process.exitCode = 2;
    return;
  }
  const port = parsePort(values.port);
  if (port === null) {
    process.stderr.write(`error: --port takes a number from 0 to 65535 (0: any free port), not ${JSON.stringify(values.port)}\nusage: npm run web -- [--library DIR] [--port N]\n`);
    process.exitCode = 2;
    return;
  }
  const here = path.dirname(fileURLToPath(import.meta.url));
  let library: Library;
  try {
    library = await Library.open(resolveLibraryDir(values.library), { app: 'the web host (npm run web)', indexInBackground: true });
  } catch (err) {
    process.stderr.write(`error: ${err instanceof AppError ? err.message : String(err)}\n`);
    process.exitCode = 1;
    return;
  }
  let host: Awaited<ReturnType<typeof startWebHost>>;
  try {
    host = await startWebHost({ library, rendererDir: path.resolve(here, '../renderer'), port });
  } catch (err) {
    // A failed start leaves nothing behind: the lock is released for the next attempt.
    await library.close();
    process.stderr.write(`error: ${err instanceof AppError ? err.message : String(err)}\n`);
    process.exitCode = 1;
    return;
  }
  if (!announceToLauncher({ url: host.url, library: library.dir })) {
    process.stdout.write(`${host.url}\n`);
    process.stderr.write(`Media Kit Manager is serving ${library.dir} at the address above (Ctrl+C to stop).\n`);
  }
  // A team library keeps syncing while the host runs (the password from MEDIAKIT_SYNC_PASSWORD).
  void startSyncIfConfigured(library);
  // A second signal (Ctrl+C reaches both the launcher, which passes it on, and the host) must not
  // cut the first one's closing short: the lock is released once, completely.
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    await closeSync(library);
    await library.close();
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop());
  stopWithLauncher(() => void stop());
}

/** A TCP port as typed: digits only, 0 (any free port) to 65535; null for anything else. */
function parsePort(raw: string | undefined): number | null {
  if (raw === undefined) return 0;
  if (!/^\d{1,5}$/.test(raw.trim())) return null;
  const n = Number(raw.trim());
  return n <= 65535 ? n : null;
}

await webMain();
