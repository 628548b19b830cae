import { createHash } from 'node:crypto';
import { strFromU8, unzipSync, type UnzipFileInfo } from 'fflate';
import {
  APP_VERSION,
  fileError,
  MANIFEST_NAME,
  migrate,
  PACKAGE_FILES_DIR,
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
  PackageHeader,
  PackageManifest,
  SCHEMA_VERSION,
  type AppError,
  type Localized,
  type PackageManifest as Manifest,
} from '../model/index.js';
import { readImage } from './image-reader.js';
import { assertNotEmpty, assertSize, MAX_IMAGE_BYTES } from './limits.js';

/**
 * Reads a `.mkit` package as untrusted input, like any file an officer brings in: every check runs
 * before the library is touched, and a refusal names the file and the reason.
 */

/** A kit of a dozen releases and their logos is a few MB; the logos' own cap is 25 MB each. */
export const MAX_PACKAGE_BYTES = 100 * 1024 * 1024;
/** Everything unpacked together. */
export const MAX_PACKAGE_UNPACKED_BYTES = 300 * 1024 * 1024;
export const MAX_PACKAGE_ENTRIES = 2000;
export const MAX_MANIFEST_BYTES = 20 * 1024 * 1024;
/** Deflate does better than 100:1 only on contrived data (the classic zip bomb is 1000:1 and more). */
const MAX_RATIO = 100;

export interface ReadKitPackage {
  manifest: Manifest;
  /** Each file by its hash, the hash checked; logos re-read as an imported logo is (SVG sanitized). */
  files: Map<string, Uint8Array>;
  /** A fresh thumbnail for each logo file, made here rather than trusted from the package. */
  thumbnails: Map<string, Uint8Array>;
}

const refuse = (fileName: string, problem: Localized, code: 'INVALID_FILE' | 'FILE_TOO_LARGE' | 'UNSUPPORTED_FILE' = 'INVALID_FILE'): AppError =>
  fileError(code, fileName, problem);

const FILE_ENTRY = new RegExp(`^${PACKAGE_FILES_DIR}([0-9a-f]{64})$`);

function mb(n: number): string {
  return `${Math.round(n / 1024 / 1024)} MB`;
}

/** Each entry looked at from the archive's directory, before a byte of it is inflated. */
function entryGuard(fileName: string): (info: UnzipFileInfo) => boolean {
  const seen = new Set<string>();
  let unpacked = 0;
  return (info) => {
    const name = info.name;
    if (seen.size >= MAX_PACKAGE_ENTRIES) {
      throw refuse(fileName, { en: `the package holds more than ${MAX_PACKAGE_ENTRIES} entries`, fr: `le paquet contient plus de ${MAX_PACKAGE_ENTRIES} éléments` }, 'FILE_TOO_LARGE');
    }
    if (/(^|[\\/])\.\.([\\/]|$)/.test(name) || /^([\\/]|[A-Za-z]:)/.test(name) || name.includes('\0')) {
      throw refuse(fileName, { en: `the entry “${name}” points outside the package`, fr: `l’élément «\u00a0${name}\u00a0» pointe hors du paquet` });
    }
    if (name !== MANIFEST_NAME && !FILE_ENTRY.test(name)) {
      throw refuse(fileName, { en: `the entry “${name}” is not part of a kit package`, fr: `l’élément «\u00a0${name}\u00a0» ne fait pas partie d’un paquet de trousse` });
    }
    if (seen.has(name)) throw refuse(fileName, { en: `the entry “${name}” appears twice`, fr: `l’élément «\u00a0${name}\u00a0» figure deux fois` });
    seen.add(name);
    if (info.compression !== 0 && info.compression !== 8) {
      throw refuse(fileName, { en: `the entry “${name}” uses an unknown compression`, fr: `l’élément «\u00a0${name}\u00a0» utilise une compression inconnue` });
    }
    const max = name === MANIFEST_NAME ? MAX_MANIFEST_BYTES : MAX_IMAGE_BYTES;
    unpacked += info.originalSize;
    const bomb = info.compression === 8 && info.originalSize > 1024 * 1024 && info.originalSize > info.size * MAX_RATIO;
    if (info.originalSize > max || unpacked > MAX_PACKAGE_UNPACKED_BYTES || bomb) {
      throw refuse(
        fileName,
        {
          en: `the entry “${name}” would unpack to ${mb(info.originalSize)} from ${mb(info.size)} (a zip bomb, or more than a kit package holds)`,
          fr: `l’élément «\u00a0${name}\u00a0» se décompresserait en ${mb(info.originalSize)} à partir de ${mb(info.size)} (une bombe de décompression, ou plus qu’un paquet de trousse n’en contient)`,
        },
        'FILE_TOO_LARGE',
      );
    }
    return true;
  };
}

function unpack(fileName: string, bytes: Uint8Array): Record<string, Uint8Array> {
  const guard = entryGuard(fileName);
  const declared = new Map<string, number>();
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (info) => {
        guard(info);
        declared.set(info.name, info.originalSize);
        return true;
      },
    });
  } catch (err) {
    if (err instanceof Error && err.name === 'AppError') throw err;
    throw refuse(fileName, { en: `the package is damaged (${(err as Error).message})`, fr: `le paquet est endommagé (${(err as Error).message})` });
  }
  // A size that lied in the directory shows here (fflate never writes past the size it was told).
  for (const [name, data] of Object.entries(entries)) {
    if (data.byteLength !== declared.get(name)) {
      throw refuse(fileName, { en: `the entry “${name}” is not the size the archive says`, fr: `l’élément «\u00a0${name}\u00a0» n’a pas la taille annoncée par l’archive` });
    }
  }
  return entries;
}

function issueText(issue: { path: PropertyKey[]; message: string }): string {
  return `${issue.path.map(String).join('.') || '(top)'}: ${issue.message}`;
}

/** The header first: a package from a newer app is refused by its version, not as a broken manifest. */
function readManifest(fileName: string, raw: Uint8Array | undefined): Manifest {
  if (!raw) throw refuse(fileName, { en: 'this is not a kit package (no manifest.json inside)', fr: 'ce n’est pas un paquet de trousse (aucun manifest.json)' });
  let json: unknown;
  try {
    json = JSON.parse(strFromU8(raw));
  } catch {
    throw refuse(fileName, { en: 'manifest.json is not valid JSON', fr: 'manifest.json n’est pas du JSON valide' });
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== PACKAGE_FORMAT) {
    throw refuse(fileName, { en: 'this is not a Media Kit Manager kit package', fr: 'ce n’est pas un paquet de trousse de Media Kit Manager' }, 'UNSUPPORTED_FILE');
  }
  const header = PackageHeader.safeParse(json);
  if (!header.success) {
    throw refuse(fileName, { en: `manifest.json: ${issueText(header.error.issues[0]!)}`, fr: `manifest.json\u00a0: ${issueText(header.error.issues[0]!)}` });
  }
  const h = header.data;
  if (h.packageVersion > PACKAGE_VERSION || h.schemaVersion > SCHEMA_VERSION) {
    const made = `${h.app.name} ${h.app.version}`;
    throw refuse(
      fileName,
      {
        en: `the package was made by ${made}, a newer version than this one (${APP_VERSION}): update Media Kit Manager to open it`,
        fr: `le paquet a été créé par ${made}, une version plus récente que celle-ci (${APP_VERSION})\u00a0: mettez Media Kit Manager à jour pour l’ouvrir`,
      },
      'UNSUPPORTED_FILE',
    );
  }
  // Entities of an older schema are brought up to date by the library's own migrations.
  const body = json as { entities?: Record<string, unknown> };
  let entities: unknown = body.entities;
  if (h.schemaVersion < SCHEMA_VERSION && entities && typeof entities === 'object') {
    const { doc } = migrate({ ...(entities as Record<string, unknown>), schemaVersion: h.schemaVersion });
    const { schemaVersion: _v, settings: _s, ...rest } = doc as Record<string, unknown>;
    entities = rest;
  }
  const parsed = PackageManifest.safeParse({ ...(json as object), entities, schemaVersion: Math.max(h.schemaVersion, SCHEMA_VERSION) });
  if (!parsed.success) {
    const first = issueText(parsed.error.issues[0]!);
    throw refuse(fileName, { en: `manifest.json does not describe a valid kit (${first})`, fr: `manifest.json ne décrit pas une trousse valide (${first})` });
  }
  const manifest = parsed.data;
  if (!manifest.entities.kits.some((k) => k.id === manifest.kitId)) {
    throw refuse(fileName, { en: 'manifest.json names a kit it does not hold', fr: 'manifest.json nomme une trousse qu’il ne contient pas' });
  }
  for (const [collection, list] of Object.entries(manifest.entities)) {
    const ids = new Set<string>();
    for (const e of list as Array<{ id: string }>) {
      if (ids.has(e.id)) throw refuse(fileName, { en: `manifest.json lists ${collection} ${e.id} twice`, fr: `manifest.json contient deux fois ${collection} ${e.id}` });
      ids.add(e.id);
    }
  }
  return manifest;
}

export async function readKitPackage(fileName: string, bytes: Uint8Array): Promise<ReadKitPackage> {
  assertNotEmpty(fileName, bytes);
  assertSize(fileName, bytes, MAX_PACKAGE_BYTES);
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw refuse(fileName, { en: 'this is not a kit package (not a ZIP archive)', fr: 'ce n’est pas un paquet de trousse (pas une archive ZIP)' });
  }
  const entries = unpack(fileName, bytes);
  const manifest = readManifest(fileName, entries[MANIFEST_NAME]);

  const files = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(entries)) {
    const sha = FILE_ENTRY.exec(name)?.[1];
    if (!sha) continue;
    if (createHash('sha256').update(data).digest('hex') !== sha) {
      throw refuse(fileName, { en: `the file ${name} does not match its hash (altered or damaged)`, fr: `le fichier ${name} ne correspond pas à son empreinte (modifié ou endommagé)` });
    }
    files.set(sha, data);
  }
  const named = new Set(manifest.entities.logos.map((l) => l.file.sha256));
  for (const sha of files.keys()) {
    if (!named.has(sha)) throw refuse(fileName, { en: `the file files/${sha} is not a logo of the kit`, fr: `le fichier files/${sha} n’est pas un logo de la trousse` });
  }

  // Each logo is read again exactly as an imported logo is: format from the bytes, size caps, a full
  // decode, SVG sanitized. What the sanitizer would change was not written by this app: refused.
  const thumbnails = new Map<string, Uint8Array>();
  for (const logo of manifest.entities.logos) {
    const sha = logo.file.sha256;
    const data = files.get(sha);
    const label = `${logo.name} (${logo.originalFileName || sha.slice(0, 12)})`;
    if (!data) throw refuse(fileName, { en: `the logo ${label} is missing from the package`, fr: `le logo ${label} manque dans le paquet` });
    if (thumbnails.has(sha)) continue;
    let image;
    try {
      image = await readImage(logo.originalFileName || `${sha}.${logo.file.format}`, data);
    } catch (err) {
      const e = err as AppError;
      throw refuse(fileName, { en: `the logo ${label} is refused: ${e.message}`, fr: `le logo ${label} est refusé\u00a0: ${e.messageIn?.('fr') ?? e.message}` });
    }
    const sanitizedSha = createHash('sha256').update(image.bytes).digest('hex');
    if (image.format !== logo.file.format || sanitizedSha !== sha || image.width !== logo.file.width || image.height !== logo.file.height) {
      throw refuse(fileName, {
        en: `the logo ${label} is not the image the manifest describes (or carries content the app removes from SVG files)`,
        fr: `le logo ${label} n’est pas l’image que décrit le manifeste (ou contient ce que l’application retire des fichiers SVG)`,
      });
    }
    thumbnails.set(sha, image.thumbnailPng);
  }
  return { manifest, files, thumbnails };
}
