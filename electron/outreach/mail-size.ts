/**
 * The one e-mail size rule, owned by the layer that writes e-mails and read by everyone who warns
 * about it (the export dialog, the kit editor's meter, the drafts). It imports nothing, so the
 * interface can read it too. Sizes are of the message once encoded: what a mail server counts.
 */

/** Above this, many servers and corporate gateways start refusing or stripping attachments: warn. */
export const MAIL_WARN_BYTES = 10 * 1024 * 1024;
/** Gmail's and Outlook.com's limit for a whole message, encoding included: refuse. */
export const MAIL_MAX_BYTES = 25 * 1024 * 1024;

/** Base64 grows a file by a third, plus a line break every 76 characters. */
export function encodedSize(bytes: number): number {
  const chars = Math.ceil(bytes / 3) * 4;
  return chars + Math.ceil(chars / 76) * 2;
}

/**
 * What of an export's files would be attached to an e-mail: the ZIP alone if there is one (it
 * holds the rest), else every file but the HTML (the PDF's source, never sent).
 */
export function mailAttachments<F extends { format: string }>(files: readonly F[]): F[] {
  const zip = files.find((f) => f.format === 'zip');
  return zip ? [zip] : files.filter((f) => f.format !== 'html');
}

/** The encoded size, in a message, of an export's files as mailAttachments picks them. */
export function attachedSize(files: ReadonlyArray<{ format: string; bytes: number }>): number {
  return mailAttachments(files).reduce((n, f) => n + encodedSize(f.bytes), 0);
}
