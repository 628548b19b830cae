import { AppError } from '../model/errors.js';
import type { OutreachAttachment, UiLang } from './types.js';

/** Above this, many servers and corporate gateways start refusing or stripping attachments. */
export const WARN_DRAFT_BYTES = 10 * 1024 * 1024;
/** Gmail's and Outlook.com's limit for a whole message, encoding included. */
export const MAX_DRAFT_BYTES = 25 * 1024 * 1024;

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Base64 grows a file by a third, plus a line break every 76 characters. */
export function encodedSize(bytes: number): number {
  const chars = Math.ceil(bytes / 3) * 4;
  return chars + Math.ceil(chars / 76) * 2;
}

function heaviest(attachments: readonly OutreachAttachment[]): string {
  return [...attachments]
    .sort((a, b) => b.bytes.byteLength - a.bytes.byteLength)
    .slice(0, 3)
    .map((a) => `${a.name} (${mb(encodedSize(a.bytes.byteLength))})`)
    .join(', ');
}

export function sizeWarning(draftBytes: number, who: string, attachments: readonly OutreachAttachment[], uiLang: UiLang): string | null {
  if (draftBytes <= WARN_DRAFT_BYTES) return null;
  return uiLang === 'fr'
    ? `Le brouillon pour ${who} pèse ${mb(draftBytes)} une fois encodé, plus que les 10 MB que beaucoup de serveurs de courriel acceptent. Le plus lourd\u00a0: ${heaviest(attachments)}.`
    : `The draft to ${who} weighs ${mb(draftBytes)} once encoded, more than the 10 MB many mail servers accept. Heaviest: ${heaviest(attachments)}.`;
}

export function tooLargeMessage(draftBytes: number, who: string, attachments: readonly OutreachAttachment[], uiLang: UiLang): string {
  return uiLang === 'fr'
    ? `Le brouillon pour ${who} pèserait ${mb(draftBytes)} une fois encodé, au-delà des 25 MB que la plupart des messageries acceptent. Pour passer sous la limite, joignez seulement le PDF ou utilisez des logos plus légers dans le dossier. Le plus lourd\u00a0: ${heaviest(attachments)}.`
    : `The draft to ${who} would weigh ${mb(draftBytes)} once encoded, above the 25 MB most mail services accept. To get under it, attach the PDF only, or use smaller logos in the kit. Heaviest: ${heaviest(attachments)}.`;
}

export function refuseIfTooLarge(draftBytes: number, who: string, attachments: readonly OutreachAttachment[], uiLang: UiLang): void {
  if (draftBytes > MAX_DRAFT_BYTES) {
    throw new AppError('TOO_LARGE_FOR_EMAIL', tooLargeMessage(draftBytes, who, attachments, uiLang), {
      bytes: draftBytes,
      limit: MAX_DRAFT_BYTES,
      attachments: attachments.map((a) => ({ name: a.name, bytes: a.bytes.byteLength })),
    });
  }
}
