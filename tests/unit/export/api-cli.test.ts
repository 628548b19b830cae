import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createContext } from '../../../electron/host/context.js';
import { main } from '../../../electron/host/cli.js';
import { Library } from '../../../electron/library/library.js';
import { AppError } from '../../../electron/model/errors.js';
import { buildFixture, IDS } from '../../fixtures/export/library-fixture.js';
import { call } from '../../helpers/api.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { poppler, unzip } from './helpers.js';

/** A real library folder holding the fixture: logos stored by hash, the document written by the store. */
async function seededLibrary(dir: string): Promise<void> {
  const fx = await buildFixture();
  const lib = await Library.open(dir, { app: 'export test' });
  try {
    for (const b of fx.bytes.values()) await lib.putFile(b);
    await lib.mutate((draft) => {
      Object.assign(draft, structuredClone(fx.doc));
    });
  } finally {
    await lib.close();
  }
}

function capture(): { stream: Writable; text: () => string } {
  let text = '';
  const stream = new Writable({
    write(chunk: Buffer, _enc, cb) {
      text += chunk.toString('utf8');
      cb();
    },
  });
  return { stream, text: () => text };
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = capture();
  const err = capture();
  const { code } = await main(args, out.stream, err.stream);
  return { code, out: out.text(), err: err.text() };
}

describe('export through the API', () => {
  it('writes the files into the library exports folder, records the export in each release, previews HTML', async () => {
    const dir = await tempDir('mediakit-lib-');
    await seededLibrary(dir);
    const lib = await Library.open(dir, { app: 'export test' });
    const ctx = createContext(lib, 'cli');
    try {
      const preview = await call(ctx, 'preview.kit', { id: IDS.kit });
      expect(preview.html).toContain('<html lang="fr-CA">');
      expect(preview.html).toContain('body class="preview letter"');
      const rel = await call(ctx, 'preview.release', { id: IDS.relGb });
      expect(rel.html).toContain('EMBARGOED UNTIL 00:01 GMT, 12 May 2026');

      const result = await call(ctx, 'export.kit', { id: IDS.kit, formats: ['docx', 'pdf', 'zip', 'md'] });
      expect(result.files.map((f) => f.name)).toEqual([
        'bio-2025-boston_fr-CA.docx',
        'bio-2025-boston_fr-CA.pdf',
        'bio-2025-boston_fr-CA.zip',
        'bio-2025-boston_fr-CA.md',
      ]);
      for (const f of result.files) {
        expect(path.dirname(f.path)).toMatch(new RegExp(`${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/exports/\\d{8}-\\d{6}-bio-2025-boston$`));
        expect((await stat(f.path)).size).toBe(f.bytes);
        expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
      }
      const pdf = result.files.find((f) => f.format === 'pdf');
      const text = await poppler('pdftotext', await readFile(pdf?.path ?? ''), dir);
      expect(text).toContain('山田 花子');
      const history = lib.doc.releases.find((r) => r.id === IDS.relFr)?.history ?? [];
      expect(history.at(-1)?.event).toBe('exported');
      expect(history.at(-1)?.detail).toContain('bio-2025-boston_fr-CA.pdf');
      expect(lib.doc.releases.find((r) => r.id === IDS.relGb)?.history ?? []).toHaveLength(0);

      const webCtx = createContext(lib, 'web');
      await expect(call(webCtx, 'export.release', { id: IDS.relEn, formats: ['md'], outDir: dir })).rejects.toMatchObject({
        code: 'INVALID_INPUT',
      });
      await expect(call(ctx, 'export.kit', { id: 'kit_Missing00000', formats: ['md'] })).rejects.toBeInstanceOf(AppError);
      await expect(call(ctx, 'export.kit', { id: 'kit_Missing00000', formats: ['md'] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    } finally {
      await ctx.dispose();
      await lib.close();
    }
  });
});

describe('the mediakit command', () => {
  it('creates a sheet and a kit, then exports the kit and a release into --out', async () => {
    const dir = await tempDir('mediakit-lib-');
    await seededLibrary(dir);
    const out = await tempDir('mediakit-out-');

    const sheet = await cli(['--library', dir, 'sheet', 'create', '--name', 'Presse Osaka', '--contact', IDS.ctcYamada, IDS.ctcOuellet]);
    expect(sheet.code, sheet.err).toBe(0);
    const sheetJson = JSON.parse(sheet.out) as { id: string; contactIds: string[] };
    expect(sheetJson.contactIds).toEqual([IDS.ctcYamada, IDS.ctcOuellet]);

    const kit = await cli([
      '--library', dir, 'kit', 'create', '--name', 'Mission Osaka 2025', '--lang', 'fr-CA', '--event', 'BioJapan 2025',
      '--date', '2025-10-08', '--location', 'Yokohama', '--page', 'a4', '--release', IDS.relFr, IDS.relEn,
      '--logo', IDS.logoPng, IDS.logoSvg, '--sheet', sheetJson.id,
    ]);
    expect(kit.code, kit.err).toBe(0);
    const kitJson = JSON.parse(kit.out) as { id: string; pageSize: string; sections: Array<{ type: string }>; cover: { logoIds: string[] } };
    expect(kitJson.sections.map((s) => s.type)).toEqual(['release', 'release', 'logos', 'contacts']);
    expect(kitJson.cover.logoIds).toEqual([IDS.logoPng, IDS.logoSvg]);
    expect(kitJson.pageSize).toBe('a4');

    const exp = await cli(['--library', dir, 'export', 'kit', kitJson.id, '--format', 'docx,pdf,zip,md', '--out', out]);
    expect(exp.code, exp.err).toBe(0);
    const result = JSON.parse(exp.out) as { files: Array<{ format: string; path: string; bytes: number }>; warnings: string[] };
    expect(result.files.map((f) => path.basename(f.path))).toEqual([
      'mission-osaka-2025_fr-CA.docx',
      'mission-osaka-2025_fr-CA.pdf',
      'mission-osaka-2025_fr-CA.zip',
      'mission-osaka-2025_fr-CA.md',
    ]);
    expect((await readdir(out)).sort()).toEqual(result.files.map((f) => path.basename(f.path)).sort());
    const zip = unzip(await readFile(path.join(out, 'mission-osaka-2025_fr-CA.zip')));
    expect(Object.keys(zip)).toContain('LISEZ-MOI.txt');
    const info = await poppler('pdfinfo', await readFile(path.join(out, 'mission-osaka-2025_fr-CA.pdf')), out);
    expect(info).toMatch(/Title:\s+Mission Osaka 2025/);
    expect(info).toMatch(/\(A4\)/);

    const rel = await cli(['--library', dir, 'export', 'release', IDS.relGb, '--format', 'docx,md', '--out', out]);
    expect(rel.code, rel.err).toBe(0);
    expect((JSON.parse(rel.out) as { files: Array<{ path: string }> }).files.map((f) => path.basename(f.path))).toEqual([
      'bioalliance-laurentides-opens-a-london-desk_en-GB.docx',
      'bioalliance-laurentides-opens-a-london-desk_en-GB.md',
    ]);

    const bad = await cli(['--library', dir, 'export', 'kit', kitJson.id, '--format', 'pdf,rtf']);
    expect(bad.code).toBe(2);
  });

  it('exports several releases, or all of them, in one process', async () => {
    const dir = await tempDir('mediakit-lib-');
    await seededLibrary(dir);
    const names = (out: string) => (JSON.parse(out) as { files: Array<{ path: string }> }).files.map((f) => path.basename(f.path));

    const some = await tempDir('mediakit-out-');
    const two = await cli(['--library', dir, 'export', 'release', IDS.relGb, IDS.relJa, '--format', 'docx', '--out', some]);
    expect(two.code, two.err).toBe(0);
    // A Japanese headline makes no ASCII name: the issuer's name in Latin letters does.
    expect(names(two.out)).toEqual(['bioalliance-laurentides-opens-a-london-desk_en-GB.docx', 'umeda-bio-cluster_ja.docx']);
    expect((await readdir(some)).sort()).toEqual([...names(two.out)].sort());

    const all = await tempDir('mediakit-out-');
    const every = await cli(['--library', dir, 'export', 'release', '--all', '--format', 'docx,md', '--out', all]);
    expect(every.code, every.err).toBe(0);
    const live = (await buildFixture()).doc.releases.filter((r) => !r.deletedAt);
    expect(live.length).toBeGreaterThan(3);
    expect(names(every.out)).toHaveLength(live.length * 2);
    expect((await readdir(all)).length).toBe(live.length * 2);
    for (const f of (await readdir(all)).filter((n) => n.endsWith('.docx'))) {
      expect(unzip(await readFile(path.join(all, f)))['word/document.xml']).toBeDefined();
    }

    // Usage: ids or --all, not both, not neither; an unknown id is named and nothing is written.
    expect((await cli(['--library', dir, 'export', 'release', '--format', 'docx', '--out', all])).code).toBe(2);
    expect((await cli(['--library', dir, 'export', 'release', IDS.relFr, '--all', '--format', 'docx', '--out', all])).code).toBe(2);
    const none = await tempDir('mediakit-out-');
    const unknown = await cli(['--library', dir, 'export', 'release', IDS.relFr, 'rel_Missing00000', IDS.relTrashed, '--format', 'docx', '--out', none]);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('rel_Missing00000');
    expect(unknown.err).toContain(IDS.relTrashed);
    expect(await readdir(none)).toEqual([]);
  });
});
