import { z } from 'zod';
import { COLLECTIONS } from '../../model/library-document.js';
import { Id, IsoDateTime, Lang } from '../../model/common.js';
import { read, write } from '../define.js';

/**
 * A `.mkit` package to open: its bytes (the browser, a drop onto the window), or its path (the CLI,
 * and the desktop app when the system hands it a file; never from the browser).
 */
export const KitPackageInput = z.union([
  z.object({
    fileName: z.string().min(1).max(500),
    contentBase64: z.string().max(140_000_000, 'the package is too large to import (over 100 MB)'),
  }),
  z.object({ path: z.string().min(1).max(4096) }),
]);

const MergeItem = z.object({
  collection: z.enum(COLLECTIONS),
  id: Id,
  libraryId: Id,
  name: z.string(),
  /** add: new to this library; same: already here as it is; kept: here in another version, which stays. */
  status: z.enum(['add', 'same', 'kept']),
  matchedBy: z.enum(['id', 'email', 'hash', 'name']).nullable(),
  inTrash: z.boolean(),
  /** For a version kept as the library's: the fields in which the package's version differs. */
  differs: z.array(z.string()),
});

const KitPackagePlan = z.object({
  fileName: z.string(),
  kit: z.object({ id: Id, libraryId: Id, name: z.string(), lang: Lang }),
  madeBy: z.object({ app: z.string(), version: z.string(), createdAt: IsoDateTime }),
  items: z.array(MergeItem),
  counts: z.object({ add: z.number().int(), same: z.number().int(), kept: z.number().int() }),
});

export const kitPackageMethods = {
  'import.previewKitPackage': read({
    // Only reads the package and compares: runs while the window holds the library.
    withoutLock: true,
    summary: 'Read a .mkit kit package and say what opening it would add and what the library already has; changes nothing.',
    input: KitPackageInput,
    output: KitPackagePlan,
  }),
  'import.kitPackage': write({
    summary: 'Open a .mkit kit package: add what the library lacks, keep what it has (a version edited here is never overwritten).',
    input: KitPackageInput,
    output: KitPackagePlan,
  }),
};
