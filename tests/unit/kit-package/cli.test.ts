import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mediakit } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';

// Runs the built command (`npm run build` comes first in `npm test`).
describe('mediakit export kit --format mkit, mediakit import kit', () => {
  it('hands a kit from one library to another from the command line', async () => {
    const root = await tempDir('mediakit-mkit-cli-');
    const a = ['--library', path.join(root, 'a')];
    const b = ['--library', path.join(root, 'b')];
    expect((await mediakit([...a, 'api', 'sample.load', '{}'])).code).toBe(0);
    const kits = (await mediakit([...a, 'list', 'kits'])).json<Array<{ id: string }>>();
    const out = path.join(root, 'out');
    const exported = await mediakit([...a, 'export', 'kit', kits[0]!.id, '--format', 'mkit', '--out', out]);
    expect(exported.code, exported.stderr).toBe(0);
    const [file] = await readdir(out);
    expect(file).toBe('trousse-media-mission-kobe-2026_fr-CA.mkit');
    const pkg = path.join(out, file!);

    expect((await mediakit([...b, 'init'])).code).toBe(0);
    const dry = await mediakit([...b, 'import', 'kit', pkg, '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.json<{ counts: { add: number } }>().counts.add).toBe(11);
    expect((await mediakit([...b, 'list', 'kits'])).json()).toEqual([]);

    const done = await mediakit([...b, 'import', 'kit', pkg]);
    expect(done.json<{ counts: unknown }>().counts).toEqual({ add: 11, same: 0, kept: 0 });
    expect((await mediakit([...b, 'list', 'kits'])).json<Array<{ id: string }>>().map((k) => k.id)).toEqual([kits[0]!.id]);
    expect((await mediakit([...b, 'import', 'kit', pkg])).json<{ counts: unknown }>().counts).toEqual({ add: 0, same: 11, kept: 0 });

    const junk = path.join(root, 'courriel.mkit');
    await writeFile(junk, 'Bonjour, voici la trousse.');
    const bad = await mediakit([...b, 'import', 'kit', junk]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toBe('error: courriel.mkit: this is not a kit package (not a ZIP archive)\n');
  });
});
