import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CdpBrowser } from '../../../electron/host/cdp-pipe.js';
import { createChromiumPrinter, startPrinterEarly } from '../../../electron/host/chromium.js';
import { FONT_ORIGIN, FontServer } from '../../../electron/host/served-fonts.js';
import type { PdfPrintOptions } from '../../../electron/export/pdf.js';
import { AppError } from '../../../electron/model/errors.js';
import { fontFaces } from '../../../electron/export/fonts.js';
import { poppler, tempDir } from '../export/helpers.js';

const OPTS: PdfPrintOptions = { pageSize: 'a4', title: 't', lang: 'fr' };
const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'">`;

async function page(text: string): Promise<string> {
  const faces = await fontFaces('inter', text);
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8">${CSP}<title>${text}</title><style>
${faces.css}
body { font-family: 'Inter', serif; }</style></head><body><p>${text}</p><p><strong>${text}</strong> <em>${text}</em></p></body></html>`;
}

/** Chromium processes started with this profile folder still alive. */
function processesOf(profileDir: string): number {
  let n = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profileDir)) n++;
    } catch {
      // Gone meanwhile.
    }
  }
  return n;
}

const profiles = (dir: string) => readdirSync(dir).filter((d) => d.startsWith('mediakit-chromium-'));
const TMPDIR = process.env.TMPDIR;

afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.MEDIAKIT_CHROMIUM;
  if (TMPDIR === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = TMPDIR;
});

describe('fonts served to the print page', () => {
  it('points the style sheet’s fonts at the private origin, one stable URL per font, and leaves user text alone', async () => {
    const fonts = new FontServer();
    const html = await page('Québec');
    const bait = 'url(data:font/woff2;base64,AAAA)';
    const withBait = html.replace('<title>Québec</title>', `<title>${bait}</title>`).replace('</body>', `<p>${bait}</p></body>`);
    const served = fonts.serve(withBait);
    expect(served).not.toContain('url(data:font/woff2;base64,T2'); // no real font left inline
    expect(served).toContain(`font-src data: ${FONT_ORIGIN};`);
    expect(served.split(bait)).toHaveLength(3); // the title and the paragraph keep their text
    const urls = [...served.matchAll(/url\((https:\/\/fonts\.mediakit\.invalid\/\d+\.woff2)\)/g)].map((m) => m[1] ?? '');
    expect(urls.length).toBeGreaterThanOrEqual(4);
    expect(new Set(urls).size).toBe(urls.length);
    expect(served.length).toBeLessThan(withBait.length / 4);
    // The same font gets the same URL at the next print, and the URL serves that font's bytes.
    expect(fonts.serve(withBait)).toBe(served);
    const first = /src:url\(data:font\/woff2;base64,([^)]+)\)/.exec(withBait)?.[1];
    expect(fonts.base64(urls[0] ?? '')).toBe(first);
    expect(fonts.base64(`${FONT_ORIGIN}/999.woff2`)).toBeUndefined();
  });

  it('leaves a page alone when its policy would refuse the served fonts', () => {
    const html = `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'"><style>@font-face{src:url(data:font/woff2;base64,AAAA)}</style></head><body>x</body></html>`;
    expect(new FontServer().serve(html)).toBe(html);
  });
});

describe('the Chromium printer', () => {
  it('prints with the page’s fonts every time, not only the first (fonts are loaded before printing)', async () => {
    const dir = await tempDir('mk-chromium-');
    const printer = createChromiumPrinter();
    try {
      for (const text of ['Première page', 'Deuxième page', 'Troisième page']) {
        const pdf = await printer.print(await page(text), OPTS);
        const fonts = await poppler('pdffonts', pdf, dir);
        expect(fonts).toMatch(/Inter-Regular/);
        expect(fonts).toMatch(/Inter-Bold/);
        expect(fonts).toMatch(/Inter-Italic/);
        expect(fonts).not.toMatch(/Liberation ?Serif|DejaVu/);
        const info = await poppler('pdfinfo', pdf, dir);
        expect(info).toMatch(/Tagged:\s+yes/);
        expect(info).toMatch(new RegExp(`Title:\\s+${text}`));
        expect(await poppler('pdftotext', pdf, dir)).toContain(text);
      }
    } finally {
      await printer.close();
    }
  });

  it('replaces a page that navigated away, and prints the next document', async () => {
    const printer = createChromiumPrinter();
    try {
      const away = '<!doctype html><html><head><meta http-equiv="refresh" content="0;url=https://example.invalid/"></head><body><p>x</p></body></html>';
      await printer.print(away, OPTS).catch((e: unknown) => expect(e).toMatchObject({ code: 'EXPORT_FAILED' }));
      const pdf = await printer.print(await page('Après'), OPTS);
      expect(await poppler('pdftotext', pdf, await tempDir('mk-chromium-'))).toContain('Après');
    } finally {
      await printer.close();
    }
  });

  it('close() ends every Chromium process of the printer and removes its profile folder', async () => {
    // A temporary folder of its own, so that other printers on the machine do not count.
    const tmp = await tempDir('mk-chromium-tmp-');
    process.env.TMPDIR = tmp;
    const printer = createChromiumPrinter();
    await printer.print(await page('Fin'), OPTS);
    const mine = profiles(tmp);
    expect(mine).toHaveLength(1);
    const profile = path.join(tmp, mine[0] ?? '');
    expect(processesOf(profile)).toBeGreaterThan(0);
    const t = performance.now();
    await printer.close();
    // Killed, not shut down gracefully: nothing to wait for.
    expect(performance.now() - t).toBeLessThan(1500);
    expect(existsSync(profile)).toBe(false);
    // Chromium's own temporary files (its singleton socket folder) went with the profile.
    expect(readdirSync(tmp)).toEqual([]);
    await vi.waitFor(() => expect(processesOf(profile)).toBe(0), { timeout: 3000 });
  });
});

describe('a printer whose browser died', () => {
  it('fails the print at once, then starts a new browser for the next one', async () => {
    const tmp = await tempDir('mk-chromium-tmp-');
    process.env.TMPDIR = tmp;
    const printer = createChromiumPrinter();
    try {
      await printer.print(await page('Avant'), OPTS);
      const profile = path.join(tmp, profiles(tmp)[0] ?? '');
      const browserPid = readdirSync('/proc').find((pid) => {
        try {
          const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
          return cmd.includes(`--user-data-dir=${profile}`) && !cmd.includes('--type=');
        } catch {
          return false;
        }
      });
      expect(browserPid).toBeDefined();
      const printing = printer.print(await page('Pendant'), OPTS).catch((e: unknown) => e);
      process.kill(-Number(browserPid), 'SIGKILL');
      const t = performance.now();
      const result = await printing;
      // Either it was done before the kill, or it failed at once (not after the 60 s print timeout).
      if (!(result instanceof Uint8Array)) expect(result).toMatchObject({ code: 'EXPORT_FAILED' });
      expect(performance.now() - t).toBeLessThan(10_000);
      const pdf = await printer.print(await page('Après'), OPTS);
      expect(await poppler('pdftotext', pdf, await tempDir('mk-chromium-'))).toContain('Après');
    } finally {
      await printer.close();
    }
  });
});

describe('startPrinterEarly', () => {
  it('launches once however often it is called, and the next printer prints with that browser', async () => {
    const launch = vi.spyOn(CdpBrowser, 'launch');
    startPrinterEarly();
    startPrinterEarly();
    expect(launch).toHaveBeenCalledTimes(1);
    const printer = createChromiumPrinter();
    try {
      const pdf = await printer.print(await page('Tôt'), OPTS);
      expect(await poppler('pdftotext', pdf, await tempDir('mk-chromium-'))).toContain('Tôt');
      expect(launch).toHaveBeenCalledTimes(1);
    } finally {
      await printer.close();
    }
  });

  it('does nothing when no Chromium can be found: the print reports it', async () => {
    process.env.MEDIAKIT_CHROMIUM = '/nonexistent/chromium';
    const launch = vi.spyOn(CdpBrowser, 'launch');
    expect(() => startPrinterEarly()).not.toThrow();
    expect(launch).not.toHaveBeenCalled();
    const err = await createChromiumPrinter().print('<p>x</p>', OPTS).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('PRINTER_UNAVAILABLE');
  });

  it('leaves no unhandled rejection when the launch fails, and the print tries again', async () => {
    process.env.MEDIAKIT_CHROMIUM = '/bin/false';
    const launch = vi.spyOn(CdpBrowser, 'launch');
    startPrinterEarly();
    await vi.waitFor(() => expect(launch).toHaveBeenCalledTimes(1));
    await launch.mock.results[0]?.value.catch(() => undefined);
    // Vitest fails the run on an unhandled rejection; give one a chance to surface.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const err = await createChromiumPrinter().print('<p>x</p>', OPTS).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'PRINTER_UNAVAILABLE' });
    expect(launch).toHaveBeenCalledTimes(2);
    // Once it failed, a new call starts again.
    startPrinterEarly();
    expect(launch).toHaveBeenCalledTimes(3);
    await launch.mock.results[2]?.value.catch(() => undefined);
  });
});

describe('a process that started the printer early and never printed', () => {
  it('ends on its own, and leaves no Chromium process and no profile folder behind', async () => {
    // The printer's source bundled on its own (as the CLI bundle carries it), run as a plain Node
    // script from inside the project so that it finds the font packages.
    const script = path.resolve(__dirname, '../../../dist/tests/early-start.mjs');
    await build({
      stdin: {
        contents: `import { startPrinterEarly } from ${JSON.stringify(path.resolve(__dirname, '../../../electron/host/chromium.ts'))};
startPrinterEarly();
// The browser is up (or still starting) when this last timer fires; nothing else holds the process.
setTimeout(() => {}, 1500);`,
        resolveDir: __dirname,
        loader: 'ts',
      },
      outfile: script,
      bundle: true,
      format: 'esm',
      platform: 'node',
      logLevel: 'silent',
    });
    const runDir = await tempDir('mk-chromium-tmp-');
    const t = performance.now();
    let seen = false;
    const watch = setInterval(() => (seen ||= profiles(runDir).length > 0), 20);
    const code = await new Promise<number | null>((resolve, reject) => {
      const child = spawn(process.execPath, [script], { stdio: 'inherit', env: { ...process.env, TMPDIR: runDir } });
      child.on('error', reject);
      child.on('exit', (c) => resolve(c));
    });
    clearInterval(watch);
    expect(seen).toBe(true); // Chromium was started
    expect(code).toBe(0);
    expect(performance.now() - t).toBeLessThan(10_000);
    expect(readdirSync(runDir)).toEqual([]);
    await vi.waitFor(() => expect(processesOf(runDir)).toBe(0), { timeout: 3000 });
  });
});
