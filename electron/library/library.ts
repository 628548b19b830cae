import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { Low } from 'lowdb';
import { enableMapSet, produce, type Draft } from 'immer';
import { AppError } from '../model/errors.js';
import { COLLECTIONS, type CollectionName, type LibraryDocument } from '../model/library-document.js';
import { AtomicJsonFile } from './json-file-adapter.js';
import { LibraryLock } from './lock.js';
import { FileStore } from './file-store.js';
import { checkedBackups, listBackups, readGoodBackup, setAside, snapshot, type CheckedBackup } from './backups.js';
import { libraryPaths } from './library-layout.js';
import { keepPreMigration, loadLibraryFile, sameBytes } from './library-load.js';
import { FS_WRITE_CODES, openFailed, writeError } from './library-errors.js';
import { validateChanges } from './validate-changes.js';
import { SearchService, type ParsedFile } from './search-service.js';
import { readPartialDocument } from './partial-read.js';
import { appendHistory, applyHistory, foldHistory, pendingHistory, type JournalLine } from './history-journal.js';
import { sameStamp, sha256Parts, stampOf, writeNote, type BackupStamp } from './validated-state.js';

/**
 * The store: one Library per open library folder. It owns the document and its one write queue;
 * reading the file (library-load.ts), validating changes (validate-changes.ts), backups
 * (backups.ts), the side files (validated-state.ts, history-journal.ts) and the search index
 * (search-service.ts) are modules of their own that it calls in order.
 */

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
  /** The search index, kept beside the store (search-service.ts). */
  private readonly searchIndex: SearchService;
  /** Opened with `only`: the document holds just what those entities need. */
  partial = false;
  /** The document and the SHA-256 of library.json as last read or written (keys the side files). */
  private onDisk: ParsedFile | null = null;
  /** Whether the document is exactly what validation returns (no entity saved with defaults missing). */
  private canonical = true;
  /** Told after each save (a team library's sync pushes what changed). */
  private readonly changeListeners = new Set<() => void>();

  private constructor(
    readonly dir: string,
    private readonly db: Low<LibraryDocument>,
    private readonly lock: LibraryLock | null,
    readonly migrated: string[],
  ) {
    const paths = libraryPaths(dir);
    this.file = paths.library;
    this.backupsDir = paths.backups;
    this.files = new FileStore(paths.files);
    this.searchIndex = new SearchService(dir);
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
    const adapter = new AtomicJsonFile<LibraryDocument>(libraryPaths(root).library);
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
      const { doc, migrated, fresh, raw, sha256, checked, note } = await loadLibraryFile(root, adapter);
      // A reader shows exports noted in the history journal as if folded (new objects: `doc` stays as parsed).
      const db = new Low<LibraryDocument>(adapter, readOnly ? withPendingHistory(doc, await pendingHistory(root)) : doc);
      const library = new Library(root, db, lock, migrated);
      // `doc` as parsed from the bytes hashed `sha256`: a saved index is matched against it, and anything folded
      // into the library after this point must arrive as new objects (mutate), which the index then re-indexes.
      if (sha256) library.onDisk = { doc, sha256 };
      // A host that will search reads the saved index while the rest of open runs.
      library.searchIndex.prepare(library.onDisk, !!options.indexInBackground);
      if (!readOnly) {
        if (migrated.length && raw) await keepPreMigration(library.file, library.backupsDir, raw);
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
        // Saved at once (behind any save), so that even a host that is killed rather than closed opens fast next time.
        library.searchIndex.buildInBackground(() => library.db.data, () => (library.queue = library.queue.then(() => library.saveIndex())));
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

  /** Saves the search index beside library.json when it is in step with the file on disk: at close, off every save's path. */
  private async saveIndex(): Promise<void> {
    if (this.readOnly || this.onDisk?.doc !== this.db.data) return;
    await this.searchIndex.save(this.onDisk);
  }

  /** Finds entities by words (accents, case and word endings aside; Japanese by pairs of characters). */
  search(query: string, limit?: number, collections?: readonly CollectionName[]) {
    return this.searchIndex.search(this.db.data, query, limit, collections);
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
      this.searchIndex.forgetOpened();
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
    this.searchIndex.stop();
    await this.queue;
    await this.saveIndex();
    await this.lock?.release();
  }
}

function withPendingHistory(doc: LibraryDocument, lines: readonly JournalLine[]): LibraryDocument {
  return lines.length ? produce(doc, (draft) => applyHistory(draft.releases, lines)) : doc;
}
