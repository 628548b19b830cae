import { zipSync, strToU8, type Zippable } from 'fflate';
import {
  APP_PRODUCT_NAME,
  APP_VERSION,
  AppError,
  MANIFEST_NAME,
  PACKAGE_FILES_DIR,
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
  SCHEMA_VERSION,
  type KitSection,
  type LibraryDocument,
  type PackageEntities,
  type PackageManifest,
} from '../model/index.js';
import type { FileSource } from './kit-document.js';

/**
 * The `.mkit` writer: a kit and everything it prints (releases, organizations with their
 * boilerplates, contact sheets and contacts, logos by hash, outreach templates), as one ZIP another
 * officer opens in their own library. Nothing else of the library goes: not the trash, not other
 * kits, and not what is this office's own business (a contact's private notes, a release's history
 * and imported original, the kit's outreach log: who was written to, when).
 */

/** The entities of one kit, each as stored minus what stays home; references to what is not sent are dropped. */
export function collectKitEntities(doc: LibraryDocument, kitId: string): PackageEntities {
  const kit = doc.kits.find((k) => k.id === kitId && !k.deletedAt);
  if (!kit) throw new AppError('NOT_FOUND', { en: `No media kit with id ${kitId}.`, fr: `Aucune trousse média avec l’identifiant ${kitId}.` }, { id: kitId });
  const live = <T extends { id: string; deletedAt: string | null }>(list: readonly T[], ids: Iterable<string>): T[] => {
    const wanted = new Set(ids);
    return list.filter((e) => wanted.has(e.id) && !e.deletedAt);
  };
  const releaseIds = kit.sections.flatMap((s) => (s.type === 'release' ? [s.releaseId] : []));
  const releases = live(doc.releases, releaseIds);
  const sheetIds = kit.sections.flatMap((s) => (s.type === 'contacts' ? [s.sheetId] : []));
  const sheets = live(doc.sheets, sheetIds);
  const contacts = live(doc.contacts, [...sheets.flatMap((s) => s.contactIds), ...releases.flatMap((r) => r.contactIds)]);
  const logos = live(doc.logos, [...kit.cover.logoIds, ...kit.sections.flatMap((s) => (s.type === 'logos' ? s.logoIds : []))]);
  const organizations = live(doc.organizations, [
    ...releases.flatMap((r) => r.organizationIds),
    ...kit.sections.flatMap((s) => (s.type === 'boilerplates' ? s.organizationIds : [])),
    ...logos.flatMap((l) => (l.organizationId ? [l.organizationId] : [])),
    ...contacts.flatMap((c) => (c.organizationId ? [c.organizationId] : [])),
  ]);
  const sent = new Set([...releases, ...sheets, ...contacts, ...logos, ...organizations].map((e) => e.id));
  const only = (ids: readonly string[]) => ids.filter((id) => sent.has(id));
  const ref = (id: string | null) => (id && sent.has(id) ? id : null);
  return {
    organizations: organizations.map((o) => ({ ...o })),
    releases: releases.map((r) => ({
      ...r,
      organizationIds: only(r.organizationIds),
      contactIds: only(r.contactIds),
      history: [],
      source: null,
    })),
    logos: logos.map((l) => ({ ...l, organizationId: ref(l.organizationId), thumbnailSha256: null })),
    contacts: contacts.map((c) => ({ ...c, organizationId: ref(c.organizationId), notes: '' })),
    sheets: sheets.map((s) => ({ ...s, contactIds: only(s.contactIds), releaseId: ref(s.releaseId) })),
    kits: [
      {
        ...kit,
        cover: { ...kit.cover, logoIds: only(kit.cover.logoIds) },
        sections: kit.sections.flatMap((s): KitSection[] => {
          if (s.type === 'release') return sent.has(s.releaseId) ? [s] : [];
          if (s.type === 'contacts') return sent.has(s.sheetId) ? [s] : [];
          if (s.type === 'logos') return [{ ...s, logoIds: only(s.logoIds) }];
          if (s.type === 'boilerplates') return [{ ...s, organizationIds: only(s.organizationIds) }];
          return [s];
        }),
        outreach: { templates: kit.outreach.templates, log: [] },
      },
    ],
  };
}

/** The package's bytes: manifest.json, then each logo's file under files/<sha256>. */
export async function writeKitPackage(doc: LibraryDocument, kitId: string, files: FileSource, now: Date): Promise<Uint8Array> {
  const entities = collectKitEntities(doc, kitId);
  const zip: Zippable = {};
  const listed: PackageManifest['files'] = [];
  for (const logo of entities.logos) {
    const { sha256, format } = logo.file;
    if (listed.some((f) => f.sha256 === sha256)) continue;
    const bytes = await files.read(sha256);
    listed.push({ sha256, bytes: bytes.byteLength });
    // Raster images are compressed already; SVG is text.
    zip[`${PACKAGE_FILES_DIR}${sha256}`] = [bytes, { mtime: now, level: format === 'svg' ? 6 : 0 }];
  }
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    packageVersion: PACKAGE_VERSION,
    schemaVersion: SCHEMA_VERSION,
    app: { name: APP_PRODUCT_NAME, version: APP_VERSION },
    createdAt: now.toISOString(),
    kitId,
    entities,
    files: listed,
  };
  // The manifest first, so a reader (or a person with an unzip tool) meets it before the files.
  return zipSync({ [MANIFEST_NAME]: [strToU8(JSON.stringify(manifest, null, 1)), { mtime: now, level: 6 }], ...zip });
}
