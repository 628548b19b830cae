import { z } from 'zod';
import { EXPORT_FORMATS } from '../../export/formats.js';
import { Id } from '../../model/common.js';
import { read } from '../define.js';

const VcardInput = z
  .object({
    /** These contacts, in this order; with neither this nor sheetId, every contact not in the trash. */
    contactIds: z.array(Id).min(1).max(100_000).optional(),
    /** A contact sheet's contacts, in the sheet's order. */
    sheetId: Id.optional(),
    /** Add each contact's private notes (NOTE): for the officer's own address book, never for a journalist. */
    notes: z.boolean().default(false),
  })
  .refine((i) => !(i.contactIds && i.sheetId), { message: 'give contactIds or sheetId, not both', path: ['sheetId'] });

export const contactsMethods = {
  'contacts.vcard': read({
    withoutLock: true,
    // Without ids, every contact: the whole library is read.
    reads: (input) => (input.sheetId ? [input.sheetId] : input.contactIds),
    summary:
      "Contacts as one vCard 4.0 file for the officer's own address book: the given contacts, a sheet's, or all of them; the private notes only with notes: true.",
    input: VcardInput,
    output: z.object({
      /** A file name to save it under: the sheet's name, "contacts" or "contacts-selection"; "-with-notes" when notes are in it. */
      fileName: z.string(),
      mediaType: z.literal(EXPORT_FORMATS.vcf.mime),
      text: z.string(),
      /** Cards in the file. */
      count: z.number().int().nonnegative(),
      /** Cards that carry the contact's private notes (0 unless notes were asked for). */
      withNotes: z.number().int().nonnegative(),
      /** Contacts of the sheet left out because they are in the trash or gone. */
      leftOut: z.number().int().nonnegative(),
    }),
  }),
};
