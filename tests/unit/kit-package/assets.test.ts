import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-dir.js';

const root = path.resolve(__dirname, '../../..');
const assets = path.join(root, 'assets');
const require = createRequire(import.meta.url);

describe('assets/: the application icon and the .mkit document icon', () => {
  it('are what scripts/make-icons.mjs makes from the SVGs, byte for byte', async () => {
    const out = await tempDir('mediakit-icons-');
    execFileSync(process.execPath, [path.join(root, 'scripts/make-icons.mjs'), out], { cwd: root });
    const made = [...(await readdir(out)).filter((f) => f !== 'icons'), ...(await readdir(path.join(out, 'icons'))).map((f) => `icons/${f}`)].sort();
    expect(made).toEqual(
      ['icon.icns', 'icon.ico', 'icon.png', 'mkit.icns', 'mkit.ico', ...[16, 24, 32, 48, 64, 128, 256, 512, 1024].map((n) => `icons/${n}x${n}.png`)].sort(),
    );
    for (const f of made) expect(Buffer.compare(await readFile(path.join(out, f)), await readFile(path.join(assets, f))), `${f}: run npm run icons and commit`).toBe(0);
  });

  it('are real icons of the sizes the installers expect', async () => {
    for (const n of [16, 32, 256, 512, 1024]) expect(await sharp(path.join(assets, `icons/${n}x${n}.png`)).metadata()).toMatchObject({ width: n, height: n, format: 'png', hasAlpha: true });
    for (const ico of ['icon.ico', 'mkit.ico']) {
      const b = await readFile(path.join(assets, ico));
      expect([b.readUInt16LE(0), b.readUInt16LE(2), b.readUInt16LE(4)], ico).toEqual([0, 1, 7]); // ICO header: 7 images, 16 to 256 px
    }
    for (const icns of ['icon.icns', 'mkit.icns']) {
      const b = await readFile(path.join(assets, icns));
      expect(b.subarray(0, 4).toString('latin1'), icns).toBe('icns');
      expect(b.readUInt32BE(4)).toBe(b.byteLength);
    }
  });

  it('are where build/electron-builder.yml looks, and the configuration passes electron-builder’s own schema', async () => {
    const yaml = require('js-yaml') as { load(text: string): Record<string, any> };
    const config = yaml.load(await readFile(path.join(root, 'build/electron-builder.yml'), 'utf8'));
    const res = path.join(root, config.directories.buildResources);
    expect(res).toBe(assets);
    await readFile(path.join(res, config.mac.icon));
    await readFile(path.join(res, config.win.icon));
    expect((await readdir(path.join(res, config.linux.icon))).length).toBeGreaterThan(5);
    const mkit = config.fileAssociations.find((a: { ext: string }) => a.ext === 'mkit');
    await readFile(path.join(res, `${mkit.icon}.icns`));
    await readFile(path.join(res, `${mkit.icon}.ico`));
    expect(config.files).toContain('assets/**');
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = require('builder-util/out/DebugLogger.js');
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
    await expect(validateConfiguration({ ...config, mac: { ...config.mac, iconn: 'x' } }, new DebugLogger(false))).rejects.toThrow();
  });

  it('the web page names the same icon as its favicon', async () => {
    const html = await readFile(path.join(root, 'renderer/index.html'), 'utf8');
    expect(html).toContain('<link rel="icon" type="image/svg+xml" href="../assets/icon.svg" />');
  });
});
