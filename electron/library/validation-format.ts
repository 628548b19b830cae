import { createHash } from 'node:crypto';
import { z } from 'zod';
import { LibraryDocument } from '../model/library-document.js';

/** Set by scripts/build-backend.mjs to schemaFingerprint() as it is when the app is built. */
declare const __MEDIAKIT_VALIDATION_FORMAT__: string | undefined;

/**
 * A fingerprint of the library document's schema: its JSON Schema (every field, default, pattern
 * and enum) hashed. A library.validated.json note written under another schema (a new default, a
 * stricter rule, without a new SCHEMA_VERSION) no longer matches, so the file is validated again:
 * nobody has to remember to bump a number.
 */
export function schemaFingerprint(): string {
  const schema = JSON.stringify(z.toJSONSchema(LibraryDocument, { unrepresentable: 'any', io: 'input' }));
  return createHash('sha256').update(schema).digest('hex').slice(0, 16);
}

let fromSources: string | null = null;

/**
 * The fingerprint this build validates with: computed when the app is built (opening a library
 * should not spend the time: the first JSON Schema of a process takes tens of milliseconds), and on
 * first use when run from the sources (tests, development).
 */
export function validationFormat(): string {
  if (typeof __MEDIAKIT_VALIDATION_FORMAT__ === 'string') return __MEDIAKIT_VALIDATION_FORMAT__;
  return (fromSources ??= schemaFingerprint());
}
