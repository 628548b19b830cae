import { Logo as LogoSchema, newId, type LibraryDocument, type Logo, type LogoVariant } from '../model/index.js';
import type { ReadImage } from './image-reader.js';
import { findOrCreateOrganization } from './org-match.js';
import { proposedLogoName } from '../locale/labels.js';

export interface ApplyLogoOptions {
  organizationName: string;
  variant?: LogoVariant | undefined;
  now: string;
  fileSha256: string;
  thumbSha256: string | null;
  originalFileName: string;
  /** The name the officer chose; else one from the organization and the variant ("Bioalliance Laurentides – principal"). */
  name?: string | undefined;
  uiLang?: 'fr' | 'en' | undefined;
}

/** The logo entry for a stored image: its organization matched by name or created; the same file twice is one logo. */
export function applyLogoImport(draft: LibraryDocument, image: Pick<ReadImage, 'format' | 'width' | 'height' | 'bytes'>, options: ApplyLogoOptions): Logo {
  const { org } = findOrCreateOrganization(draft, options.organizationName, options.now);
  const variant = options.variant ?? 'primary';
  const existing = draft.logos.find((l) => !l.deletedAt && l.organizationId === org.id && l.file.sha256 === options.fileSha256 && l.variant === variant);
  if (existing) return existing;
  const logo = LogoSchema.parse({
    id: newId('logo'),
    createdAt: options.now,
    updatedAt: options.now,
    organizationId: org.id,
    name: options.name?.trim() || proposedLogoName(org.name, variant, options.uiLang ?? 'en'),
    variant,
    file: { sha256: options.fileSha256, format: image.format, bytes: image.bytes.byteLength, width: image.width, height: image.height },
    thumbnailSha256: options.thumbSha256,
    background: variant === 'reversed' ? 'dark' : 'light',
    originalFileName: options.originalFileName.replace(/^.*[\\/]/, ''),
  });
  draft.logos.push(logo);
  return logo;
}

export interface ReplaceLogoOptions {
  now: string;
  fileSha256: string;
  thumbSha256: string | null;
  originalFileName: string;
}

/**
 * A new image for an existing logo, in place: the id, name, organization, variant, background and notes
 * stay, so every kit and sheet that names the logo shows the new image. The previous file is not
 * deleted (files are stored by hash and an export or outreach log may name it). Returns the previous
 * file, or null when the logo is gone (in the trash, or purged meanwhile).
 */
export function applyLogoReplace(
  draft: LibraryDocument,
  id: string,
  image: Pick<ReadImage, 'format' | 'width' | 'height' | 'bytes'>,
  options: ReplaceLogoOptions,
): { previous: Logo['file']; changed: boolean } | null {
  const logo = draft.logos.find((l) => l.id === id && !l.deletedAt);
  if (!logo) return null;
  const previous = { ...logo.file };
  const file = { sha256: options.fileSha256, format: image.format, bytes: image.bytes.byteLength, width: image.width, height: image.height };
  const fileName = options.originalFileName.replace(/^.*[\\/]/, '');
  const same =
    previous.sha256 === file.sha256 && logo.thumbnailSha256 === options.thumbSha256 && logo.originalFileName === fileName;
  // The same bytes again change nothing: no write, no new updatedAt.
  if (same) return { previous, changed: false };
  logo.file = file;
  logo.thumbnailSha256 = options.thumbSha256;
  logo.originalFileName = fileName;
  logo.updatedAt = options.now;
  return { previous, changed: true };
}
