import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { writeFileAtomic } from './atomic-write.js';

/**
 * lowdb adapter for library.json. lowdb's own JSONFile does not fsync, and JSONFilePreset
 * silently swaps in a memory adapter under NODE_ENV=test; this one always touches the disk.
 * `read` returns the raw parsed JSON: validation and migration are the store's job, because
 * an invalid file must be reported, not coerced.
 */
export class AtomicJsonFile<T> implements Adapter<T> {
  constructor(readonly file: string) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    return JSON.parse(text) as T;
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.file, serialize(data));
  }
}

/** Pretty enough to diff and repair by hand, compact enough to stay fast at 10,000 contacts. */
export function serialize(data: unknown): string {
  return JSON.stringify(data, null, 1) + '\n';
}
