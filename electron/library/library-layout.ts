import path from 'node:path';

/**
 * The library on disk, defined once: the files of the library folder, and the text layout of
 * library.json that the writer (json-file-adapter.ts) produces and the partial reader
 * (partial-read.ts) relies on. Change the layout here and both follow; a file in any other layout
 * (edited by hand, an older version) is still read, by a full parse.
 */

/** Names inside the library folder (docs/ARCHITECTURE.md, "The library folder"). */
export const LIBRARY_FILES = {
  /** The lowdb document. */
  library: 'library.json',
  /** The last good copies of library.json. */
  backups: 'backups',
  /** Binaries by SHA-256. */
  files: 'files',
  /** One writer at a time. */
  lock: '.lock',
  /** The hash of the bytes this app last wrote and validated (validated-state.ts). */
  validated: 'library.validated.json',
  /** The search index saved with MiniSearch's toJSON (search-service.ts). */
  searchIndex: 'search-index.json',
  /** Export history noted by read-only exports (history-journal.ts). */
  historyJournal: 'history-journal.jsonl',
} as const;

export type LibraryPaths = { readonly [K in keyof typeof LIBRARY_FILES]: string };

/** Every path of the library folder `dir`. */
export function libraryPaths(dir: string): LibraryPaths {
  const out = {} as Record<keyof typeof LIBRARY_FILES, string>;
  for (const [key, name] of Object.entries(LIBRARY_FILES)) out[key as keyof typeof LIBRARY_FILES] = path.join(dir, name);
  return out;
}

/**
 * library.json's text is `JSON.stringify(doc, null, 1)`: pretty enough to diff and repair by hand,
 * compact enough at 10,000 contacts. The document's keys are on lines indented by one space, its
 * collections' entities two levels deep, so each entity starts with `\n  {\n   "id": "…",\n` and ends
 * with `\n  }`. JSON strings cannot hold a raw newline, so none of these markers occurs inside a value.
 */
export const JSON_LAYOUT = {
  indent: 1,
  /** The first line of the file and the schema version on the next. */
  header: /^\{\n "schemaVersion": (\d+),\n/,
  /** The text of a collection array, around its entities. */
  collectionOpen: '[\n  ',
  collectionClose: '\n ]',
  entitySeparator: ',\n  ',
  /** What every newline inside an entity becomes, two levels deep. */
  entityNewline: '\n  ',
  entityStart: '\n  {\n   "id": "',
  entityEnd: '\n  }',
  fileEnd: '\n}\n',
} as const;

/** The line that opens the document's member `key` (`\n "releases": `). */
export function memberLine(key: string): string {
  return `\n ${JSON.stringify(key)}: `;
}

/** The first line of the entity with this id, as the writer puts it. */
export function entityFirstLine(id: string): string {
  return `\n  {\n   "id": ${JSON.stringify(id)},\n`;
}

/** One member value at the document's level, as `JSON.stringify(doc, null, 1)` writes it. */
export function memberValue(value: unknown): string {
  return JSON.stringify(value, null, JSON_LAYOUT.indent).replace(/\n/g, '\n ');
}

/** One entity in a collection, as `JSON.stringify(doc, null, 1)` writes it. */
export function entityText(value: object): string {
  return JSON.stringify(value, null, JSON_LAYOUT.indent).replace(/\n/g, JSON_LAYOUT.entityNewline);
}
