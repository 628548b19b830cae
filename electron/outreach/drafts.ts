import { createHash } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { writeNewFile } from '../export/output-file.js';
import path from 'node:path';
import { AppError, type OutreachLogEntry } from '../model/index.js';
import { composeDraft, type DraftSpec } from './compose.js';
import type { OutreachPlan } from './plan.js';
import { refuseIfTooLarge, sizeWarning, type DraftRecipient } from './size.js';
import type { Warning } from '../model/warnings.js';
import type { Mailbox, UiLang } from './types.js';

export interface WrittenDraft {
  path: string;
  /** Who the draft reaches: its To, or its Bcc list. */
  to: Mailbox[];
  bytes: number;
}

function who(draft: DraftSpec): DraftRecipient {
  if (draft.bcc.length) return { to: '', bcc: draft.bcc.length };
  const to = draft.to[0];
  return { to: to ? (to.name ? `${to.name} <${to.email}>` : to.email) : '?', bcc: 0 };
}

/** Encodes the first draft: every draft of a mailing carries the same files, so it stands for all. */
export async function estimateDraft(plan: OutreachPlan, uiLang: UiLang): Promise<{ bytes: number; warnings: Warning[]; tooLarge: string | null }> {
  const first = plan.drafts[0];
  if (!first) return { bytes: 0, warnings: [], tooLarge: null };
  const bytes = (await composeDraft(first)).byteLength;
  const warning = sizeWarning(bytes, who(first), first.attachments);
  let tooLarge: string | null = null;
  try {
    refuseIfTooLarge(bytes, who(first), first.attachments, uiLang);
  } catch (err) {
    if (!(err instanceof AppError)) throw err;
    tooLarge = err.message;
  }
  return { bytes, warnings: warning && !tooLarge ? [warning] : [], tooLarge };
}

/**
 * Encodes and writes every draft into `dir`. The first is measured before anything is written,
 * so a mailing over the limit leaves no half-made folder; each one is then written as soon as it
 * is encoded, so a list of two hundred journalists never holds two hundred copies of the PDF in memory.
 */
export async function writeDrafts(plan: OutreachPlan, dir: string, uiLang: UiLang): Promise<{ files: WrittenDraft[]; warnings: Warning[] }> {
  const first = plan.drafts[0];
  if (!first) return { files: [], warnings: [] };
  const firstBytes = await composeDraft(first);
  refuseIfTooLarge(firstBytes.byteLength, who(first), first.attachments, uiLang);
  await mkdir(dir, { recursive: true });
  const files: WrittenDraft[] = [];
  let largest = { bytes: 0, draft: first };
  try {
    for (const draft of plan.drafts) {
      const bytes = draft === first ? firstBytes : await composeDraft(draft);
      refuseIfTooLarge(bytes.byteLength, who(draft), draft.attachments, uiLang);
      // Never over a file already there (an earlier mailing, a planted link): a free name instead.
      const file = await writeNewFile(dir, draft.fileName, bytes);
      files.push({ path: file, to: draft.bcc.length ? draft.bcc : draft.to, bytes: bytes.byteLength });
      if (bytes.byteLength > largest.bytes) largest = { bytes: bytes.byteLength, draft };
    }
  } catch (err) {
    await Promise.all(files.map((f) => rm(f.path, { force: true })));
    if (err instanceof AppError) throw err;
    const why = (err as Error).message;
    throw new AppError('WRITE_FAILED', { en: `${dir}: ${why}`, fr: `${dir}\u00a0: les brouillons n’ont pas pu être écrits (${why}).` });
  }
  const warning = sizeWarning(largest.bytes, who(largest.draft), largest.draft.attachments);
  return { files, warnings: warning ? [warning] : [] };
}

/** What the officer will want to know later: when, to whom, how, and exactly which files (by hash). */
export function logEntry(plan: OutreachPlan, at: Date, by = ''): OutreachLogEntry {
  const attachments = plan.drafts[0]?.attachments ?? [];
  return {
    ...(by ? { by } : {}),
    at: at.toISOString(),
    to: plan.recipients.map((r) => ({ contactId: r.contactId, name: r.name, email: r.email })),
    mode: plan.mode,
    files: attachments.map((a) => ({ name: a.name, sha256: createHash('sha256').update(a.bytes).digest('hex'), bytes: a.bytes.byteLength })),
    subject: plan.sample.subject,
  };
}
