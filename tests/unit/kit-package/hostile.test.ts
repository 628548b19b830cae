import { readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Library } from '../../../electron/library/library.js';
import { AppError } from '../../../electron/model/errors.js';
import { call } from '../../helpers/api.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { exportPackage, openLibrary, sampleLibrary, sha } from './helpers.js';

/*
 * A package is untrusted input. Each hostile one is opened in a real library: it is refused with
 * an error that names the file and the reason, and the library (library.json and files/) is as before.
 */

let good: Uint8Array;
let sender: Library;
beforeAll(async () => {
  const a = await sampleLibrary();
  sender = a.library;
  good = (await exportPackage(a.ctx, a.kitId)).bytes;
});
afterAll(async () => sender.close());

type Manifest = { packageVersion: number; schemaVersion: number; app: { name: string; version: string }; entities: Record<string, Array<Record<string, unknown>>>; files: unknown[] };

function entriesOf(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}
function manifestOf(bytes: Uint8Array): Manifest {
  return JSON.parse(new TextDecoder().decode(entriesOf(bytes)['manifest.json'])) as Manifest;
}
function repack(entries: Record<string, Uint8Array>, manifest?: Manifest, level = 6): Uint8Array {
  const zip: Zippable = {};
  for (const [name, data] of Object.entries(entries)) zip[name] = [name === 'manifest.json' && manifest ? strToU8(JSON.stringify(manifest)) : data, { level: level as 6 }];
  return zipSync(zip);
}

async function filesIn(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const sub of await readdir(path.join(dir, 'files')).catch(() => [])) out.push(...(await readdir(path.join(dir, 'files', sub))).map((f) => `${sub}/${f}`));
  return out.sort();
}

/** Opens `bytes` as `name` in a fresh library (its own contact already there) and returns the refusal. */
async function refused(name: string, bytes: Uint8Array, via: 'path' | 'base64' = 'path'): Promise<AppError> {
  const lib = await openLibrary('hostile');
  try {
    await call(lib.ctx, 'contacts.create', { data: { name: 'Déjà là', emails: ['deja@exemple.example'] } });
    const before = await readFile(path.join(lib.dir, 'library.json'), 'utf8');
    const filesBefore = await filesIn(lib.dir);
    const file = path.join(await tempDir('mediakit-mkit-hostile-'), name);
    await writeFile(file, bytes);
    const input = via === 'path' ? { path: file } : { fileName: name, contentBase64: Buffer.from(bytes).toString('base64') };
    const err = await call(lib.ctx, 'import.kitPackage', input).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err, `${name} was accepted`).toBeInstanceOf(AppError);
    expect((err as AppError).message.startsWith(name), (err as AppError).message).toBe(true);
    expect(await readFile(path.join(lib.dir, 'library.json'), 'utf8')).toBe(before);
    expect(await filesIn(lib.dir)).toEqual(filesBefore);
    return err as AppError;
  } finally {
    await lib.library.close();
  }
}

describe('a hostile .mkit package changes nothing and says why', () => {
  it('is not a ZIP at all', async () => {
    const e = await refused('notes.mkit', strToU8('Trousse média\nCeci est un texte.'));
    expect(e.code).toBe('INVALID_FILE');
    expect(e.message).toMatch(/not a ZIP/);
  });

  it('is an ordinary ZIP (no manifest), or another program’s', async () => {
    expect((await refused('photos.mkit', zipSync({ 'manifest.json': strToU8('{"format":"other"}') }))).message).toMatch(/not a Media Kit Manager kit package/);
    // An empty ZIP has no local header at all; one holding only a read-me has no manifest.
    expect((await refused('vide.mkit', zipSync({}))).message).toMatch(/not a ZIP/);
    expect((await refused('lisezmoi.mkit', zipSync({ 'files/0000000000000000000000000000000000000000000000000000000000000000': strToU8('x') }))).message).toMatch(/no manifest/);
  });

  it('names an entry outside the package (../) or anything a package does not hold', async () => {
    const entries = entriesOf(good);
    expect((await refused('traversal.mkit', repack({ ...entries, '../../.bashrc': strToU8('echo pwned') }))).message).toMatch(/“\.\.\/\.\.\/\.bashrc” points outside the package/);
    expect((await refused('absolute.mkit', repack({ ...entries, '/etc/cron.d/x': strToU8('x') }))).message).toMatch(/points outside/);
    expect((await refused('extra.mkit', repack({ ...entries, 'setup.exe': strToU8('MZ') }))).message).toMatch(/“setup\.exe” is not part of a kit package/);
  });

  it('is a zip bomb, or holds too many entries', async () => {
    const zeros = new Uint8Array(24 * 1024 * 1024);
    const bomb = repack({ ...entriesOf(good), [`files/${sha(zeros)}`]: zeros }, undefined, 9);
    expect(bomb.byteLength).toBeLessThan(200_000);
    const e = await refused('bombe.mkit', bomb);
    expect(e.code).toBe('FILE_TOO_LARGE');
    expect(e.message).toMatch(/zip bomb/);
    const many: Record<string, Uint8Array> = { ...entriesOf(good) };
    for (let i = 0; i < 2100; i++) many[`files/${sha(strToU8(String(i)))}`] = strToU8(String(i));
    expect((await refused('nombreux.mkit', repack(many))).message).toMatch(/more than 2000 entries/);
  });

  it('lies about an entry’s size in the archive’s directory (a bomb that says it is small)', async () => {
    const zeros = new Uint8Array(24 * 1024 * 1024);
    const entries = entriesOf(good);
    const [logoEntry] = Object.keys(entries).filter((n) => n.startsWith('files/'));
    // The logo's entry holds 24 MB of zeros compressed, and the directory claims its true logo's size.
    const zip = Buffer.from(repack({ ...entries, [logoEntry!]: zeros }, undefined, 9));
    let at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    while (at >= 0) {
      const nameLength = zip.readUInt16LE(at + 28);
      if (zip.toString('latin1', at + 46, at + 46 + nameLength) === logoEntry) zip.writeUInt32LE(entries[logoEntry!]!.byteLength, at + 24);
      at = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]), at + 4);
    }
    // Inflating stops at the size announced: what comes out is not the file its name promises.
    expect((await refused('menteur.mkit', new Uint8Array(zip))).message).toMatch(/does not match its hash/);
  });

  it('is larger than a package may be (refused before it is read)', async () => {
    const dir = await tempDir('mediakit-mkit-big-');
    const file = path.join(dir, 'enorme.mkit');
    await writeFile(file, good);
    await truncate(file, 101 * 1024 * 1024);
    const lib = await openLibrary('big');
    try {
      await expect(call(lib.ctx, 'import.previewKitPackage', { path: file })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE', message: expect.stringMatching(/^enorme\.mkit: /) });
    } finally {
      await lib.library.close();
    }
  });

  it('has a manifest that the model’s schemas refuse', async () => {
    const m = manifestOf(good);
    m.entities.releases![0]!.headline = 42;
    expect((await refused('schema.mkit', repack(entriesOf(good), m))).message).toMatch(/manifest\.json does not describe a valid kit \(entities\.releases\.0\.headline/);
    const m2 = manifestOf(good);
    m2.entities.contacts![0]!.id = '../../etc/passwd';
    expect((await refused('id.mkit', repack(entriesOf(good), m2))).message).toMatch(/entities\.contacts\.0\.id: not a valid id/);
    expect((await refused('json.mkit', repack({ ...entriesOf(good), 'manifest.json': strToU8('{"format": "media-kit-manager/kit", ') }))).message).toMatch(/not valid JSON/);
  });

  it('comes from a newer version of the app', async () => {
    const m = manifestOf(good);
    m.packageVersion = 2;
    m.schemaVersion = 9;
    m.app.version = '3.2.0';
    m.entities.releases![0]!.somethingNew = { v: 1 };
    const e = await refused('futur.mkit', repack(entriesOf(good), m));
    expect(e.code).toBe('UNSUPPORTED_FILE');
    expect(e.message).toBe('futur.mkit: the package was made by Media Kit Manager 3.2.0, a newer version than this one (0.1.0): update Media Kit Manager to open it');
    const lib = await openLibrary('fr');
    try {
      const file = path.join(await tempDir('mediakit-mkit-fr-'), 'futur.mkit');
      await writeFile(file, repack(entriesOf(good), m));
      await expect(call({ ...lib.ctx, uiLang: 'fr' }, 'import.previewKitPackage', { path: file })).rejects.toMatchObject({
        message: 'futur.mkit\u00a0: le paquet a été créé par Media Kit Manager 3.2.0, une version plus récente que celle-ci (0.1.0)\u00a0: mettez Media Kit Manager à jour pour l’ouvrir',
      });
    } finally {
      await lib.library.close();
    }
  });

  it('carries a logo that is altered, missing, scripted or not an image', async () => {
    const entries = entriesOf(good);
    const [logoEntry] = Object.keys(entries).filter((n) => n.startsWith('files/'));
    const altered = { ...entries, [logoEntry!]: strToU8(new TextDecoder().decode(entries[logoEntry!]).replace('</svg>', '<!-- x --></svg>')) };
    expect((await refused('altere.mkit', repack(altered))).message).toMatch(/does not match its hash/);
    const { [logoEntry!]: _gone, ...missing } = entries;
    expect((await refused('manquant.mkit', repack(missing))).message).toMatch(/is missing from the package/);

    // A script in an SVG, listed under its own true hash: the import's sanitizer would change it, so it is refused.
    const m = manifestOf(good);
    const evil = strToU8('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" onload="alert(1)"><script>fetch("https://evil.example")</script><rect width="100" height="50"/></svg>');
    const logo = m.entities.logos![0]! as { file: { sha256: string; bytes: number; width: number; height: number } };
    const { [`files/${logo.file.sha256}`]: _old, ...rest } = entries;
    logo.file = { ...logo.file, sha256: sha(evil), bytes: evil.byteLength, width: 100, height: 50 };
    const others = m.entities.logos!.slice(1).map((l) => (l as typeof logo).file.sha256);
    const keep = Object.fromEntries(Object.entries(rest).filter(([n]) => n === 'manifest.json' || others.some((s) => n.endsWith(s))));
    const e = await refused('script.mkit', repack({ ...keep, [`files/${sha(evil)}`]: evil }, m));
    expect(e.message).toMatch(/carries content the app removes/);

    // A PNG that claims 60 000 × 60 000 pixels: refused as an imported logo would be.
    const m3 = manifestOf(good);
    const huge = await sharp({ create: { width: 1, height: 1, channels: 3, background: '#fff' } }).png().toBuffer();
    huge.writeUInt32BE(60000, 16);
    huge.writeUInt32BE(60000, 20);
    huge.writeUInt32BE(crc32(huge.subarray(12, 29)), 29); // the IHDR chunk's CRC, so only the size lies
    const l3 = m3.entities.logos![0]! as typeof logo & { file: { format: string } };
    l3.file = { ...l3.file, sha256: sha(huge), bytes: huge.byteLength, width: 60000, height: 60000, format: 'png' } as typeof l3.file;
    const keep3 = Object.fromEntries(Object.entries(rest).filter(([n]) => n === 'manifest.json' || others.some((s) => n.endsWith(s))));
    const e3 = await refused('pixels.mkit', repack({ ...keep3, [`files/${sha(huge)}`]: new Uint8Array(huge) }, m3));
    expect(e3.message).toMatch(/megapixels/);
  });

  it('refuses a path from the browser, and a path to anything but a .mkit file', async () => {
    const lib = await openLibrary('web');
    try {
      await expect(call({ ...lib.ctx, transport: 'web' }, 'import.previewKitPackage', { path: '/etc/passwd.mkit' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      await expect(call(lib.ctx, 'import.previewKitPackage', { path: '/etc/passwd' })).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE', message: expect.stringMatching(/^passwd: only \.mkit/) });
    } finally {
      await lib.library.close();
    }
  });
});
