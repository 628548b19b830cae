import { z } from 'zod';
import { Id } from '../../model/common.js';
import { COLLECTIONS } from '../../model/library-document.js';
import { read, write } from '../define.js';

const Collection = z.enum(COLLECTIONS);
const Text = z.union([z.string(), z.object({ en: z.string(), fr: z.string() })]);
const Version = z.object({ rev: z.string(), by: z.string(), entity: z.record(z.string(), z.unknown()) });

export const SyncStatusOutput = z.object({
  configured: z.boolean(),
  url: z.string().nullable(),
  user: z.string().nullable(),
  phase: z.enum(['off', 'idle', 'syncing', 'up-to-date', 'offline', 'error']),
  live: z.boolean(),
  pending: z.number(),
  conflicts: z.array(z.object({ id: z.string(), collection: Collection, since: z.string() })),
  refused: z.array(z.object({ id: z.string(), reason: Text, at: z.string() })),
  notices: z.array(z.object({ id: z.string(), collection: Collection, kind: z.literal('edit-kept-over-delete'), at: z.string() })),
  lastSync: z.object({ at: z.string(), pushed: z.number(), pulled: z.number() }).nullable(),
  lastError: z.object({ at: z.string(), code: z.string(), message: Text }).nullable(),
  passwordKnown: z.boolean(),
});

export const syncMethods = {
  'sync.status': read({
    withoutLock: true,
    summary: 'Whether this library is in a team library, and how its sync is doing (up to date, syncing, offline, conflicts).',
    input: z.object({}).default({}),
    output: SyncStatusOutput,
  }),
  'sync.setup': write({
    summary: 'Join a team library: its database address (https://, or http:// on this computer) and user. The password is kept outside the library.',
    input: z.object({ url: z.string().min(1).max(2000), user: z.string().max(200).default(''), password: z.string().max(1000).optional() }),
    output: SyncStatusOutput,
  }),
  'sync.run': write({
    summary: 'Sync once: send this library’s changes and bring the team’s, then stop.',
    input: z.object({}).default({}),
    output: z.object({
      pushed: z.number(),
      pulled: z.number(),
      sent: z.number(),
      received: z.number(),
      conflicts: z.array(z.string()),
      refused: z.array(z.object({ id: z.string(), reason: Text, at: z.string() })),
    }),
  }),
  'sync.start': write({ summary: 'Keep syncing while the app is open.', input: z.object({}).default({}), output: SyncStatusOutput }),
  'sync.stop': write({ summary: 'Stop syncing until the next start.', input: z.object({}).default({}), output: SyncStatusOutput }),
  'sync.leave': write({
    summary: 'Leave the team library: this library keeps everything it holds and stops syncing.',
    input: z.object({}).default({}),
    output: SyncStatusOutput,
  }),
  'sync.conflicts': read({
    withoutLock: false,
    summary: 'The entities two officers changed at once, with both versions side by side.',
    input: z.object({}).default({}),
    output: z.array(z.object({ id: z.string(), collection: Collection, since: z.string(), mine: Version, theirs: Version, fields: z.array(z.string()) })),
  }),
  'sync.resolve': write({
    summary: 'End a conflict: keep mine, keep theirs, or pick field by field. Every library sees the result after its next sync.',
    input: z.discriminatedUnion('choice', [
      z.object({ id: Id, choice: z.literal('mine') }),
      z.object({ id: Id, choice: z.literal('theirs') }),
      z.object({ id: Id, choice: z.literal('merge'), fields: z.record(z.string(), z.enum(['mine', 'theirs'])) }),
    ]),
    output: z.object({ id: z.string(), collection: Collection }),
  }),
};
