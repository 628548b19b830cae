// `npm start`: builds the app quietly, then opens the desktop app when Electron's binary is here
// (installing it first if it can), otherwise serves the same app in web mode and prints, last and
// on a line of its own, the address to open. `--no-build` starts what is already built.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { quietBuild, supervise } from './supervise.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const forceWeb = args.includes('--web') || process.env.MEDIAKIT_WEB === '1';
const build = !args.includes('--no-build');
const passthrough = args.filter((a) => a !== '--web' && a !== '--no-build');

function electronBinary() {
  try {
    const dir = path.dirname(require.resolve('electron/package.json'));
    const rel = readFileSync(path.join(dir, 'path.txt'), 'utf8').trim();
    const bin = path.join(dir, 'dist', rel);
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

function tryInstallElectron() {
  try {
    const installer = path.join(path.dirname(require.resolve('electron/package.json')), 'install.js');
    process.stderr.write('Electron’s binary is missing: trying its installer…\n');
    const r = spawnSync(process.execPath, [installer], { stdio: 'inherit', timeout: 120_000 });
    return r.status === 0;
  } catch {
    return false;
  }
}

if (build) {
  process.stderr.write('Building Media Kit Manager…\n');
  const vite = path.join(path.dirname(require.resolve('vite/package.json')), 'bin/vite.js');
  const built = await quietBuild(
    [
      [process.execPath, [vite, 'build']],
      [process.execPath, [path.join(root, 'scripts/build-backend.mjs')]],
    ],
    { cwd: root },
  );
  if (!built) process.exit(1);
}

const hasDisplay = process.platform !== 'linux' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
let bin = forceWeb || !hasDisplay ? null : electronBinary();
if (!forceWeb && hasDisplay && !bin && tryInstallElectron()) bin = electronBinary();

if (bin) {
  supervise(spawn(bin, [root, ...passthrough], { stdio: 'inherit' }));
} else {
  if (!forceWeb) {
    process.stderr.write(
      hasDisplay
        ? 'Electron could not be installed here: starting Media Kit Manager in web mode instead.\n'
        : 'No display: starting Media Kit Manager in web mode.\n',
    );
  }
  // The IPC channel tells us the address once the host listens, and tells the host that we are
  // gone if this process is killed outright.
  const child = spawn(process.execPath, [path.join(root, 'dist/electron/web.js'), ...passthrough], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
  supervise(child);
  child.on('message', (message) => {
    const ready = message && typeof message === 'object' ? message.ready : undefined;
    if (!ready) return;
    process.stdout.write(`Media Kit Manager is open on the library ${ready.library}\nOpen this address in your browser (Ctrl+C to stop):\n${ready.url}\n`);
  });
}
