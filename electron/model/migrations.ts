import { SCHEMA_VERSION } from './library-document.js';

/**
 * Ordered migrations: entry i turns a document of schemaVersion i into one of version i + 1.
 * They work on plain JSON (what is on disk), never on the current types, because old files
 * do not match them. Validation happens after the last step.
 */
type Json = Record<string, unknown>;
type Migration = { from: number; describe: string; up: (doc: Json) => Json };

export const MIGRATIONS: readonly Migration[] = [
  {
    from: 0,
    describe: 'v0 (prototype): `press` → `releases`, contact `email` string → `emails` array, `schemaVersion` added',
    up(doc) {
      const { press, ...rest } = doc as Json & { press?: unknown[] };
      const contacts = Array.isArray(rest.contacts) ? (rest.contacts as Json[]) : [];
      return {
        ...rest,
        schemaVersion: 1,
        releases: Array.isArray(rest.releases) ? rest.releases : Array.isArray(press) ? press : [],
        contacts: contacts.map(({ email, ...c }) => ({
          ...c,
          emails: Array.isArray(c.emails) ? c.emails : typeof email === 'string' && email ? [email] : [],
        })),
      };
    },
  },
];

export class NewerSchemaError extends Error {
  constructor(readonly found: number) {
    super(`the library was written by a newer version of Media Kit Manager (schema ${found}, this one reads up to ${SCHEMA_VERSION})`);
  }
}

export function schemaVersionOf(doc: Json): number {
  const v = doc.schemaVersion;
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/** Returns the migrated document and the steps applied (empty when already current). */
export function migrate(doc: Json): { doc: Json; applied: string[] } {
  let version = schemaVersionOf(doc);
  if (version > SCHEMA_VERSION) throw new NewerSchemaError(version);
  const applied: string[] = [];
  let current = doc;
  while (version < SCHEMA_VERSION) {
    const step = MIGRATIONS.find((m) => m.from === version);
    if (!step) throw new Error(`no migration from schema ${version}`);
    current = step.up(current);
    applied.push(step.describe);
    version = schemaVersionOf(current);
  }
  return { doc: current, applied };
}
