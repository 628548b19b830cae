import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/library/library.js';
import { LibraryDocument, emptyLibrary } from '../../../electron/model/library-document.js';
import { VALIDATED_FILE, sameJson } from '../../../electron/library/validated-state.js';
import { schemaFingerprint, validationFormat } from '../../../electron/library/validation-format.js';
import { newId } from '../../../electron/model/common.js';
import { AppError } from '../../../electron/model/errors.js';
import { tempDir } from '../../helpers/temp-dir.js';

const now = () => new Date().toISOString();
function org(name: string) {
  const t = now();
  return { id: newId('organization'), createdAt: t, updatedAt: t, deletedAt: null, name, shortName: '', website: '', boilerplates: {} };
}

const sha256 = async (file: string) => createHash('sha256').update(await readFile(file)).digest('hex');
const note = async (dir: string) => JSON.parse(await readFile(path.join(dir, VALIDATED_FILE), 'utf8')) as { sha256: string };

async function openError(dir: string): Promise<AppError> {
  const err = await Library.open(dir).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

describe('skipping validation of a library.json this app wrote', () => {
  it('notes the hash of every save, so that the next open of those bytes is trusted', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'library.json');
    const lib = await Library.open(dir);
    await lib.mutate((d) => void d.organizations.push(org('Grappe Québec Santé')));
    await lib.close();
    expect((await note(dir)).sha256).toBe(await sha256(file));

    const again = await Library.open(dir);
    expect(again.doc.organizations.map((o) => o.name)).toEqual(['Grappe Québec Santé']);
    await again.close();
  });

  it('validates in full a file changed by anyone else, even with a note beside it', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'library.json');
    const lib = await Library.open(dir);
    await lib.mutate((d) => void d.organizations.push(org('Grappe Québec Santé')));
    await lib.close();
    const noted = (await note(dir)).sha256;

    // A hand edit that breaks the shape: refused, although a note names the previous bytes.
    const json = JSON.parse(await readFile(file, 'utf8'));
    json.organizations[0].name = 42;
    await writeFile(file, JSON.stringify(json, null, 1));
    expect((await openError(dir)).code).toBe('LIBRARY_CORRUPT');

    // A hand edit that leaves out a field with a default: validation fills it in.
    delete json.organizations[0].website;
    json.organizations[0].name = 'Grappe';
    await writeFile(file, JSON.stringify(json, null, 1));
    const edited = await Library.open(dir);
    expect(edited.doc.organizations[0]?.website).toBe('');
    await edited.close();
    // What validation had to change is not noted as trusted.
    expect((await note(dir)).sha256).toBe(noted);
  });

  it('trusts a note only under the schema it was written with: the format is the schema’s fingerprint', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'library.json');
    const lib = await Library.open(dir);
    await lib.mutate((d) => void d.organizations.push(org('Grappe Québec Santé')));
    await lib.close();
    expect(validationFormat()).toBe(schemaFingerprint());
    expect(validationFormat()).toMatch(/^[0-9a-f]{16}$/);
    // Bytes that only a skipped validation would let through, with a note vouching for them.
    const json = JSON.parse(await readFile(file, 'utf8'));
    json.organizations[0].name = 42;
    await writeFile(file, JSON.stringify(json, null, 1) + '\n');
    const written = JSON.parse(await readFile(path.join(dir, VALIDATED_FILE), 'utf8'));
    const vouch = async (format: string) => writeFile(path.join(dir, VALIDATED_FILE), JSON.stringify({ ...written, sha256: await sha256(file), format }));
    await vouch('0123456789abcdef');
    expect((await openError(dir)).code).toBe('LIBRARY_CORRUPT');
    await vouch(validationFormat());
    const trusted = await Library.open(dir);
    expect(trusted.doc.organizations[0]?.name).toBe(42);
    await trusted.close();
  });

  it('notes a file it validated and found exactly as validation returns it', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'library.json');
    const lib = await Library.open(dir);
    await lib.mutate((d) => void d.organizations.push(org('Grappe Québec Santé')));
    await lib.close();
    await writeFile(path.join(dir, VALIDATED_FILE), 'not json');
    const reopened = await Library.open(dir);
    expect(reopened.doc.organizations).toHaveLength(1);
    await reopened.close();
    expect((await note(dir)).sha256).toBe(await sha256(file));
  });

  it('copies library.json into backups/ at open when the newest backup no longer holds it, note or not', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'library.json');
    const lib = await Library.open(dir);
    await lib.mutate((d) => void d.organizations.push(org('Grappe Québec Santé')));
    const [newest] = await lib.backups();
    await lib.close();
    expect(await readFile(newest!.path)).toEqual(await readFile(file));

    // Unchanged: the note names the newest backup, nothing is copied again.
    const quiet = await Library.open(dir);
    expect((await quiet.backups()).map((b) => b.name)[0]).toBe(newest!.name);
    await quiet.close();

    // The newest backup rewritten by someone: a new copy of library.json is made.
    await writeFile(newest!.path, '{}');
    const again = await Library.open(dir);
    const [fresh] = await again.backups();
    await again.close();
    expect(fresh!.name).not.toBe(newest!.name);
    expect(await readFile(fresh!.path)).toEqual(await readFile(file));
  });

  it('treats a new library as validated: it is what validation returns', () => {
    expect(sameJson(emptyLibrary(), LibraryDocument.parse(emptyLibrary()))).toBe(true);
  });

  it('compares JSON values whatever the order of their keys', () => {
    expect(sameJson({ a: 1, b: [1, { c: 'x' }] }, { b: [1, { c: 'x' }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: null })).toBe(false);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({}, [])).toBe(false);
  });
});
