import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { Mailbox, OutreachAttachment } from './types.js';

export interface DraftSpec {
  fileName: string;
  from: Mailbox | null;
  to: Mailbox[];
  bcc: Mailbox[];
  subject: string;
  text: string;
  html: string;
  attachments: readonly OutreachAttachment[];
  date: Date;
}

/**
 * One RFC 5322 message, composed by nodemailer's MailComposer: encoded words for the subject and
 * display names, RFC 2231 for attachment names, quoted-printable UTF-8 bodies, base64 attachments.
 * `X-Unsent: 1` makes Outlook open it as a draft ready to send; Apple Mail and Thunderbird open
 * it as a message that can be edited and sent again.
 */
export async function composeDraft(spec: DraftSpec): Promise<Buffer> {
  const composer = new MailComposer({
    ...(spec.from ? { from: address(spec.from) } : {}),
    ...(spec.to.length ? { to: spec.to.map(address) } : {}),
    ...(spec.bcc.length ? { bcc: spec.bcc.map(address) } : {}),
    subject: spec.subject,
    text: spec.text,
    html: spec.html,
    date: spec.date,
    messageId: messageId(spec.from),
    headers: { 'X-Unsent': '1' },
    textEncoding: 'quoted-printable',
    attachments: spec.attachments.map((a) => ({
      filename: a.name,
      content: Buffer.from(a.bytes.buffer, a.bytes.byteOffset, a.bytes.byteLength),
      contentType: a.contentType,
      contentDisposition: 'attachment' as const,
    })),
  });
  const node = composer.compile();
  // A Bcc draft is only useful if the Bcc list survives into the file: the mail app sends it.
  node.keepBcc = true;
  return node.build();
}

function address(m: Mailbox): { name: string; address: string } | string {
  return m.name ? { name: m.name, address: m.email } : m.email;
}

function messageId(from: Mailbox | null): string {
  const domain = from?.email.split('@')[1] ?? '';
  const safe = /^[A-Za-z0-9.-]+$/.test(domain) ? domain : 'mediakit.invalid';
  return `<${randomUUID()}@${safe}>`;
}
