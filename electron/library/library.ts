import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { enableMapSet, produce, type Draft } from 'immer';
import type { z } from 'zod';
import { AppError } from '../model/errors.js';
import {
  COLLECTIONS,
  ENTITY_SCHEMAS,
  LibraryDocument,
  SCHEMA_VERSION,
  emptyLibrary,
  type CollectionName,
} from '../model/library-document.js';
import { NewerSchemaError, migrate } from '../model/migrations.js';
import { ENTITY_KINDS } from '../model/constants.js';
import { Settings } from '../model/entities.js';
import { AtomicJsonFile } from './json-file-adapter.js';
import { LibraryLock } from './lock.js';
import { FileStore } from './file-store.js';
import { checkedBackups, listBackups, newestGoodBackup, readGoodBackup, setAside, snapshot, type CheckedBackup } from './backups.js';
import { SearchIndex } from './search-index.js';
import { readPartialDocument } from './partial-read.js';
import { appendHistory, applyHistory, foldHistory, pendingHistory, type JournalLine } from './history-journal.js';
import { SEARCH_INDEX_FILE, decodeSearchIndex, prefetchSearchIndex, readSearchIndex, writeSearchIndex } from './search-index-file.js';
import { readNote, sameJson, sameStamp, sha256Off, sha256Parts, stampOf, writeNote, type BackupStamp, type Note } from './validated-state.js';

enableMapSet();

export interface OpenOptions {
  /** Readers (a CLI `list`) do not take the lock and can never write. */
  readOnly?: boolean;
  /** Who holds the lock, shown to a second process that is refused. */
  app?: string;
  /**
   * Build the search index after open, in short slices between other work, so that open returns
   * as soon as the library is read and the first search finds the index ready. For long-lived
   * hosts (window, web host); a CLI command would only be slowed by it.
   */
  indexInBackground?: boolean;
  /**
   * With `readOnly`: read only these entities and what they reference (an export), when the file
   * has this app's layout; otherwise the whole library is read as usual. See partial-read.ts.
   */
  only?: readonly string[];
}

export interface LibraryInfo {
  path: string;
  schemaVersion: number;
  readOnly: boolean;
  counts: Record<CollectionName, number>;
  trash: number;
  backups: number;
  migrated: string[];
}

export class Library {
  readonly file: string;
  readonly backupsDir: string;
  readonly files: FileStore;
  private queue: Promise<unknown> = Promise.resolve();
  private pendingBackup: Promise<unknown> = Promise.resolve();
  private index: SearchIndex | null = null;
  private indexedDoc: LibraryDocument | null = null;
  private indexing: NodeJS.Immediate | null = null;
  private closed = false;
  /** Opened with `only`: the document holds just what those entities need. */
  partial = false;
  /** The document and the SHA-256 of library.json as last read or written (keys the side files). */
  private onDisk: { doc: LibraryDocument; sha256: string } | null = null;
  /** What was read at open, until the search index is made: a saved index is checked against it. */
  private opened: { doc: LibraryDocument; sha256: string } | null = null;
  /** The saved index file, read during open by hosts that will search. */
  private indexBytes: Buffer | null = null;
  /** Whether the document is exactly what validation returns (no entity saved with defaults missing). */
  private canonical = true;
  /** The library.json hash the search index file on disk was built from. */
  private savedIndexKey: string | null = null;
  /** Told after each save (a team library's sync pushes what changed). */
  private readonly changeListeners = new Set<() => void>();

  private constructor(
    readonly dir: string,
    private readonly db: Low<LibraryDocument>,
    private readonly lock: LibraryLock | null,
    readonly migrated: string[],
  ) {
    this.file = path.join(dir, 'library.json');
    this.backupsDir = path.join(dir, 'backups');
    this.files = new FileStore(path.join(dir, 'files'));
  }

  /**
   * Opens (and creates, if empty) the library in `dir`. A file that cannot be read, parsed,
   * validated or migrated is never written to: the error names the newest good backup.
   */
  static async open(dir: string, options: OpenOptions = {}): Promise<Library> {
    try {
      return await Library.openUnchecked(dir, options);
    } catch (err) {
      // A full disk, a read-only folder: said in words, naming the folder (the lock is already released).
      if (!(err instanceof AppError) && FS_WRITE_CODES.has((err as NodeJS.ErrnoException).code ?? '')) throw openFailed(path.resolve(dir), err);
      throw err;
    }
  }

  private static async openUnchecked(dir: string, options: OpenOptions): Promise<Library> {
    const root = path.resolve(dir);
    const readOnly = options.readOnly ?? false;
    if (!readOnly) await mkdir(root, { recursive: true });
    const adapter = new AtomicJsonFile<LibraryDocument>(path.join(root, 'library.json'));
    if (readOnly && options.only) {
      const doc = await readPartialDocument(adapter.file, options.only);
      if (doc) {
        // Freshly parsed for this reader alone: the journal's lines can go straight in.
        applyHistory(doc.releases, await pendingHistory(root));
        const library = new Library(root, new Low<LibraryDocument>(adapter, doc), null, []);
        library.partial = true;
        return library;
      }
    }
    const lock = readOnly ? null : await LibraryLock.acquire(root, options.app ?? 'Media Kit Manager');
    try {
      const indexBytes = options.indexInBackground ? prefetchSearchIndex(path.join(root, SEARCH_INDEX_FILE)) : null;
      const { doc, migrated, fresh, raw, sha256, checked, note } = await load(root, adapter);
      // A reader shows exports noted in the history journal as if folded (new objects: `doc` stays as parsed).
      const db = new Low<LibraryDocument>(adapter, readOnly ? withPendingHistory(doc, await pendingHistory(root)) : doc);
      const library = new Library(root, db, lock, migrated);
      // `doc` as parsed from the bytes hashed `sha256`: a saved index is matched against it, and anything folded
      // into the library after this point must arrive as new objects (mutate), which the index then re-indexes.
      if (sha256) library.onDisk = library.opened = { doc, sha256 };
      if (!readOnly) {
        if (migrated.length && raw) await keepPreMigration(library, raw);
        if (fresh || migrated.length) {
          await db.write();
          library.onDisk = { doc, sha256: await sha256Parts(adapter.lastWritten) };
        }
        const onDisk = library.onDisk;
        const newest = (await listBackups(library.backupsDir))[0];
        // The note says which backup held these bytes when it was written: no need to read and compare it again.
        let backup: BackupStamp | null = onDisk && note?.sha256 === onDisk.sha256 && sameStamp(note.backup, newest) ? note.backup : null;
        if (!backup) {
          const name = newest && (await sameBytes(newest.path, library.file)) ? newest.name : await snapshot(library.file, library.backupsDir);
          backup = await stampOf(library.backupsDir, name).catch(() => null);
        }
        // Written or validated in full and unchanged by it (validation's output is its own fixed point): the next
        // open of these bytes can skip validation. Off open's path, behind it in the queue.
        const trusted = !!onDisk && note?.sha256 === onDisk.sha256;
        if (onDisk && (fresh || migrated.length || checked || (trusted && !sameStamp(note?.backup, backup)))) {
          library.queue = writeNote(root, onDisk.sha256, backup).catch(() => undefined);
        }
        // A fold that cannot be saved (disk full) stays in its file for the next open.
        await foldHistory(root, (lines) => library.mutate((draft) => applyHistory(draft.releases, lines))).catch(() => undefined);
      }
      // Started once open is done, so its slices do not delay open itself.
      if (options.indexInBackground) {
        // Long done by now (4.6 MB at target, read and checked while library.json was parsed).
        library.indexBytes = await indexBytes;
        library.indexInBackground();
      }
      return library;
    } catch (err) {
      await lock?.release();
      throw err;
    }
  }

  get readOnly(): boolean {
    return this.lock === null;
  }

  /** The current state. Frozen: change it only through `mutate`. */
  get doc(): LibraryDocument {
    return this.db.data;
  }

  /**
   * The one way to change the library: `fn` edits a draft; changed entities are validated,
   * then the whole document is written once, atomically. If validation or the write fails,
   * nothing changes in memory either, and the caller gets the error. Calls are serialized.
   */
  mutate<T>(fn: (draft: Draft<LibraryDocument>) => T): Promise<T> {
    return this.inQueue(async () => {
      this.assertWritable();
      const before = this.db.data;
      let result!: T;
      const after = produce(before, (draft) => {
        result = fn(draft);
      });
      if (after === before) return result;
      const canonical = validateChanges(before, after);
      await this.replaceDocument(after);
      this.canonical &&= canonical;
      return result;
    });
  }

  /** Runs a write after every earlier one, and keeps the queue going whatever it throws. */
  private inQueue<T>(run: () => Promise<T>): Promise<T> {
    const next = this.queue.then(run, run);
    this.queue = next.catch(() => undefined).then(() => this.pendingBackup);
    return next;
  }

  private assertWritable(): void {
    if (this.readOnly) throw new AppError('INVALID_INPUT', { en: 'This library was opened read-only.', fr: 'Cette bibliothèque a été ouverte en lecture seule.' });
  }

  /** Writes `doc` as library.json and makes it the state; on a failed write, memory is left as it was. */
  private async replaceDocument(doc: LibraryDocument): Promise<void> {
    const before = this.db.data;
    this.db.data = doc;
    try {
      await this.db.write();
    } catch (err) {
      this.db.data = before;
      throw writeError(this.file, err);
    }
    this.onDisk = null;
    for (const listener of this.changeListeners) listener();
    // The backup copy (a second pass over the whole file) and the hash of what was written run after the
    // caller has its answer; the next mutate, backups() and close() wait for them, so the newest backup is
    // still the last save and the side files never name bytes that are not on disk.
    this.pendingBackup = this.afterSave(doc, (this.db.adapter as AtomicJsonFile<LibraryDocument>).lastWritten);
  }

  /** Calls `listener` after every save; returns the function that stops it. */
  onChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /**
   * Adds entries to releases' history. A reader (no lock) cannot rewrite library.json: it appends
   * them to the history journal, which the next writer folds in (history-journal.ts).
   */
  async recordHistory(lines: readonly JournalLine[]): Promise<void> {
    if (!lines.length) return;
    if (!this.readOnly) {
      await this.mutate((draft) => applyHistory(draft.releases, lines));
      return;
    }
    try {
      await appendHistory(this.dir, lines);
    } catch {
      // A library on a read-only share can still be exported from; its history just cannot grow.
      return;
    }
    if (this.partial) applyHistory(this.db.data.releases, lines);
    else this.db.data = withPendingHistory(this.db.data, lines);
  }

  putFile(bytes: Uint8Array): Promise<string> {
    return this.files.put(bytes).catch((err: unknown) => {
      throw err instanceof AppError ? err : writeError(this.files.root, err);
    });
  }

  readFile(sha256: string): Promise<Uint8Array> {
    return this.files.read(sha256);
  }

  /**
   * The backup copy of a save, and the hash of the bytes written; then, if the document is canonical, the note
   * that those bytes need no validation and that this backup holds them. Failures here lose no data: a failed
   * copy is retried at the next open, a missing note only costs the next open a validation.
   */
  private async afterSave(doc: LibraryDocument, parts: readonly Buffer[]): Promise<void> {
    // Hashing 14 MB is ~10 ms of this thread: not before the caller has its answer.
    await new Promise((resolve) => setImmediate(resolve));
    const [name, sha256] = await Promise.all([
      snapshot(this.file, this.backupsDir).catch(() => null),
      sha256Parts(parts).catch(() => null),
    ]);
    if (!sha256 || this.db.data !== doc) return;
    this.onDisk = { doc, sha256 };
    if (!this.canonical) return;
    const backup = name ? await stampOf(this.backupsDir, name).catch(() => null) : null;
    await writeNote(this.dir, sha256, backup).catch(() => undefined);
  }

  /** The index saved beside library.json when it was built from the bytes read at open; otherwise a new one. */
  private makeIndex(): SearchIndex {
    const opened = this.opened;
    const prefetched = this.indexBytes;
    this.opened = this.indexBytes = null;
    const file = path.join(this.dir, SEARCH_INDEX_FILE);
    const doc = opened?.doc ?? this.db.data;
    const saved = prefetched ? decodeSearchIndex(prefetched, opened?.sha256 ?? null, doc) : readSearchIndex(file, opened?.sha256 ?? null, doc);
    if (saved?.exact) {
      this.savedIndexKey = opened!.sha256;
      this.indexedDoc = doc;
    }
    return saved ?? new SearchIndex();
  }

  /**
   * Saves the search index beside library.json, keyed by the hash of the file it matches, when both are in
   * step with the document and the saved one is not already that: at close, off every save's path.
   */
  private async saveIndex(): Promise<void> {
    const onDisk = this.onDisk;
    if (this.readOnly || !this.index || !onDisk || this.indexedDoc !== this.db.data || onDisk.doc !== this.db.data) return;
    if (this.savedIndexKey === onDisk.sha256) return;
    try {
      await writeSearchIndex(path.join(this.dir, SEARCH_INDEX_FILE), this.index, onDisk.sha256);
      this.savedIndexKey = onDisk.sha256;
    } catch {
      // A full disk or a read-only folder: the next open builds the index again.
    }
  }

  private indexInBackground(): void {
    const step = () => {
      this.indexing = null;
      if (this.closed) return;
      this.index ??= this.makeIndex();
      const doc = this.db.data;
      // ~15 ms slices keep the host answering requests while the index is built.
      if (this.index.sync(doc, performance.now() + 15)) {
        this.indexedDoc = doc;
        // Saved at once (behind any save), so that even a host that is killed rather than closed opens fast next time.
        this.queue = this.queue.then(() => this.saveIndex());
      } else this.indexing = setImmediate(step);
    };
    this.indexing = setImmediate(step);
  }

  search(query: string, limit?: number, collections?: readonly CollectionName[]) {
    this.index ??= this.makeIndex();
    if (this.indexedDoc !== this.db.data) {
      this.index.sync(this.db.data);
      this.indexedDoc = this.db.data;
    }
    return this.index.search(query, limit, collections);
  }

  /** Every backup, newest first, each checked: good ones can be restored, damaged ones say why. */
  async backups(): Promise<CheckedBackup[]> {
    await this.pendingBackup;
    return checkedBackups(this.backupsDir);
  }

  /**
   * Puts a backup back while this library is open (the app's "Restore this backup"): checked in
   * full first, the current library.json kept aside, and what this process holds in memory replaced
   * in the same step, in the save queue, so no later save writes the old state back.
   */
  restoreBackup(name: string): Promise<{ restored: string; keptAside: string | null }> {
    return this.inQueue(async () => {
      this.assertWritable();
      const { doc } = await readGoodBackup(this.backupsDir, name);
      const keptAside = await setAside(this.file);
      // What was prepared at open (the saved search index) describes the old file: let it go.
      this.opened = null;
      this.indexBytes = null;
      await this.replaceDocument(doc);
      return { restored: name, keptAside };
    });
  }

  async info(): Promise<LibraryInfo> {
    const counts = {} as Record<CollectionName, number>;
    let trash = 0;
    for (const c of COLLECTIONS) {
      const all = this.doc[c] as readonly { deletedAt: string | null }[];
      counts[c] = all.filter((e) => !e.deletedAt).length;
      trash += all.length - counts[c];
    }
    return {
      path: this.dir,
      schemaVersion: this.doc.schemaVersion,
      readOnly: this.readOnly,
      counts,
      trash,
      backups: (await this.backups()).length,
      migrated: this.migrated,
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.indexing) clearImmediate(this.indexing);
    this.indexing = null;
    await this.queue;
    await this.saveIndex();
    await this.lock?.release();
  }
}

function withPendingHistory(doc: LibraryDocument, lines: readonly JournalLine[]): LibraryDocument {
  return lines.length ? produce(doc, (draft) => applyHistory(draft.releases, lines)) : doc;
}

async function load(
  dir: string,
  adapter: AtomicJsonFile<LibraryDocument>,
): Promise<{ doc: LibraryDocument; migrated: string[]; fresh: boolean; raw: string | null; sha256: string | null; checked: boolean; note: Note | null }> {
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
          en: `${path.join(dir, 'library.json')} was saved by a newer version of Media Kit Manager (schema ${err.found}; this version reads up to ${SCHEMA_VERSION}). It was not changed: update the app to open it.`,
          fr: `${path.join(dir, 'library.json')} a été enregistré par une version plus récente de Media Kit Manager (schéma ${err.found}; cette version lit jusqu’au schéma ${SCHEMA_VERSION}). Il n’a pas été modifié\u00a0: mettez l’application à jour pour l’ouvrir.`,
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
  const newest = await newestGoodBackup(path.join(dir, 'backups')).catch(() => null);
  const advice = newest
    ? ` The newest good backup is backups/${newest.name} (saved ${newest.savedAt}); restore it with \`mediakit restore ${newest.name}\` or from the app.`
    : ' There is no backup to restore.';
  const conseil = newest
    ? ` La sauvegarde valide la plus récente est backups/${newest.name} (enregistrée le ${newest.savedAt}); restaurez-la avec \`mediakit restore ${newest.name}\` ou depuis l’application.`
    : ' Il n’y a aucune sauvegarde à restaurer.';
  const file = path.join(dir, 'library.json');
  return new AppError(
    'LIBRARY_CORRUPT',
    {
      en: `${file} cannot be opened: ${problem.en}. The file was left untouched.${advice}`,
      fr: `${file} ne peut pas être ouvert\u00a0: ${problem.fr}. Le fichier n’a pas été modifié.${conseil}`,
    },
    { newestBackup: newest?.name ?? null },
  );
}

async function keepPreMigration(library: Library, raw: string): Promise<void> {
  await mkdir(library.backupsDir, { recursive: true });
  const name = `pre-migration-${new Date().toISOString().replace(/[-:.]/g, '')}.json`;
  await copyFile(library.file, path.join(library.backupsDir, name)).catch(async () => {
    const { writeFileAtomic } = await import('./atomic-write.js');
    await writeFileAtomic(path.join(library.backupsDir, name), raw);
  });
}

async function sameBytes(a: string, b: string): Promise<boolean> {
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


/** Only what changed is validated (immer keeps unchanged entities by reference), so a save stays cheap at scale. */
function validateChanges(before: LibraryDocument, after: LibraryDocument): boolean {
  let canonical = true;
  for (const c of COLLECTIONS) {
    const prev = before[c] as readonly object[];
    const next = after[c] as readonly { id: string }[];
    if (prev === next) continue;
    const old = new Set<object>(prev);
    const ids = new Set<string>();
    const schema: z.ZodType = ENTITY_SCHEMAS[c];
    for (const entity of next) {
      if (ids.has(entity.id)) {
        throw new AppError('INVALID_INPUT', { en: `Two ${c} share the id ${entity.id}.`, fr: `Deux ${ENTITY_KINDS[c].nouns.frMany} ont le même identifiant ${entity.id}.` });
      }
      ids.add(entity.id);
      if (old.has(entity)) continue;
      const result = schema.safeParse(entity);
      if (!result.success) {
        const first = result.error.issues[0];
        throw new AppError(
          'INVALID_INPUT',
          {
            en: `Invalid ${c.replace(/s$/, '')} ${entity.id}: ${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'}`,
            fr: `Données invalides (${ENTITY_KINDS[c].nouns.fr} ${entity.id})\u00a0: ${first ? `${first.path.join('.')}\u00a0: ${first.message}` : 'invalide'}`,
          },
          { issues: result.error.issues },
        );
      }
      canonical &&= sameJson(entity, result.data);
    }
  }
  if (before.settings !== after.settings) {
    const result = Settings.safeParse(after.settings);
    if (!result.success) {
      const why = result.error.issues[0]?.message ?? '';
      throw new AppError('INVALID_INPUT', { en: `Invalid settings: ${why}`, fr: `Réglages invalides\u00a0: ${why}` });
    }
    canonical &&= sameJson(after.settings, result.data);
  }
  return canonical;
}

const FS_WRITE_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EACCES', 'EPERM']);

function openFailed(dir: string, err: unknown): AppError {
  const { why, pourquoi } = reasonOf(err);
  return new AppError(
    'WRITE_FAILED',
    {
      en: `Could not open the library ${dir}: ${why}. Nothing you saved was changed; fix this and open it again.`,
      fr: `Impossible d’ouvrir la bibliothèque ${dir} : ${pourquoi}. Rien de ce que vous avez enregistré n’a été modifié; réglez le problème et ouvrez-la de nouveau.`,
    },
    { errno: (err as NodeJS.ErrnoException).code ?? '' },
  );
}

function reasonOf(err: unknown): { why: string; pourquoi: string } {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const why =
    code === 'ENOSPC' || code === 'EDQUOT' ? 'the disk is full'
    : code === 'EROFS' ? 'the folder is read-only'
    : code === 'EACCES' || code === 'EPERM' ? 'permission was denied'
    : (err as Error).message;
  const pourquoi =
    code === 'ENOSPC' || code === 'EDQUOT' ? 'le disque est plein'
    : code === 'EROFS' ? 'le dossier est en lecture seule'
    : code === 'EACCES' || code === 'EPERM' ? 'l’accès a été refusé'
    : (err as Error).message;
  return { why, pourquoi };
}

function writeError(target: string, err: unknown): AppError {
  const code = (err as NodeJS.ErrnoException).code ?? '';
  const { why, pourquoi } = reasonOf(err);
  return new AppError(
    'WRITE_FAILED',
    {
      en: `Could not save to ${target}: ${why}. Nothing was lost: your last saved state is intact, and the change can be saved again once this is fixed.`,
      fr: `Impossible d’enregistrer dans ${target}\u00a0: ${pourquoi}. Rien n’a été perdu\u00a0: le dernier état enregistré est intact, et la modification pourra être enregistrée de nouveau une fois le problème réglé.`,
    },
    { errno: code },
  );
}
