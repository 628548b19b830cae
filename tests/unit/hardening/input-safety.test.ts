import { execFileSync } from 'node:child_process';
import { open, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mediakit } from '../../helpers/cli.js';
import { tempDir } from '../../helpers/temp-dir.js';

/** What the CLI reads from the files an officer names (#21.5, #17.4, #21.6). */
describe('files named on the command line', () => {
  it('refuse a pipe, a device and a folder at once, naming the file, and leave the library untouched', async () => {
    const dir = await tempDir('mediakit-input-');
    const lib = path.join(dir, 'lib');
    expect((await mediakit(['--library', lib, 'init'])).code).toBe(0);
    const fifo = path.join(dir, 'communique.txt');
    execFileSync('mkfifo', [fifo]);
    const pipe = await mediakit(['--library', lib, 'import', 'release', fifo]);
    expect(pipe.code).toBe(1);
    expect(pipe.stderr).toMatch(/communique\.txt: it is a pipe \(FIFO\), not a regular file/);
    const zero = await mediakit(['--library', lib, 'import', 'contacts', '/dev/zero']);
    expect(zero.code).toBe(1);
    expect(zero.stderr).toMatch(/\/dev\/zero: it is a device, not a regular file/);
    const folder = await mediakit(['--library', lib, 'import', 'logo', dir, '--org', 'Acme']);
    expect(folder.code).toBe(1);
    expect(folder.stderr).toMatch(/folder/);
    // Through a link, the refusal says where it led.
    await symlink('/dev/zero', path.join(dir, 'logo.png'));
    const linked = await mediakit(['--library', lib, 'import', 'logo', path.join(dir, 'logo.png'), '--org', 'Acme']);
    expect(linked.stderr).toMatch(/logo\.png \(→ \/dev\/zero\): it is a device/);
    const list = await mediakit(['--library', lib, 'list', 'releases']);
    expect(list.json()).toEqual([]);
  });

  it('refuse a file over the limit from its size alone: a 200 MB release is not read', async () => {
    const dir = await tempDir('mediakit-input-');
    const big = path.join(dir, 'rapport-complet.txt');
    // Sparse: 200 MB on paper, nothing on disk; reading it whole would take seconds and 200 MB of memory.
    const handle = await open(big, 'w');
    await handle.truncate(200 * 1024 * 1024);
    await handle.close();
    const r = await mediakit(['--library', path.join(dir, 'lib'), 'import', 'release', big]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/rapport-complet\.txt: the file is 200 MB, more than the 20 MB allowed; nothing was read/);
  });

  it('follow a link to a regular file the officer named, and import what it points to', async () => {
    const dir = await tempDir('mediakit-input-');
    const outside = await tempDir('mediakit-elsewhere-');
    await writeFile(path.join(outside, 'vrai.txt'), 'COMMUNIQUÉ DE PRESSE\n\nUn titre suivi\n\nMONTRÉAL, le 3 mars 2026 – Le texte.\n');
    await symlink(path.join(outside, 'vrai.txt'), path.join(dir, 'lien.txt'));
    const r = await mediakit(['--library', path.join(dir, 'lib'), 'import', 'release', path.join(dir, 'lien.txt')]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json<{ headline: string }>().headline).toBe('Un titre suivi');
  });

  it('print control characters of a file name escaped, never raw to the terminal', async () => {
    const dir = await tempDir('mediakit-input-');
    const evil = path.join(dir, 'photo\u001b]0;pwned\u0007\u001b[2J\u009b31m.png');
    await writeFile(evil, 'not an image');
    const r = await mediakit(['--library', path.join(dir, 'lib'), 'import', 'logo', evil, '--org', 'Acme']);
    expect(r.code).toBe(1);
    expect(r.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(r.stderr).toContain('photo\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m.png');
    const unknown = await mediakit(['--library', path.join(dir, 'lib'), 'nonsense\u001b]0;x\u0007']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });
});
