import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../model/errors.js';
import { LibraryDocument, SCHEMA_VERSION, emptyLibrary } from '../model/library-document.js';
import { NewerSchemaError, migrate } from '../model/migrations.js';
import { newestGoodBackup } from './backups.js';
import type { AtomicJsonFile } from './json-file-adapter.js';
import { libraryPaths } from './library-layout.js';
import { readNote, sameJson, sha256Off, type Note } from './validated-state.js';

/**
 * Reading library.json at open: bytes hashed on the thread pool while they are parsed, migrated,
 * then validated in full unless the note says this app wrote or validated these exact bytes. A file
 * that cannot be read this way is reported with the newest backup that opens, and never written to.
 */

export interface LoadedFile {
  doc: LibraryDocument;
  migrated: string[];
  /** No library.json yet: an empty library. */
  fresh: boolean;
  raw: string | null;
  /** SHA-256 of the bytes `doc` was parsed from (null after a migration: `doc` is not those bytes). */
  sha256: string | null;
  /** Validated in full and found unchanged by validation. */
  checked: boolean;
  note: Note | null;
}

export async function loadLibraryFile(
  dir: string,
  adapter: AtomicJsonFile<LibraryDocument>,
): Promise<LoadedFile> {
  let bytes: Buffer;
  const noting = readNote(dir);
  try {
    bytes = await readFile(adapter.file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { doc: emptyLibrary(), migrated: [], fresh: true, raw: null, sha256: null, checked: false, note: null };
    throw err;
  }
  // Hashed on another thread while this one parses.
  const hashing = sha256Off(bytes);
  const raw = bytes.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    const why = (err as Error).message;
    throw await corrupt(dir, { en: `it is not valid JSON (${why})`, fr: `ce n’est pas du JSON valide (${why})` });
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    throw await corrupt(dir, { en: 'it does not hold a library object', fr: 'il ne contient pas de bibliothèque' });
  }
  let migratedDoc: Record<string, unknown>;
  let applied: string[];
  try {
    ({ doc: migratedDoc, applied } = migrate(json as Record<string, unknown>));
  } catch (err) {
    if (err instanceof NewerSchemaError) {
      throw new AppError(
        'LIBRARY_NEWER',
        {
          en: `${libraryPaths(dir).library} was saved by a newer version of Media Kit Manager (schema ${err.found}; this version reads up to ${SCHEMA_VERSION}). It was not changed: update the app to open it.`,
          fr: `${libraryPaths(dir).library} a été enregistré par une version plus récente de Media Kit Manager (schéma ${err.found}; cette version lit jusqu’au schéma ${SCHEMA_VERSION}). Il n’a pas été modifié\u00a0: mettez l’application à jour pour l’ouvrir.`,
        },
        { found: err.found, supported: SCHEMA_VERSION },
      );
    }
    const why = (err as Error).message;
    throw await corrupt(dir, { en: `it could not be migrated (${why})`, fr: `il n’a pas pu être converti au format de cette version (${why})` });
  }
  const sha256 = await hashing;
  const note = await noting;
  if (!applied.length && note?.sha256 === sha256) {
    // These exact bytes were written or validated by this app at this schema version: validating them again finds nothing.
    return { doc: migratedDoc as LibraryDocument, migrated: applied, fresh: false, raw, sha256, checked: false, note };
  }
  const parsed = LibraryDocument.safeParse(migratedDoc);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw await corrupt(dir, {
      en: `it does not have the expected shape (${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'})`,
      fr: `il n’a pas la structure attendue (${first ? `${first.path.join('.')}\u00a0: ${first.message}` : 'invalide'})`,
    });
  }
  if (applied.length) return { doc: parsed.data, migrated: applied, fresh: false, raw, sha256: null, checked: false, note };
  return { doc: parsed.data, migrated: applied, fresh: false, raw, sha256, checked: sameJson(migratedDoc, parsed.data), note };
}

async function corrupt(dir: string, problem: { en: string; fr: string }): Promise<AppError> {
  // Only a backup that opens is offered: a damaged one would just fail again.
  const newest = await newestGoodBackup(libraryPaths(dir).backups).catch(() => null);
  const advice = newest
    ? ` The newest good backup is backups/${newest.name} (saved ${newest.savedAt}); restore it with \`mediakit restore ${newest.name}\` or from the app.`
    : ' There is no backup to restore.';
  const conseil = newest
    ? ` La sauvegarde valide la plus récente est backups/${newest.name} (enregistrée le ${newest.savedAt}); restaurez-la avec \`mediakit restore ${newest.name}\` ou depuis l’application.`
    : ' Il n’y a aucune sauvegarde à restaurer.';
  const file = libraryPaths(dir).library;
  return new AppError(
    'LIBRARY_CORRUPT',
    {
      en: `${file} cannot be opened: ${problem.en}. The file was left untouched.${advice}`,
      fr: `${file} ne peut pas être ouvert\u00a0: ${problem.fr}. Le fichier n’a pas été modifié.${conseil}`,
    },
    { newestBackup: newest?.name ?? null },
  );
}

/** The file as it was before a migration, kept among the backups. */
export async function keepPreMigration(file: string, backupsDir: string, raw: string): Promise<void> {
  await mkdir(backupsDir, { recursive: true });
  const name = `pre-migration-${new Date().toISOString().replace(/[-:.]/g, '')}.json`;
  await copyFile(file, path.join(backupsDir, name)).catch(async () => {
    const { writeFileAtomic } = await import('./atomic-write.js');
    await writeFileAtomic(path.join(backupsDir, name), raw);
  });
}

export async function sameBytes(a: string, b: string): Promise<boolean> {
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    if (sa.ino === sb.ino && sa.dev === sb.dev) return true;
    if (sa.size !== sb.size) return false;
    const [ba, bb] = await Promise.all([readFile(a), readFile(b)]);
    return ba.equals(bb);
  } catch {
    return false;
  }
}
