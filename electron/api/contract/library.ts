import { z } from 'zod';
import { Id, Sha256 } from '../../model/common.js';
import { Settings } from '../../model/entities.js';
import { COLLECTIONS } from '../../model/library-document.js';
import { read, write } from '../define.js';

const Collection = z.enum(COLLECTIONS);

export const libraryMethods = {
  'library.info': read({
    withoutLock: true,
    summary: 'Where the library is, its schema version, and how many of each thing it holds.',
    input: z.object({}).default({}),
    output: z.object({
      path: z.string(),
      schemaVersion: z.number(),
      readOnly: z.boolean(),
      counts: z.record(Collection, z.number()),
      trash: z.number(),
      backups: z.number(),
      migrated: z.array(z.string()),
    }),
  }),
  'library.backups': read({
    withoutLock: true,
    summary: 'The copies of library.json kept after each save, newest first, each checked: good ones can be restored.',
    input: z.object({}).default({}),
    output: z.array(
      z.object({
        name: z.string(),
        path: z.string(),
        bytes: z.number(),
        savedAt: z.string(),
        good: z.boolean(),
        problem: z.object({ en: z.string(), fr: z.string() }).optional(),
      }),
    ),
  }),
  'library.restore': write({
    summary: 'Put a good backup back as library.json in the running app (the current file is kept aside).',
    input: z.object({ name: z.string().regex(/^library-[0-9TZ-]+\.json$/, 'a backup name from library.backups') }),
    output: z.object({ restored: z.string(), keptAside: z.string().nullable() }),
  }),
  'trash.list': read({
    withoutLock: true,
    summary: 'Everything in the trash, newest deletion first.',
    input: z.object({}).default({}),
    output: z.array(z.object({ collection: Collection, id: Id, title: z.string(), deletedAt: z.string() })),
  }),
  'trash.purge': write({
    summary: 'Delete for good: one item, or the whole trash when no id is given.',
    input: z.object({ collection: Collection.optional(), id: Id.optional() }).default({}),
    output: z.object({ purged: z.number() }),
  }),
  'search.query': read({
    withoutLock: true,
    summary: 'Find releases, contacts, logos, organizations, sheets and kits by any word (accents optional, prefixes match).',
    input: z.object({ q: z.string().max(500), limit: z.number().int().min(1).max(500).default(50), collections: z.array(Collection).optional() }),
    output: z.array(z.object({ collection: Collection, id: z.string(), title: z.string(), snippet: z.string(), score: z.number() })),
  }),
  'settings.get': read({
    withoutLock: true, summary: 'The library-wide settings (interface language, sender).', input: z.object({}).default({}), output: Settings }),
  'settings.update': write({
    summary: 'Change settings.',
    input: z.object({
      uiLang: z.enum(['fr', 'en']).nullable().optional(),
      displayName: z.string().max(120).optional(),
      sender: Settings.shape.sender.unwrap().partial().optional(),
      /** Per language family; an empty text removes that language's signature. */
      signatures: Settings.shape.signatures.unwrap().optional(),
      defaults: Settings.shape.defaults.unwrap().partial().optional(),
    }),
    output: Settings,
  }),
  'logos.image': read({
    withoutLock: true,
    summary: "A logo's thumbnail or original, as a data: URL the interface can show.",
    input: z.object({ id: Id, size: z.enum(['thumbnail', 'original']).default('thumbnail') }),
    output: z.object({ dataUrl: z.string(), sha256: Sha256 }),
  }),
};
