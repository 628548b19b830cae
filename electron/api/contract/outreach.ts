import { z } from 'zod';
import { WarningOutput } from './warnings.js';
import { BaseLang, Id, IsoDateTime, Sha256 } from '../../model/common.js';
import { OutreachLogEntry } from '../../model/entities.js';
import { ATTACH_FORMATS, OUTREACH_MODES } from '../../outreach/types.js';
import { read, write } from '../define.js';

const Mailbox = z.object({ name: z.string(), email: z.string() });
const Skipped = z.object({
  contact: z.string(),
  contactId: z.string(),
  code: z.enum(['opted-out', 'no-email', 'invalid-email', 'deleted', 'missing', 'duplicate']),
  reason: z.string(),
});

const OutreachInput = z.object({
  kitId: Id,
  sheetId: Id,
  mode: z.enum(OUTREACH_MODES).default('per-recipient'),
  attach: z
    .array(z.enum(ATTACH_FORMATS))
    .min(1, 'attach at least one file (pdf, docx or zip)')
    .default(['pdf']),
  /** "Name <address>"; the sender in Settings otherwise. */
  from: z.string().max(320).optional(),
  /** For this run only, instead of the kit's template; placeholders allowed. */
  subject: z.string().max(998).optional(),
  body: z.string().max(100_000).optional(),
});

const Placeholders = z.array(z.string());

export const outreachMethods = {
  'outreach.preview': read({
    withoutLock: false,
    summary: 'One e-mail draft as it will read (subject, text, HTML), who receives it, who is skipped and why, and its encoded size.',
    input: OutreachInput,
    output: z.object({
      subject: z.string(),
      text: z.string(),
      html: z.string(),
      mode: z.enum(OUTREACH_MODES),
      from: Mailbox.nullable(),
      recipients: z.array(Mailbox.extend({ contactId: z.string().nullable() })),
      skipped: z.array(Skipped),
      attachments: z.array(z.object({ name: z.string(), bytes: z.number().int().nonnegative() })),
      drafts: z.number().int().nonnegative(),
      estimatedBytes: z.number().int().nonnegative(),
      /** Set when the drafts would be refused as too large, with what to do about it. */
      tooLarge: z.string().nullable(),
      warnings: z.array(WarningOutput),
    }),
  }),
  'outreach.create': write({
    summary: 'Write the e-mail drafts (.eml, X-Unsent) with the kit attached, one per recipient or one in Bcc, and log what was sent to whom.',
    input: OutreachInput.extend({
      /** A folder to write into; refused from the browser (drafts then go under the library's exports). */
      outDir: z.string().min(1).optional(),
    }),
    output: z.object({
      files: z.array(
        z.object({
          path: z.string(),
          name: z.string(),
          to: z.array(Mailbox),
          bytes: z.number().int().nonnegative(),
          /** The web host's address for the file, when it was written inside the library's exports. */
          download: z.string().nullable(),
        }),
      ),
      folder: z.string(),
      skipped: z.array(Skipped),
      warnings: z.array(WarningOutput),
      log: OutreachLogEntry,
    }),
  }),
  'outreach.template': read({
    withoutLock: false,
    summary: 'The outreach template a kit uses for a language family (its own, or the default), and the placeholders it may use.',
    input: z.object({ kitId: Id, lang: BaseLang.optional() }),
    output: z.object({ lang: BaseLang, subject: z.string(), body: z.string(), isDefault: z.boolean(), placeholders: Placeholders }),
  }),
  'outreach.saveTemplate': write({
    summary: 'Save the outreach template of a kit for one language family; an empty subject and body go back to the default.',
    input: z.object({ kitId: Id, lang: BaseLang, subject: z.string().max(998), body: z.string().max(100_000) }),
    output: z.object({ lang: BaseLang, subject: z.string(), body: z.string(), isDefault: z.boolean(), placeholders: Placeholders }),
  }),
  'outreach.log': read({
    withoutLock: false,
    summary: 'What was sent from a kit, newest first: when, to whom, how, and which files by SHA-256; optionally only what one contact or address got.',
    input: z.object({ kitId: Id, contactId: Id.optional(), email: z.string().optional() }),
    output: z.object({
      entries: z.array(
        z.object({
          at: IsoDateTime,
          to: z.array(z.object({ contactId: Id.nullable(), name: z.string(), email: z.string() })),
          mode: z.enum(OUTREACH_MODES),
          files: z.array(z.object({ name: z.string(), sha256: Sha256, bytes: z.number().int() })),
          subject: z.string(),
        }),
      ),
    }),
  }),
};
