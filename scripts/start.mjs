// `npm start`: the desktop app when Electron's binary is here (installing it first if it can),
// otherwise the same app in web mode, with its address printed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const forceWeb = args.includes('--web') || process.env.MEDIAKIT_WEB === '1';
const passthrough = args.filter((a) => a !== '--web');

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

const hasDisplay = process.platform !== 'linux' || !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
let bin = forceWeb || !hasDisplay ? null : electronBinary();
if (!forceWeb && hasDisplay && !bin && tryInstallElectron()) bin = electronBinary();

if (bin) {
  const child = spawn(bin, ['.', ...passthrough], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  if (!forceWeb) {
    process.stderr.write(
      hasDisplay
        ? 'Electron could not be installed here: starting Media Kit Manager in web mode instead.\n'
        : 'No display: starting Media Kit Manager in web mode.\n',
    );
  }
  const child = spawn(process.execPath, ['dist/electron/web.js', ...passthrough], { stdio: 'inherit' });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 0));
}
