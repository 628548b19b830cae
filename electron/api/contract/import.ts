import { z } from 'zod';
import { WarningOutput } from './warnings.js';
import { Email, Id, Lang, Sha256 } from '../../model/common.js';
import { ImageFormat, Logo, LogoVariant, Release, ReleaseStatus, StoredImage } from '../../model/entities.js';
import { read, write, patchOf } from '../define.js';

/** A file the user brought, as bytes in base64 (JSON carries no binary). */
const FileInput = z.object({
  fileName: z.string().min(1).max(500),
  contentBase64: z.string().max(40_000_000, 'the file is too large to import (over 25 MB)'),
});

const ImportedContact = z.object({
  name: z.string(),
  title: z.string(),
  organization: z.string(),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
});

/** A contact as the officer leaves it in the review step: a name or an address at least. */
const ReviewedContact = z
  .object({
    name: z.string().trim().max(200),
    title: z.string().trim().max(300).default(''),
    organization: z.string().trim().max(300).default(''),
    emails: z.array(Email).max(20).default([]),
    phones: z.array(z.string().trim().min(1).max(60)).max(20).default([]),
  })
  .refine((c) => c.name || c.emails.length || c.phones.length, { message: 'a contact needs a name, an e-mail or a phone' });

/** A contact as the importer read it, with the lines it came from (shown in the review step). */
const ReadContact = ImportedContact.extend({ source: z.string() });

/** The fields a reader recognizes, as the stored Release has them: one definition, not a copy. */
const ReleaseFields = Release.pick({
  lang: true,
  label: true,
  timing: true,
  headline: true,
  subheadline: true,
  dateline: true,
  body: true,
  addressee: true,
  notes: true,
  endMark: true,
});

/** What the structure step found, for the officer to review before anything is saved. */
export const ImportedReleaseSchema = z.object({
  release: ReleaseFields,
  /** `heading`: the About line as the release writes it ("À propos du Réseau…"). */
  organizations: z.array(z.object({ name: z.string(), heading: z.string(), boilerplate: z.string() })),
  contacts: z.array(ReadContact),
  warnings: z.array(WarningOutput),
});

/** A release as `mediakit show release ID --format json` prints it: references resolved. */
export const ReleaseView = ReleaseFields.extend({
  id: Id,
  organizations: z.array(z.object({ id: Id, name: z.string(), heading: z.string(), boilerplate: z.string() })),
  contacts: z.array(ImportedContact.extend({ id: Id })),
  status: ReleaseStatus,
  source: z.object({ fileName: z.string(), sha256: Sha256 }).nullable(),
  warnings: z.array(WarningOutput).optional(),
});

/** Corrections made in the review step; a patch, so fields left out keep what was recognized. */
const ReleaseEdits = patchOf(
  Release.pick({ headline: true, subheadline: true, label: true, lang: true, timing: true, dateline: true, addressee: true }),
).optional();

export const importMethods = {
  'import.previewRelease': read({
    withoutLock: false,
    summary: 'Read a release file (.txt, .md, .docx, .html) and show what was recognized; nothing is saved.',
    input: FileInput.extend({ lang: Lang.optional() }),
    output: ImportedReleaseSchema,
  }),
  'import.release': write({
    summary:
      'Import a release file: the release, its organizations, contacts and a contact sheet; the original is kept by hash. `contacts`, when given, are the contacts as the officer reviewed them (split, merged, corrected) and replace those read.',
    input: FileInput.extend({ lang: Lang.optional(), edits: ReleaseEdits, contacts: z.array(ReviewedContact).max(200).optional() }),
    output: ReleaseView,
  }),
  'import.pastedHtml': write({
    summary: 'Read pasted HTML (Word, Outlook, Google Docs, a web page) as a release, for review; nothing is saved.',
    input: z.object({ html: z.string().max(20_000_000), lang: Lang.optional() }),
    output: ImportedReleaseSchema,
  }),
  'import.contacts': write({
    summary: 'Import contacts from a vCard (.vcf) or CSV file (Outlook, Google or any header row); same e-mail merges.',
    input: FileInput,
    output: z.object({
      imported: z.number().int(),
      merged: z.number().int(),
      skipped: z.array(z.object({ row: z.number().int(), reason: z.string() })),
      ids: z.array(Id),
    }),
  }),
  'import.logo': write({
    summary: "Import a logo (PNG, JPEG, WebP, GIF, SVG) for an organization (matched by name or created).",
    input: FileInput.extend({
      organization: z.string().min(1),
      variant: LogoVariant.optional(),
      /** The logo's title in the library and on the kit's logo page; else "<organization> – <variant>". */
      name: z.string().max(200).optional(),
    }),
    output: z.object({
      id: Id,
      organization: z.string(),
      variant: LogoVariant,
      format: ImageFormat,
      width: z.number().int(),
      height: z.number().int(),
      bytes: z.number().int(),
      sha256: Sha256,
    }),
  }),
  'logos.replace': write({
    summary:
      "Give a logo a new image file (checked like an import: format from the bytes, size caps, SVG sanitized). The logo keeps its id, name, organization and variant, so kits and sheets keep showing it; the previous file stays stored by hash.",
    input: FileInput.extend({ id: Id }),
    output: z.object({
      logo: Logo,
      /** The image the logo had before: still stored, by hash. */
      previous: StoredImage,
      /** False when the new file is the one the logo already had. */
      changed: z.boolean(),
    }),
  }),
  'releases.show': read({
    withoutLock: false,
    summary: 'One release with its organizations and contacts resolved, as JSON or as Markdown.',
    input: z.object({ id: Id, format: z.enum(['json', 'markdown']).default('json') }),
    output: z.object({ release: ReleaseView, markdown: z.string().optional() }),
  }),
};
