/** Plain data in and out of the outreach core, so it can be tested without a library or a browser. */

export const OUTREACH_MODES = ['per-recipient', 'bcc'] as const;
export type OutreachMode = (typeof OUTREACH_MODES)[number];

export const ATTACH_FORMATS = ['pdf', 'docx', 'zip'] as const;
export type AttachFormat = (typeof ATTACH_FORMATS)[number];

export interface OutreachAttachment {
  /** The name the journalist sees; may hold accents or Japanese (encoded per RFC 2231). */
  name: string;
  bytes: Uint8Array;
  contentType: string;
}

export interface Mailbox {
  name: string;
  email: string;
}

export interface Sender extends Mailbox {
  signature: string;
}

export interface Recipient extends Mailbox {
  contactId: string | null;
  /** What "Bonjour {{firstName}}," says: the given name (a Japanese name stays whole in a Western greeting). */
  firstName: string;
  /** The family name ("{{lastName}}様"); the full name when only that is known. */
  lastName: string;
  /** "Ms", "Mme", "Dr"… or empty. */
  honorific: string;
  organization: string;
}

export type SkipReason = 'opted-out' | 'no-email' | 'invalid-email' | 'deleted' | 'missing' | 'duplicate';

export interface SkippedContact {
  /** The contact as the officer knows it: name, else e-mail, else id. */
  contact: string;
  contactId: string;
  code: SkipReason;
  /** A sentence in the interface language. */
  reason: string;
}

export type UiLang = 'fr' | 'en';
