import { open, readFile, readdir, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { HistoryEntry } from '../model/entities.js';
import { Id } from '../model/common.js';
import { LIBRARY_FILES } from './library-layout.js';

/**
 * "This release was exported" lines written by a command that only reads the library (a
 * `mediakit export`, which opens library.json without the lock and reads only what it prints).
 * Appending a line costs nothing; rewriting a 14 MB library.json to add it would cost more than
 * the export. The next process that opens the library for writing folds the lines into the
 * releases' history and removes the file; until then every open shows them as if folded.
 */

export const JOURNAL_FILE = LIBRARY_FILES.historyJournal;
const FOLDING = /^history-journal\.folding-\d+-\d+\.jsonl$/;

const JournalLine = z.object({ releaseId: Id, entry: HistoryEntry });
export type JournalLine = z.infer<typeof JournalLine>;

/** Appends lines in one write (O_APPEND: concurrent writers do not interleave) and syncs them. */
export async function appendHistory(dir: string, lines: readonly JournalLine[]): Promise<void> {
  if (!lines.length) return;
  const handle = await open(path.join(dir, JOURNAL_FILE), 'a', 0o600);
  try {
    await handle.write(lines.map((l) => JSON.stringify(l) + '\n').join(''));
    await handle.datasync();
  } finally {
    await handle.close();
  }
}

/** The journal's files: the live one, and any left by a fold that was interrupted. */
async function journalFiles(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return [];
  }
  return names.filter((n) => n === JOURNAL_FILE || FOLDING.test(n)).map((n) => path.join(dir, n));
}

/** Every valid line; a torn last line (a crash while appending) or a foreign line is skipped. */
export async function readHistory(files: readonly string[]): Promise<JournalLine[]> {
  const out: JournalLine[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      continue;
    }
    for (const raw of text.split('\n')) {
      if (!raw.trim()) continue;
      try {
        const parsed = JournalLine.safeParse(JSON.parse(raw));
        if (parsed.success) out.push(parsed.data);
      } catch {
        // not JSON: skipped
      }
    }
  }
  return out;
}

/** Lines not yet in their release's history (folding twice after a crash adds nothing twice). */
export function applyHistory(
  releases: Array<{ id: string; history: HistoryEntry[] }>,
  lines: readonly JournalLine[],
): void {
  if (!lines.length) return;
  const byId = new Map(releases.map((r) => [r.id, r]));
  for (const { releaseId, entry } of lines) {
    const release = byId.get(releaseId);
    if (!release) continue;
    if (release.history.some((h) => h.at === entry.at && h.event === entry.event && h.detail === entry.detail)) continue;
    release.history.push(entry);
  }
}

/** The lines to show, for a reader. */
export async function pendingHistory(dir: string): Promise<JournalLine[]> {
  return readHistory(await journalFiles(dir));
}

/**
 * For the lock holder: takes the journal (renamed first, so a line appended meanwhile goes to a
 * new journal), lets `save` fold its lines into library.json, then removes it. If the save fails
 * or the process dies, the renamed file stays and is folded next time.
 */
export async function foldHistory(dir: string, save: (lines: JournalLine[]) => Promise<void>): Promise<void> {
  const files = await journalFiles(dir);
  if (!files.length) return;
  const taken: string[] = [];
  for (const file of files) {
    if (path.basename(file) !== JOURNAL_FILE) {
      taken.push(file);
      continue;
    }
    const to = path.join(dir, `history-journal.folding-${process.pid}-${Date.now()}.jsonl`);
    try {
      await rename(file, to);
      taken.push(to);
    } catch {
      // gone meanwhile
    }
  }
  const lines = await readHistory(taken);
  if (lines.length) await save(lines);
  await Promise.all(taken.map((f) => unlink(f).catch(() => undefined)));
}
