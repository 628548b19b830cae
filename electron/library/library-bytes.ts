import { LibraryDocument, SCHEMA_VERSION } from '../model/library-document.js';
import { migrate, NewerSchemaError } from '../model/migrations.js';

export type Checked =
  | { ok: true; doc: LibraryDocument; migrated: string[] }
  | { ok: false; newer: boolean; problem: { en: string; fr: string } };

/**
 * Reads the bytes of a library.json (the file itself or a backup) as opening would: JSON, a library
 * object, migrations up to this version, the full schema. Never trusts a note: a backup is restored
 * only after this says it is whole.
 */
export function checkLibraryBytes(bytes: Uint8Array): Checked {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch (err) {
    const why = (err as Error).message;
    return { ok: false, newer: false, problem: { en: `it is not valid JSON (${why})`, fr: `ce n’est pas du JSON valide (${why})` } };
  }
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { ok: false, newer: false, problem: { en: 'it does not hold a library object', fr: 'il ne contient pas de bibliothèque' } };
  }
  let migrated: { doc: Record<string, unknown>; applied: string[] };
  try {
    migrated = migrate(json as Record<string, unknown>);
  } catch (err) {
    if (err instanceof NewerSchemaError) {
      return {
        ok: false,
        newer: true,
        problem: {
          en: `it was saved by a newer version of Media Kit Manager (schema ${err.found}; this version reads up to ${SCHEMA_VERSION})`,
          fr: `il a été enregistré par une version plus récente de Media Kit Manager (schéma ${err.found}; cette version lit jusqu’au schéma ${SCHEMA_VERSION})`,
        },
      };
    }
    const why = (err as Error).message;
    return { ok: false, newer: false, problem: { en: `it could not be migrated (${why})`, fr: `il n’a pas pu être converti au format de cette version (${why})` } };
  }
  const parsed = LibraryDocument.safeParse(migrated.doc);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return {
      ok: false,
      newer: false,
      problem: {
        en: `it does not have the expected shape (${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'})`,
        fr: `il n’a pas la structure attendue (${first ? `${first.path.join('.')}\u00a0: ${first.message}` : 'invalide'})`,
      },
    };
  }
  return { ok: true, doc: parsed.data, migrated: migrated.applied };
}
