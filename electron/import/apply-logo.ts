import { Logo as LogoSchema, newId, type LibraryDocument, type Logo, type LogoVariant } from '../model/index.js';
import type { ReadImage } from './image-reader.js';
import { findOrCreateOrganization } from './org-match.js';

export interface ApplyLogoOptions {
  organizationName: string;
  variant?: LogoVariant | undefined;
  now: string;
  fileSha256: string;
  thumbSha256: string | null;
  originalFileName: string;
}

/** The logo entry for a stored image: its organization matched by name or created; the same file twice is one logo. */
export function applyLogoImport(draft: LibraryDocument, image: Pick<ReadImage, 'format' | 'width' | 'height' | 'bytes'>, options: ApplyLogoOptions): Logo {
  const { org } = findOrCreateOrganization(draft, options.organizationName, options.now);
  const variant = options.variant ?? 'primary';
  const existing = draft.logos.find((l) => !l.deletedAt && l.organizationId === org.id && l.file.sha256 === options.fileSha256 && l.variant === variant);
  if (existing) return existing;
  const base = options.originalFileName.replace(/^.*[\\/]/, '').replace(/\.[a-z0-9]+$/i, '');
  const logo = LogoSchema.parse({
    id: newId('logo'),
    createdAt: options.now,
    updatedAt: options.now,
    organizationId: org.id,
    name: base || `${org.name} (${variant})`,
    variant,
    file: { sha256: options.fileSha256, format: image.format, bytes: image.bytes.byteLength, width: image.width, height: image.height },
    thumbnailSha256: options.thumbSha256,
    background: variant === 'reversed' ? 'dark' : 'light',
    originalFileName: options.originalFileName.replace(/^.*[\\/]/, ''),
  });
  draft.logos.push(logo);
  return logo;
}
