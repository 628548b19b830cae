/**
 * The name the journalist sees in the mail: the kit's own title, accents and Japanese kept
 * (MailComposer encodes it per RFC 2231), only the characters no file system accepts removed.
 * The export's ASCII name is the fallback when nothing readable is left.
 */
export function attachmentName(title: string, ext: string, fallback: string): string {
  const stem = title
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 80)
    .trim();
  return stem ? `${stem}.${ext}` : fallback;
}
