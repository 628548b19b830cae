import { SCHEMA_VERSION } from './library-document.js';
import { isSafeLink } from './link.js';
import { splitFullName } from './person-name.js';

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
  {
    from: 1,
    describe:
      'v1 → v2: a contact known only by its full name gets given and family names (split once, then edited by hand); ' +
      'the sheets imports made from a release\'s own contact block are marked as that release\'s spokespeople',
    up(doc) {
      const contacts = Array.isArray(doc.contacts) ? (doc.contacts as Json[]) : [];
      const releases = Array.isArray(doc.releases) ? (doc.releases as Json[]) : [];
      const sheets = Array.isArray(doc.sheets) ? (doc.sheets as Json[]) : [];
      return {
        ...doc,
        schemaVersion: 2,
        contacts: contacts.map((c) => {
          const name = typeof c.name === 'string' ? c.name : '';
          if (!name.trim() || (typeof c.firstName === 'string' && c.firstName) || (typeof c.lastName === 'string' && c.lastName)) return c;
          return { ...c, ...splitFullName(name) };
        }),
        sheets: sheets.map((sheet) => spokespeopleOf(sheet, releases)),
      };
    },
  },
  {
    from: 2,
    describe: 'v2 → v3: a link that is not a complete http(s) or mailto: URL (a line break or a space inside it) keeps its text and loses its link',
    up(doc) {
      return { ...withoutUnsafeLinks(doc), schemaVersion: 3 };
    },
  },
];

/** Every inline run ({ text, href }) anywhere in the document: bodies, boilerplates, quotes, lists. */
function withoutUnsafeLinks(doc: Json): Json {
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (!v || typeof v !== 'object') return v;
    const o = v as Json;
    const out: Json = {};
    for (const [k, x] of Object.entries(o)) {
      if (k === 'href' && typeof x === 'string' && typeof o.text === 'string' && !isSafeLink(x)) continue;
      out[k] = walk(x);
    }
    return out;
  };
  return walk(doc) as Json;
}

/** The names v1 imports gave the sheet of a release's contact block: "<prefix> – <headline>". */
const V1_SHEET_PREFIXES = ['Contacts de presse', 'Press contacts', '報道関係者連絡先'];

function spokespeopleOf(sheet: Json, releases: Json[]): Json {
  const name = typeof sheet.name === 'string' ? sheet.name : '';
  const prefix = V1_SHEET_PREFIXES.find((p) => name === p || name.startsWith(`${p} – `));
  if (!prefix || sheet.role !== undefined) return sheet;
  const ids = Array.isArray(sheet.contactIds) ? (sheet.contactIds as unknown[]) : [];
  const same = (r: Json) => {
    const theirs = Array.isArray(r.contactIds) ? (r.contactIds as unknown[]) : [];
    return theirs.length === ids.length && theirs.every((id, i) => id === ids[i]);
  };
  // Only a sheet that is exactly a release's contact block: one the officer has since grown into a media list stays one.
  const release = ids.length ? releases.find((r) => !r.deletedAt && same(r)) : undefined;
  if (!release) return sheet;
  const headline = typeof release.headline === 'string' ? release.headline : '';
  return { ...sheet, role: 'spokespeople', releaseId: release.id, nameFollowsRelease: name === `${prefix} – ${headline}` };
}

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
