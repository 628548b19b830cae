import { formatDate } from '../locale/index.js';
import { warning, warningText, type Warning } from '../model/warnings.js';
import { AppError, baseLang, type Contact, type ContactSheet, type Kit, type LibraryDocument } from '../model/index.js';
import { renderHtmlBody, renderTextBody } from './body-html.js';
import type { DraftSpec } from './compose.js';
import { bccFileName, draftFileName } from './draft-names.js';
import { isValidEmail, parseMailbox } from './email-address.js';
import { kitEmbargo, type EmbargoText } from './embargo.js';
import { resolveRecipients } from './recipients.js';
import { fillBody, fillSubject, templateFor, type PlaceholderValues } from './templates.js';
import type { Mailbox, OutreachAttachment, OutreachMode, Recipient, Sender, SkippedContact, UiLang } from './types.js';

export interface OutreachRequest {
  kitId: string;
  sheetId: string;
  mode: OutreachMode;
  /** "Name <email>"; the sender in Settings otherwise. */
  from?: string | undefined;
  /** For this run only, instead of the kit's template (placeholders allowed). */
  subject?: string | undefined;
  body?: string | undefined;
}

export interface OutreachEnv {
  now: Date;
  uiLang: UiLang;
}

export interface OutreachPlan {
  kit: Kit;
  sheet: ContactSheet;
  mode: OutreachMode;
  sender: Sender;
  recipients: Recipient[];
  skipped: SkippedContact[];
  embargo: EmbargoText | null;
  drafts: DraftSpec[];
  /** One draft as it will read, for the preview: the first recipient's, or the Bcc one. */
  sample: { subject: string; text: string; html: string };
  warnings: Warning[];
}

export function findKit(doc: LibraryDocument, kitId: string, uiLang: UiLang): Kit {
  const kit = doc.kits.find((k) => k.id === kitId && !k.deletedAt);
  if (!kit) throw new AppError('NOT_FOUND', uiLang === 'fr' ? `Aucune trousse média avec l’identifiant ${kitId}.` : `No kit with id ${kitId}.`);
  return kit;
}

export function findSheet(doc: LibraryDocument, sheetId: string, uiLang: UiLang): ContactSheet {
  const sheet = doc.sheets.find((s) => s.id === sheetId && !s.deletedAt);
  if (!sheet) throw new AppError('NOT_FOUND', uiLang === 'fr' ? `Aucune liste de contacts avec l’identifiant ${sheetId}.` : `No contact sheet with id ${sheetId}.`);
  return sheet;
}

/**
 * Everything about a mailing except the encoded bytes: who, what each draft says, what is attached.
 * Pure: the same library, request, attachments and clock give the same drafts.
 */
export function planOutreach(
  doc: LibraryDocument,
  request: OutreachRequest,
  attachments: readonly OutreachAttachment[],
  env: OutreachEnv,
): OutreachPlan {
  const { uiLang } = env;
  const kit = findKit(doc, request.kitId, uiLang);
  const sheet = findSheet(doc, request.sheetId, uiLang);
  const settings = doc.settings.sender;
  // The signature of the kit's language family, else the one for every language.
  const signature = doc.settings.signatures[baseLang(kit.lang)]?.trim() ? doc.settings.signatures[baseLang(kit.lang)]! : settings.signature;
  const sender: Sender = request.from?.trim()
    ? { ...parseMailbox(request.from, uiLang), signature }
    : { name: settings.name.trim(), email: settings.email.trim(), signature };
  if (sender.email && !isValidEmail(sender.email)) {
    throw new AppError(
      'INVALID_INPUT',
      uiLang === 'fr'
        ? `L’adresse de l’expéditeur dans les Réglages n’est pas valide\u00a0: «\u00a0${sender.email}\u00a0». Corrigez-la, ou passez --from «\u00a0Nom <adresse>\u00a0».`
        : `The sender address in Settings is not valid: "${sender.email}". Fix it, or pass --from "Name <address>".`,
    );
  }
  const from: Mailbox | null = sender.email ? { name: sender.name, email: sender.email } : null;
  const { recipients, skipped } = resolveRecipients(sheet, doc.contacts as Contact[], uiLang);
  const embargo = kitEmbargo(kit, doc.releases, env.now);
  const template = templateFor(kit);
  const subjectTemplate = request.subject?.trim() ? request.subject : template.subject;
  const bodyTemplate = request.body?.trim() ? request.body : template.body;
  const warnings: Warning[] = [];

  const common = {
    kitName: kit.name.trim(),
    eventName: kit.event.name.trim(),
    eventDate: kit.event.date ? formatDate(kit.event.date, kit.lang) : '',
    eventLocation: kit.event.location.trim(),
    senderName: sender.name,
  };
  const write = (who: Recipient | null) => {
    const values: PlaceholderValues = {
      ...common,
      firstName: who?.firstName ?? '',
      lastName: who ? who.lastName || who.name : '',
      honorific: who?.honorific ?? '',
      // "Dear Ms Tremblay,": the honorific and the family name when both are known, else the full name.
      formalName: who ? (who.honorific && who.lastName ? `${who.honorific} ${who.lastName}` : who.name) : '',
      name: who?.name ?? '',
      organization: who?.organization ?? '',
    };
    let subject = fillSubject(subjectTemplate, values);
    if (embargo && !/embargo|報道解禁/i.test(subject)) subject = kit.lang === 'ja' ? `${embargo.subject}${subject}` : `${embargo.subject} – ${subject}`;
    const { body, signature } = withSignature(fillBody(bodyTemplate, values), sender.signature);
    const notice = embargo?.body;
    const parts = { body, signature, ...(notice ? { notice } : {}) };
    return { subject, text: renderTextBody(parts), html: renderHtmlBody({ ...parts, lang: kit.lang, subject }) };
  };

  const drafts: DraftSpec[] = [];
  const taken = new Set<string>();
  if (request.mode === 'bcc') {
    if (!from) throw noSender(uiLang);
    const mail = write(null);
    if (recipients.length) {
      drafts.push({ fileName: bccFileName(sheet.name, taken), from, to: [from], bcc: recipients.map(mailbox), ...mail, attachments, date: env.now });
    }
  } else {
    if (!from) warnings.push(warning('NO_SENDER'));
    recipients.forEach((r, i) => {
      drafts.push({ fileName: draftFileName(i, recipients.length, r, taken), from, to: [mailbox(r)], bcc: [], ...write(r), attachments, date: env.now });
    });
  }
  if (!recipients.length) warnings.push(warning('NO_RECIPIENTS', { sheet: sheet.name, skipped: skipped.length }));
  const first = drafts[0];
  const sample = first ? { subject: first.subject, text: first.text, html: first.html } : write(null);
  return { kit, sheet, mode: request.mode, sender, recipients, skipped, embargo, drafts, sample, warnings };
}

function mailbox(r: Recipient): Mailbox {
  return { name: r.name, email: r.email };
}

/**
 * The signature usually starts with the sender's name, which the body already ends with: the rest
 * of it then goes right under that name, as one signature block.
 */
function withSignature(body: string, signature: string): { body: string; signature: string } {
  const lines = signature.replace(/\r\n?/g, '\n').trim().split('\n');
  const lastOfBody = body.trim().split('\n').pop()?.trim() ?? '';
  if (lines.length > 1 && lastOfBody && lines[0]?.trim() === lastOfBody) return { body: `${body}\n${lines.slice(1).join('\n').trim()}`, signature: '' };
  if (lines.length === 1 && lines[0]?.trim() === lastOfBody) return { body, signature: '' };
  return { body, signature: lines.join('\n').trim() };
}

/** A Bcc draft is addressed to its sender: without one it cannot be made. */
function noSender(uiLang: UiLang): AppError {
  return new AppError(
    'INVALID_INPUT',
    uiLang === 'fr'
      ? 'Un envoi en copie cachée est adressé à vous-même\u00a0: indiquez votre nom et votre adresse dans les Réglages (expéditeur), ou passez --from «\u00a0Nom <adresse>\u00a0».'
      : 'A Bcc draft is addressed to yourself: set your name and e-mail in Settings (sender), or pass --from "Name <address>".',
  );
}

/** The media list has nobody to write to (the same words as the warning the preview shows). */
export function nobody(sheet: ContactSheet, skipped: number, uiLang: UiLang): string {
  return warningText(warning('NO_RECIPIENTS', { sheet: sheet.name, skipped }), uiLang);
}
