import { z } from 'zod';
import { Id, IsoDateTime, Sha256 } from './common.js';
import { Contact, ContactSheet, Kit, Logo, Organization, Release } from './entities.js';

/**
 * A `.mkit` kit package: one ZIP handed to someone outside the library (a partner's press office,
 * an agency). It holds `manifest.json` (below) and the files the entities name, as `files/<sha256>`;
 * nothing else. Written by electron/export/kit-package.ts, read by electron/import/kit-package-read.ts.
 */
export const PACKAGE_FORMAT = 'media-kit-manager/kit';
/** Bumped when the package's layout changes in a way an older app cannot read. */
export const PACKAGE_VERSION = 1;
export const MANIFEST_NAME = 'manifest.json';
export const PACKAGE_FILES_DIR = 'files/';

/** What is read first, before anything else is trusted: which app made the package, and for which versions. */
export const PackageHeader = z.object({
  format: z.literal(PACKAGE_FORMAT),
  packageVersion: z.number().int().positive(),
  /** The library schema the entities follow (library-document.ts's SCHEMA_VERSION when it was written). */
  schemaVersion: z.number().int().nonnegative(),
  app: z.object({ name: z.string().max(200), version: z.string().max(50) }),
});
export type PackageHeader = z.infer<typeof PackageHeader>;

/** The entities a package carries, each checked with the library's own schema. */
export const PackageEntities = z.object({
  organizations: z.array(Organization).default([]),
  releases: z.array(Release).default([]),
  logos: z.array(Logo).default([]),
  contacts: z.array(Contact).default([]),
  sheets: z.array(ContactSheet).default([]),
  kits: z.array(Kit).default([]),
});
export type PackageEntities = z.infer<typeof PackageEntities>;

export const PackageManifest = PackageHeader.extend({
  createdAt: IsoDateTime,
  /** The kit this package hands over. */
  kitId: Id,
  entities: PackageEntities,
  /** Every stored file the entities name (logos and their thumbnails), by hash. */
  files: z.array(z.object({ sha256: Sha256, bytes: z.number().int().nonnegative() })).default([]),
});
export type PackageManifest = z.infer<typeof PackageManifest>;
