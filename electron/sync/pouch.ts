/**
 * The part of PouchDB's API the sync layer uses, typed here: DefinitelyTyped's @types/pouchdb-core
 * declares a global `Buffer` interface that breaks Node's own typings of Buffer.
 */
export type Doc = Record<string, unknown> & { _id: string; _rev?: string; _deleted?: boolean; _conflicts?: string[] };

export interface PouchError {
  status?: number;
  name?: string;
  message?: string;
  reason?: string;
  code?: string;
  error?: string | boolean;
}

export type AllDocsRow =
  | { id: string; key: string; value: { rev: string; deleted?: boolean }; doc?: Doc | null }
  | { key: string; error: string };

export interface ChangesResult {
  results: { id: string; seq: number | string; changes: { rev: string }[]; deleted?: boolean; doc?: Doc }[];
  last_seq: number | string;
}

export interface Cancelable {
  cancel(): void;
  on(event: string, listener: (...args: never[]) => void): this;
}

export interface ReplicationResult {
  docs_read: number;
  docs_written: number;
  doc_write_failures: number;
  errors: unknown[];
  ok: boolean;
}

export interface SyncOptions {
  live?: boolean;
  retry?: boolean;
  batch_size?: number;
  batches_limit?: number;
  back_off_function?: (delay: number) => number;
}

export type SyncHandle = Promise<{ push?: ReplicationResult; pull?: ReplicationResult }> & Cancelable & { push: Cancelable; pull: Cancelable };

export interface Db {
  info(): Promise<{ db_name: string; doc_count: number; update_seq: number | string }>;
  get(id: string, options?: { conflicts?: boolean; revs?: boolean; rev?: string }): Promise<Doc>;
  get(id: string, options: { open_revs: string[] }): Promise<({ ok: Doc } | { missing: string })[]>;
  put(doc: Doc): Promise<{ ok: boolean; id: string; rev: string }>;
  allDocs(options: { keys?: string[]; include_docs?: boolean; conflicts?: boolean; limit?: number }): Promise<{ rows: AllDocsRow[]; total_rows: number }>;
  bulkDocs(docs: Doc[], options?: { new_edits?: boolean }): Promise<({ ok: true; id: string; rev: string } | (PouchError & { id: string }))[]>;
  changes(options: { since: number | string; include_docs?: boolean; conflicts?: boolean; limit?: number; live?: false }): Promise<ChangesResult>;
  changes(options: { since: number | string | 'now'; live: true }): Cancelable;
  getAttachment(docId: string, attachmentId: string): Promise<Buffer>;
  sync(remote: Db, options?: SyncOptions): SyncHandle;
  close(): Promise<void>;
  destroy(): Promise<void>;
}

export interface PouchStatic {
  new (name: string, options?: Record<string, unknown>): Db;
}
