import { AppError } from '../model/errors.js';
import { formatSize } from '../model/sizes.js';
import { warning, type Warning } from '../model/warnings.js';
import { encodedSize, MAIL_MAX_BYTES, MAIL_WARN_BYTES } from './mail-size.js';
import type { OutreachAttachment, UiLang } from './types.js';

export { encodedSize, MAIL_MAX_BYTES, MAIL_WARN_BYTES } from './mail-size.js';

/** Who a draft goes to, as the size warning and refusal name it. */
export interface DraftRecipient {
  to: string;
  bcc: number;
}

function heaviest(attachments: readonly OutreachAttachment[]): Array<{ name: string; bytes: number }> {
  return [...attachments]
    .sort((a, b) => b.bytes.byteLength - a.bytes.byteLength)
    .slice(0, 3)
    .map((a) => ({ name: a.name, bytes: encodedSize(a.bytes.byteLength) }));
}

export function sizeWarning(draftBytes: number, who: DraftRecipient, attachments: readonly OutreachAttachment[]): Warning | null {
  if (draftBytes <= MAIL_WARN_BYTES) return null;
  return warning('DRAFT_OVER_MAIL_SIZE', { ...who, bytes: draftBytes, limit: MAIL_WARN_BYTES, heaviest: heaviest(attachments) });
}

function whoText(who: DraftRecipient, uiLang: UiLang): string {
  if (who.bcc) return uiLang === 'fr' ? `la liste (${who.bcc} destinataires en copie cachée)` : `the list (${who.bcc} Bcc recipients)`;
  return who.to;
}

export function tooLargeMessage(draftBytes: number, who: DraftRecipient, attachments: readonly OutreachAttachment[], uiLang: UiLang): string {
  const list = heaviest(attachments)
    .map((h) => `${h.name} (${formatSize(h.bytes, uiLang)})`)
    .join(', ');
  const size = formatSize(draftBytes, uiLang);
  const limit = formatSize(MAIL_MAX_BYTES, uiLang);
  return uiLang === 'fr'
    ? `Le brouillon pour ${whoText(who, uiLang)} pèserait ${size} une fois encodé, au-delà des ${limit} que la plupart des messageries acceptent. Pour passer sous la limite, joignez seulement le PDF ou utilisez des logos plus légers dans le dossier. Le plus lourd\u00a0: ${list}.`
    : `The draft to ${whoText(who, uiLang)} would weigh ${size} once encoded, above the ${limit} most mail services accept. To get under it, attach the PDF only, or use smaller logos in the kit. Heaviest: ${list}.`;
}

export function refuseIfTooLarge(draftBytes: number, who: DraftRecipient, attachments: readonly OutreachAttachment[], uiLang: UiLang): void {
  if (draftBytes > MAIL_MAX_BYTES) {
    throw new AppError('TOO_LARGE_FOR_EMAIL', tooLargeMessage(draftBytes, who, attachments, uiLang), {
      bytes: draftBytes,
      limit: MAIL_MAX_BYTES,
      attachments: attachments.map((a) => ({ name: a.name, bytes: a.bytes.byteLength })),
    });
  }
}
