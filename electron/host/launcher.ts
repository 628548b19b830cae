/**
 * The web host's ties to whoever started it. Started by `npm start` (scripts/start.mjs), it has an
 * IPC channel: the address goes back through it, and its closing (the launcher killed, even with
 * SIGKILL) stops the host. Started by `npm run web`, npm's shell is its parent: npm killed by its
 * pid passes the signal to that shell, which dies without passing it on, so a host whose parent
 * changed stops too. Started by hand (`node dist/electron/web.js`), only signals stop it.
 */

export interface HostReady {
  url: string;
  library: string;
}

/** Tells the launcher where the host listens; false when nobody launched it through IPC. */
export function announceToLauncher(ready: HostReady): boolean {
  if (!process.send) return false;
  process.send({ ready });
  return true;
}

export function stopWithLauncher(stop: () => void, env: NodeJS.ProcessEnv = process.env): void {
  if (process.send) {
    process.once('disconnect', stop);
    return;
  }
  if (!env.npm_lifecycle_event) return;
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 250).unref();
}
