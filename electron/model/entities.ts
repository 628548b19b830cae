import { z } from 'zod';
import { BaseLang, Email, EntityMeta, Id, IsoDate, IsoDateTime, Lang, Sha256 } from './common.js';
import { Block } from './blocks.js';
import { LOGO_VARIANTS, RELEASE_STATUSES } from './constants.js';

export { LOGO_VARIANTS, RELEASE_STATUSES } from './constants.js';

export const Organization = EntityMeta.extend({
  name: z.string().min(1),
  shortName: z.string().default(''),
  website: z.string().default(''),
  /** "À propos de …" / "About …" text, one per language family; paragraphs separated by blank lines. */
  boilerplates: z.partialRecord(BaseLang, z.string()).default({}),
  /**
   * The heading over the boilerplate as the organization writes it, when the name alone cannot give
   * it ("À propos du Réseau…", "About the Kansai…", "株式会社…について"); else exports build it from the name.
   * Optional (absent: none), so that code building organizations needs no change.
   */
  aboutHeadings: z.partialRecord(BaseLang, z.string()).optional(),
});
export type Organization = z.infer<typeof Organization>;

export const Timing = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('immediate') }),
  z.object({
    kind: z.literal('embargo'),
    /** The instant, with its offset: 2026-05-12T00:01:00+01:00. */
    until: IsoDateTime,
    /** The zone the embargo was announced in (IANA name, or "UTC"), so it is written back as the author wrote it. */
    zone: z.string().default('UTC'),
  }),
]);
export type Timing = z.infer<typeof Timing>;

export const ReleaseStatus = z.enum(RELEASE_STATUSES);
export type ReleaseStatus = z.infer<typeof ReleaseStatus>;

export const Dateline = z.object({ city: z.string().default(''), date: IsoDate.nullable().default(null) });
export type Dateline = z.infer<typeof Dateline>;

export const HistoryEntry = z.object({
  at: IsoDateTime,
  event: z.enum(['created', 'imported', 'updated', 'exported', 'restored']),
  detail: z.string().default(''),
  /** The display name of the officer who did it (settings.displayName), so it survives a team library's sync. */
  by: z.string().optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const Release = EntityMeta.extend({
  lang: Lang,
  label: z.string().default(''),
  timing: Timing.default({ kind: 'immediate' }),
  headline: z.string().default(''),
  subheadline: z.string().default(''),
  dateline: Dateline.default({ city: '', date: null }),
  body: z.array(Block).default([]),
  /** The line addressed to the newsroom above everything else ("Aux médias", "報道関係者各位"); empty: none. */
  addressee: z.string().default(''),
  /**
   * "Notes to editors" as UK releases write them, after the end mark and before the About sections:
   * the heading as written and the notes under it. Null: the release has none.
   */
  notes: z.object({ heading: z.string(), body: z.array(Block).default([]) }).nullable().default(null),
  /** Organizations whose boilerplates close the release, in order. */
  organizationIds: z.array(Id).default([]),
  /** Press contacts printed at the end of the release, in order. */
  contactIds: z.array(Id).default([]),
  endMark: z.string().default(''),
  status: ReleaseStatus.default('draft'),
  tags: z.array(z.string()).default([]),
  /** Releases sharing a group are translations of one another. */
  translationGroup: z.string().nullable().default(null),
  /** The imported original, kept by hash so nothing the user brought in is lost. */
  source: z.object({ fileName: z.string(), sha256: Sha256 }).nullable().default(null),
  history: z.array(HistoryEntry).default([]),
});
export type Release = z.infer<typeof Release>;

export const LogoVariant = z.enum(LOGO_VARIANTS);
export type LogoVariant = z.infer<typeof LogoVariant>;
export const IMAGE_FORMATS = ['png', 'jpeg', 'svg', 'webp', 'gif'] as const;
export const ImageFormat = z.enum(IMAGE_FORMATS);
export type ImageFormat = z.infer<typeof ImageFormat>;

export const StoredImage = z.object({
  sha256: Sha256,
  format: ImageFormat,
  bytes: z.number().int().nonnegative(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type StoredImage = z.infer<typeof StoredImage>;

export const Logo = EntityMeta.extend({
  organizationId: Id.nullable().default(null),
  name: z.string().min(1),
  variant: LogoVariant.default('primary'),
  file: StoredImage,
  /** A small PNG for the library grid (also by hash under files/). */
  thumbnailSha256: Sha256.nullable().default(null),
  background: z.enum(['light', 'dark', 'any']).default('light'),
  usageNotes: z.string().default(''),
  originalFileName: z.string().default(''),
});
export type Logo = z.infer<typeof Logo>;

export const Contact = EntityMeta.extend({
  /** The full name as the person writes it (vCard FN): what lists and sheets show. */
  name: z.string().default(''),
  /** Given and family names (vCard N): greetings use them ("Bonjour Marie,", "Dear Ms Tremblay,", 田中様). */
  firstName: z.string().default(''),
  lastName: z.string().default(''),
  /** How a formal greeting addresses the person: "Ms", "Mme", "Dr"… (vCard N's prefix); empty when unknown. */
  honorific: z.string().default(''),
  title: z.string().default(''),
  organization: z.string().default(''),
  organizationId: Id.nullable().default(null),
  emails: z.array(Email).default([]),
  phones: z.array(z.string()).default([]),
  lang: Lang.nullable().default(null),
  notes: z.string().default(''),
  tags: z.array(z.string()).default([]),
  /** Asked not to receive outreach: skipped when drafts are made. */
  optedOut: z.boolean().default(false),
});
export type Contact = z.infer<typeof Contact>;

export const SHEET_ROLES = ['media', 'spokespeople'] as const;

export const ContactSheet = EntityMeta.extend({
  name: z.string().min(1),
  description: z.string().default(''),
  contactIds: z.array(Id).default([]),
  /**
   * "media": a media list, journalists to write to. "spokespeople": the press contacts of a release's own
   * contact block (the issuer's people), made by an import: never proposed as recipients by default.
   */
  role: z.enum(SHEET_ROLES).default('media'),
  /** The release whose contact block this sheet came from. */
  releaseId: Id.nullable().default(null),
  /** The name follows the release's headline until the officer renames the sheet. */
  nameFollowsRelease: z.boolean().default(false),
});
export type ContactSheet = z.infer<typeof ContactSheet>;

export const KitSection = z.discriminatedUnion('type', [
  z.object({ id: Id, type: z.literal('release'), releaseId: Id }),
  z.object({ id: Id, type: z.literal('logos'), title: z.string().default(''), logoIds: z.array(Id).default([]) }),
  z.object({ id: Id, type: z.literal('contacts'), title: z.string().default(''), sheetId: Id }),
  z.object({
    id: Id,
    type: z.literal('boilerplates'),
    title: z.string().default(''),
    organizationIds: z.array(Id).default([]),
  }),
  z.object({ id: Id, type: z.literal('text'), title: z.string().default(''), body: z.array(Block).default([]) }),
]);
export type KitSection = z.infer<typeof KitSection>;

export const OutreachTemplate = z.object({ subject: z.string().default(''), body: z.string().default('') });
export type OutreachTemplate = z.infer<typeof OutreachTemplate>;

export const OutreachLogEntry = z.object({
  at: IsoDateTime,
  to: z.array(z.object({ contactId: Id.nullable(), name: z.string(), email: z.string() })),
  mode: z.enum(['per-recipient', 'bcc']),
  files: z.array(z.object({ name: z.string(), sha256: Sha256, bytes: z.number().int() })),
  subject: z.string(),
  /** Who made the drafts (settings.displayName). */
  by: z.string().optional(),
});
export type OutreachLogEntry = z.infer<typeof OutreachLogEntry>;

export const Kit = EntityMeta.extend({
  name: z.string().min(1),
  event: z
    .object({ name: z.string().default(''), date: IsoDate.nullable().default(null), location: z.string().default('') })
    .default({ name: '', date: null, location: '' }),
  lang: Lang,
  pageSize: z.enum(['letter', 'a4']).default('letter'),
  cover: z
    .object({ show: z.boolean().default(true), logoIds: z.array(Id).default([]), subtitle: z.string().default('') })
    .default({ show: true, logoIds: [], subtitle: '' }),
  sections: z.array(KitSection).default([]),
  /**
   * Each About text and each contact is printed once per kit. When a release and one of the kit's own
   * About/Contacts sections both carry it, it is printed in the kit's section ("kit-sections") or on
   * the release page ("release-pages"); the other place leaves it out. Optional (absent: "kit-sections"),
   * so code that builds kits needs no change.
   */
  printOnce: z.enum(['kit-sections', 'release-pages']).optional(),
  theme: z
    .object({
      accent: z.string().regex(/^#[0-9a-fA-F]{6}$/).default('#1f4e79'),
      font: z.enum(['serif', 'sans']).default('sans'),
    })
    .default({ accent: '#1f4e79', font: 'sans' }),
  outreach: z
    .object({
      templates: z.partialRecord(BaseLang, OutreachTemplate).default({}),
      log: z.array(OutreachLogEntry).default([]),
    })
    .default({ templates: {}, log: [] }),
});
export type Kit = z.infer<typeof Kit>;

export const Settings = z.object({
  uiLang: z.enum(['fr', 'en']).nullable().default(null),
  /** How this officer is named in history entries and the outreach log ("who changed the headline"). */
  displayName: z.string().max(120).default(''),
  sender: z
    .object({ name: z.string().default(''), email: z.string().default(''), signature: z.string().default('') })
    .default({ name: '', email: '', signature: '' }),
  /** A signature per language family; `sender.signature` signs the languages that have none. */
  signatures: z.partialRecord(BaseLang, z.string()).default({}),
  /** What a new kit starts with; null: the language of its releases (or the interface's), Letter or A4 by that language. */
  defaults: z
    .object({ pageSize: z.enum(['letter', 'a4']).nullable().default(null), lang: Lang.nullable().default(null) })
    .default({ pageSize: null, lang: null }),
});
export type Settings = z.infer<typeof Settings>;
