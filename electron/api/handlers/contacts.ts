import { EXPORT_FORMATS } from '../../export/formats.js';
import { slugify } from '../../export/file-names.js';
import { officerCard, vcardText } from '../../export/vcard.js';
import type { Contact } from '../../model/entities.js';
import type { contactsMethods } from '../contract/contacts.js';
import type { HandlerContext, HandlersFor } from '../define.js';
import { findLive } from './entities.js';

/** The contacts asked for, in order, each once; a sheet's contacts in the trash or gone are counted, not exported. */
function chosen(ctx: HandlerContext, input: { contactIds?: string[] | undefined; sheetId?: string | undefined }): { contacts: Contact[]; leftOut: number; stem: string } {
  const doc = ctx.library.doc;
  if (input.sheetId) {
    const sheet = findLive(ctx, 'sheets', input.sheetId);
    const live = new Map(doc.contacts.filter((c) => !c.deletedAt).map((c) => [c.id, c]));
    const ids = [...new Set(sheet.contactIds)];
    const contacts = ids.map((id) => live.get(id)).filter((c): c is Contact => !!c);
    return { contacts, leftOut: ids.length - contacts.length, stem: slugify(sheet.name, 'contacts') };
  }
  if (input.contactIds) {
    const contacts = [...new Set(input.contactIds)].map((id) => findLive(ctx, 'contacts', id));
    const one = contacts.length === 1 ? contacts[0]! : null;
    return { contacts, leftOut: 0, stem: one ? slugify(one.name || `${one.firstName} ${one.lastName}`, 'contact') : 'contacts-selection' };
  }
  return { contacts: doc.contacts.filter((c) => !c.deletedAt), leftOut: 0, stem: 'contacts' };
}

export const contactsHandlers: HandlersFor<typeof contactsMethods> = {
  'contacts.vcard': async (input, ctx) => {
    const { contacts, leftOut, stem } = chosen(ctx, input);
    const cards = contacts.map((c) => officerCard(ctx.library.doc, c, input.notes));
    const withNotes = cards.filter((c) => c.note).length;
    // A file that carries private notes says so in its name, so it is not attached to a pitch by mistake.
    const suffix = withNotes ? (ctx.uiLang === 'fr' ? '-avec-notes' : '-with-notes') : '';
    return {
      fileName: `${stem}${suffix}.${EXPORT_FORMATS.vcf.extension}`,
      mediaType: EXPORT_FORMATS.vcf.mime,
      text: vcardText(cards),
      count: cards.length,
      withNotes,
      leftOut,
    };
  },
};
