import { readFile, readdir, writeFile, mkdir, copyFile, stat } from 'node:fs/promises';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/library/library.js';
import { restoreBackup } from '../../../electron/library/backups.js';
import { sha256Hex } from '../../../electron/library/file-store.js';
import { LibraryDocument, SCHEMA_VERSION } from '../../../electron/model/library-document.js';
import { newId } from '../../../electron/model/common.js';
import { AppError } from '../../../electron/model/errors.js';
import { tempDir } from '../../helpers/temp-dir.js';

const now = () => new Date().toISOString();
function org(name: string) {
  const t = now();
  return { id: newId('organization'), createdAt: t, updatedAt: t, deletedAt: null, name, shortName: '', website: '', boilerplates: {} };
}

async function expectCode(p: Promise<unknown>, code: string): Promise<AppError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  return err as AppError;
}

describe('the library store', () => {
  it('creates library.json with the current schema version and keeps what a save wrote', async () => {
    const dir = await tempDir();
    const lib = await Library.open(dir);
    await lib.mutate((d) => void d.organizations.push(org('Grappe Québec Santé')));
    await lib.close();

    const onDisk = JSON.parse(await readFile(path.join(dir, 'library.json'), 'utf8'));
    expect(onDisk.schemaVersion).toBe(SCHEMA_VERSION);
    expect(LibraryDocument.parse(onDisk).organizations.map((o) => o.name)).toEqual(['Grappe Québec Santé']);
    // Atomic writes leave no temp file behind.
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);

    const again = await Library.open(dir);
    expect(again.doc.organizations[0]?.name).toBe('Grappe Québec Santé');
    await again.close();
  });

  it('keeps the newest backup equal to the last successful save', async () => {
    const dir = await tempDir();
    const lib = await Library.open(dir);
    for (const name of ['Un', 'Deux', 'Trois']) await lib.mutate((d) => void d.organizations.push(org(name)));
    const [newest] = await lib.backups();
    expect(await readFile(newest!.path, 'utf8')).toBe(await readFile(lib.file, 'utf8'));
    expect((await lib.backups()).length).toBeGreaterThanOrEqual(3);
    await lib.close();
  });

  it('rejects an invalid change and leaves memory and disk as they were', async () => {
    const dir = await tempDir();
    const lib = await Library.open(dir);
    await lib.mutate((d) => void d.organizations.push(org('Valide')));
    const before = await readFile(lib.file, 'utf8');
    await expectCode(
      lib.mutate((d) => void d.organizations.push({ ...org(''), name: '' })),
      'INVALID_INPUT',
    );
    expect(lib.doc.organizations).toHaveLength(1);
    expect(await readFile(lib.file, 'utf8')).toBe(before);
    await lib.close();
  });

  it('refuses a corrupt library.json, never overwrites it, and names the newest good backup', async () => {
    const dir = await tempDir();
    const lib = await Library.open(dir);
    await lib.mutate((d) => void d.organizations.push(org('Avant la panne')));
    await lib.close();
    const good = await readFile(path.join(dir, 'library.json'));
    const truncated = good.subarray(0, Math.floor(good.length / 2));
    await writeFile(path.join(dir, 'library.json'), truncated);

    const err = await expectCode(Library.open(dir), 'LIBRARY_CORRUPT');
    expect(err.message).toMatch(/not valid JSON/);
    const newest = (err.details as { newestBackup: string }).newestBackup;
    expect(err.message).toContain(newest);
    expect(Buffer.compare(await readFile(path.join(dir, 'library.json')), truncated)).toBe(0);
    // The lock was released: after restoring, the library opens with what was saved.
    const { keptAside } = await restoreBackup(path.join(dir, 'library.json'), path.join(dir, 'backups'), newest);
    expect(keptAside && (await readFile(keptAside)).equals(truncated)).toBe(true);
    const back = await Library.open(dir);
    expect(back.doc.organizations.map((o) => o.name)).toEqual(['Avant la panne']);
    await back.close();
  });

  it('refuses a file of the wrong shape and one from a newer version, untouched', async () => {
    const dir = await tempDir();
    const wrong = JSON.stringify({ schemaVersion: 1, releases: [{ id: 'nope' }] });
    await writeFile(path.join(dir, 'library.json'), wrong);
    const err = await expectCode(Library.open(dir), 'LIBRARY_CORRUPT');
    expect(err.message).toMatch(/releases\.0/);
    expect(await readFile(path.join(dir, 'library.json'), 'utf8')).toBe(wrong);

    const newer = JSON.stringify({ schemaVersion: SCHEMA_VERSION + 1, releases: [] });
    await writeFile(path.join(dir, 'library.json'), newer);
    const e2 = await expectCode(Library.open(dir), 'LIBRARY_NEWER');
    expect(e2.message).toMatch(/newer version/);
    expect(await readFile(path.join(dir, 'library.json'), 'utf8')).toBe(newer);
  });

  it('migrates a version-0 library and keeps the original aside', async () => {
    const dir = await tempDir();
    await copyFile(path.resolve(__dirname, '../../fixtures/library/v0-library.json'), path.join(dir, 'library.json'));
    const lib = await Library.open(dir);
    expect(lib.migrated).toHaveLength(SCHEMA_VERSION);
    expect(lib.doc.schemaVersion).toBe(SCHEMA_VERSION);
    expect(lib.doc.releases[0]?.headline).toMatch(/programme d’accélération/);
    expect(lib.doc.releases[0]?.status).toBe('draft');
    expect(lib.doc.contacts[0]?.emails).toEqual(['me.gagnon@atlas-sante.example']);
    const saved = JSON.parse(await readFile(lib.file, 'utf8'));
    expect(saved.schemaVersion).toBe(SCHEMA_VERSION);
    expect(saved.press).toBeUndefined();
    const aside = (await readdir(lib.backupsDir)).filter((n) => n.startsWith('pre-migration-'));
    expect(aside).toHaveLength(1);
    expect(JSON.parse(await readFile(path.join(lib.backupsDir, aside[0]!), 'utf8')).press).toHaveLength(1);
    await lib.close();
  });

  it('lets one process write: a second open is LIBRARY_LOCKED, and a crashed holder’s lock is taken over', async () => {
    const dir = await tempDir();
    const first = await Library.open(dir, { app: 'test A' });
    const err = await expectCode(Library.open(dir, { app: 'test B' }), 'LIBRARY_LOCKED');
    expect(err.message).toMatch(/already open/);
    // Readers do not need the lock.
    const reader = await Library.open(dir, { readOnly: true });
    expect(reader.readOnly).toBe(true);
    await first.close();

    // A process that died holding the lock: its pid no longer exists.
    const child = spawn(process.execPath, ['-e', '0']);
    const pid = child.pid!;
    await new Promise((r) => child.on('exit', r));
    await writeFile(path.join(dir, '.lock'), JSON.stringify({ pid, host: (await import('node:os')).hostname(), since: now(), app: 'crashed' }));
    const taken = await Library.open(dir);
    expect(JSON.parse(await readFile(path.join(dir, '.lock'), 'utf8')).pid).toBe(process.pid);
    await taken.close();
    await expect(stat(path.join(dir, '.lock'))).rejects.toThrow();
  });

  it('stores binaries once by SHA-256 and reports a file altered on disk', async () => {
    const dir = await tempDir();
    const lib = await Library.open(dir);
    const bytes = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const sha = await lib.putFile(bytes);
    expect(sha).toBe(sha256Hex(bytes));
    expect(await lib.putFile(bytes)).toBe(sha);
    expect(new TextDecoder().decode(await lib.readFile(sha))).toContain('<svg');
    const file = lib.files.pathOf(sha);
    expect(file).toBe(path.join(dir, 'files', sha.slice(0, 2), sha));
    await writeFile(file, 'tampered');
    await expectCode(lib.readFile(sha), 'FILE_MISSING');
    await expectCode(lib.readFile('0'.repeat(64)), 'FILE_MISSING');
    await lib.close();
  });

  it('finds entities by any word, without accents, by prefix, and Japanese names', async () => {
    const dir = await tempDir();
    const lib = await Library.open(dir);
    const t = now();
    await lib.mutate((d) => {
      d.organizations.push(org('Montréal Biotech Alliance'));
      d.contacts.push({
        id: newId('contact'), createdAt: t, updatedAt: t, deletedAt: null, name: '山田 花子', firstName: '', lastName: '', honorific: '', title: '広報部長',
        organization: '大阪バイオ推進機構', organizationId: null, emails: ['hanako.yamada@osaka-bio.example'], phones: [], lang: 'ja', notes: '', tags: [], optedOut: false,
      });
    });
    expect((await lib.search('montreal')).map((h) => h.title)).toEqual(['Montréal Biotech Alliance']);
    expect((await lib.search('biot'))[0]?.title).toBe('Montréal Biotech Alliance');
    expect((await lib.search('山田'))[0]?.title).toBe('山田 花子');
    expect((await lib.search('osaka-bio'))[0]?.collection).toBe('contacts');
    // The index follows changes.
    await lib.mutate((d) => {
      d.organizations[0]!.deletedAt = now();
    });
    expect(await lib.search('montreal')).toEqual([]);
    await lib.close();
  });
});
