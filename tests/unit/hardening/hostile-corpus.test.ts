import { mkdtempSync, readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch.js';
import { createContext } from '../../../electron/host/context.js';
import { Library } from '../../../electron/library/library.js';
import type { PdfPrinter } from '../../../electron/export/pdf.js';
import { mediakit } from '../../helpers/cli.js';
// @ts-expect-error: a plain .mjs script shared with the command line, no type declarations
import { makeCorpus } from '../../fixtures/hostile/make-corpus.mjs';

interface Entry {
  file: string;
  as: 'logo' | 'release' | 'pasted' | 'contacts';
  name?: string;
  nameRepeat?: { text: string; times: number; suffix: string };
  expect: {
    code?: string;
    phrase?: string;
    sanitized?: { absent: string[]; present?: string[] };
    imported?: Record<string, unknown>;
    skippedReason?: string;
  };
}

const HERE = path.dirname(new URL(import.meta.url).pathname);
const MANIFEST = JSON.parse(readFileSync(path.join(HERE, '../../fixtures/hostile/manifest.json'), 'utf8')) as { files: Entry[] };
const root = mkdtempSync(path.join(os.tmpdir(), 'mk-hostile-'));
const corpus = path.join(root, 'corpus');

beforeAll(async () => {
  await makeCorpus(corpus);
}, 120_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

function nameOf(e: Entry): string {
  if (e.nameRepeat) return e.nameRepeat.text.repeat(e.nameRepeat.times) + e.nameRepeat.suffix;
  return e.name ?? e.file;
}

/** Everything under a folder, with sizes: what "nothing changed" means on disk. */
async function tree(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(d: string): Promise<void> {
    for (const entry of await readdir(d, { withFileTypes: true }).catch(() => [])) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) await walk(p);
      else out.push(`${path.relative(dir, p)} ${(await stat(p)).size}`);
    }
  }
  await walk(dir);
  return out.sort();
}

/** A printer that keeps the HTML it is given: what Chromium would turn into the PDF. */
function capturingPrinter(seen: string[]): () => Promise<PdfPrinter> {
  return () =>
    Promise.resolve({
      print: (html: string) => {
        seen.push(html);
        return Promise.resolve(new TextEncoder().encode('%PDF-1.7\n%%EOF\n'));
      },
      close: () => Promise.resolve(),
    });
}

describe('the hostile corpus, through the API', () => {
  it('has at least 40 files, each with an expected outcome', () => {
    expect(MANIFEST.files.length).toBeGreaterThanOrEqual(40);
    for (const e of MANIFEST.files) expect(e.expect.code ?? e.expect.sanitized ?? e.expect.imported, e.file).toBeDefined();
  });

  for (const entry of MANIFEST.files) {
    it(`${entry.file} (${entry.as})`, async () => {
      const fileName = nameOf(entry);
      const bytes = await readFile(path.join(corpus, entry.file));
      const work = await mkdir(path.join(root, `case-${entry.file}`), { recursive: true }).then(() => path.join(root, `case-${entry.file}`));
      const libDir = path.join(work, 'library');
      const lib = await Library.open(libDir);
      const printed: string[] = [];
      const ctx = createContext(lib, 'cli', capturingPrinter(printed));
      try {
        // A release to attach logos to and an organization to name: the library is not empty when the file arrives.
        const before = await readFile(path.join(libDir, 'library.json'));
        const filesBefore = await tree(path.join(libDir, 'files'));
        const reply =
          entry.as === 'pasted'
            ? await dispatch('import.pastedHtml', { html: bytes.toString('utf8') }, ctx)
            : await dispatch(
                `import.${entry.as}`,
                {
                  fileName,
                  contentBase64: bytes.toString('base64'),
                  ...(entry.as === 'logo' ? { organization: 'Institut Boréal' } : {}),
                },
                ctx,
              );

        if (entry.expect.code) {
          expect(reply.ok, `${entry.file} should be refused`).toBe(false);
          if (reply.ok) return;
          expect(reply.error.code).toBe(entry.expect.code);
          // The message names the file first, then the problem.
          expect(reply.error.message.startsWith(`${fileName}: `), reply.error.message).toBe(true);
          expect(reply.error.message).toContain(entry.expect.phrase);
          expect((await readFile(path.join(libDir, 'library.json'))).equals(before), 'library.json changed').toBe(true);
          expect(await tree(path.join(libDir, 'files'))).toEqual(filesBefore);
          return;
        }

        expect(reply.ok, reply.ok ? '' : `${reply.error.code}: ${reply.error.message}`).toBe(true);
        if (!reply.ok) return;
        const result = reply.result as Record<string, unknown>;
        for (const [k, v] of Object.entries(entry.expect.imported ?? {})) expect(result[k], k).toEqual(v);
        if (entry.expect.skippedReason) {
          expect(JSON.stringify(result.skipped)).toContain(entry.expect.skippedReason);
        }

        // Whatever the file name said, nothing was written outside the library folder.
        expect(await readdir(work)).toEqual(['library']);

        const sanitized = entry.expect.sanitized;
        if (!sanitized) return;
        const places: Record<string, string> = {};
        if (entry.as === 'pasted') {
          places['pasted result'] = JSON.stringify(result);
        } else {
          places['library.json'] = await readFile(path.join(libDir, 'library.json'), 'utf8');
        }
        if (entry.as === 'logo') {
          places['stored logo'] = Buffer.from(await lib.readFile(String(result.sha256))).toString('utf8');
        }
        if (entry.as === 'release') {
          const id = String(result.id);
          const preview = await dispatch('preview.release', { id }, ctx);
          expect(preview.ok).toBe(true);
          if (preview.ok) places['preview HTML'] = (preview.result as { html: string }).html;
          const out = path.join(work, 'library', 'exports-test');
          const exported = await dispatch('export.release', { id, formats: ['pdf'], outDir: out }, ctx);
          expect(exported.ok, exported.ok ? '' : exported.error.message).toBe(true);
          expect(printed).toHaveLength(1);
          places['PDF source HTML'] = printed[0] ?? '';
          // The exported file stays in its folder under a safe name, whatever the source file was called.
          const written = await readdir(out);
          expect(written).toHaveLength(1);
          expect(written[0]).toMatch(/^[a-z0-9-]{1,60}_[A-Za-z-]+\.pdf$/);
        }
        for (const [where, text] of Object.entries(places)) {
          for (const bad of sanitized.absent) expect(text.includes(bad), `${bad} found in ${where}`).toBe(false);
        }
        const visible = Object.values(places).join('\n');
        for (const good of sanitized.present ?? []) expect(visible).toContain(good);
      } finally {
        await ctx.dispose();
        await lib.close();
      }
    });
  }
});

describe('the hostile corpus, through the built CLI', () => {
  it('refuses a ZIP-bomb DOCX, a macro document and an XXE SVG with exit 1, the file name and the reason, and changes nothing', async () => {
    const lib = path.join(root, 'cli-library');
    expect((await mediakit(['--library', lib, 'init'])).code).toBe(0);
    const before = await readFile(path.join(lib, 'library.json'));
    for (const [args, file, reason] of [
      [['import', 'release'], 'release-zip-bomb.docx', 'unpacks to more than 100 MB'],
      [['import', 'release'], 'release-macro.docm', 'contains macros'],
      [['import', 'logo', '--org', 'Institut Boréal'], 'svg-xxe.svg', 'DOCTYPE or ENTITY'],
      [['import', 'contacts'], 'contacts-png-named.csv', 'not a vCard'],
    ] as const) {
      const run = await mediakit(['--library', lib, ...args, path.join(corpus, file)]);
      expect(run.code, run.stderr).toBe(1);
      expect(run.stderr).toContain(file);
      expect(run.stderr).toContain(reason);
      expect((await readFile(path.join(lib, 'library.json'))).equals(before)).toBe(true);
    }
  });

  it('imports a scripted SVG sanitized and a scripted Markdown release without its scripts', async () => {
    const lib = path.join(root, 'cli-library-2');
    const logo = await mediakit(['--library', lib, 'import', 'logo', '--org', 'Institut Boréal', path.join(corpus, 'svg-onload.svg')]);
    expect(logo.code, logo.stderr).toBe(0);
    const sha = logo.json<{ sha256: string; format: string }>().sha256;
    const stored = await readFile(path.join(lib, 'files', sha.slice(0, 2), sha), 'utf8');
    expect(stored).toContain('<svg');
    expect(stored).not.toMatch(/onload|onclick|alert\(/);

    const rel = await mediakit(['--library', lib, 'import', 'release', path.join(corpus, 'release-scripts.md')]);
    expect(rel.code, rel.stderr).toBe(0);
    const md = await mediakit(['--library', lib, 'show', 'release', rel.json<{ id: string }>().id, '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('douze chercheurs');
    expect(md.stdout).not.toMatch(/<script|alert\(|javascript:|<iframe/i);
  });
});
