import { isDraft, original, type Draft } from 'immer';
import { ENTITY_KINDS, newId } from '../../model/constants.js';
import { AppError } from '../../model/errors.js';
import { ENTITY_SCHEMAS, type CollectionName, type LibraryDocument } from '../../model/library-document.js';
import type { HandlerContext, HandlersFor } from '../define.js';
import { entityMethodEntries, type CrudVerb, type EntityMethods } from '../contract/entities.js';
import { afterUpdate, beforeCreate, beforeUpdate } from './entity-links.js';

/** What every stored entity has (a type, not an interface, so it reads as a plain record too). */
type Stored = {
  id: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

export function notFound(ctx: HandlerContext, collection: CollectionName, id: string): AppError {
  const noun = ENTITY_KINDS[collection].nouns;
  return new AppError('NOT_FOUND', ctx.uiLang === 'fr' ? `${noun.frNone} avec l’identifiant ${id}.` : `No ${noun.en} with id ${id}.`, { collection, id });
}

export function findLive<C extends CollectionName>(ctx: HandlerContext, collection: C, id: string): LibraryDocument[C][number] {
  const found = (ctx.library.doc[collection] as readonly Stored[]).find((e) => e.id === id && !e.deletedAt);
  if (!found) throw notFound(ctx, collection, id);
  return found as LibraryDocument[C][number];
}

function draftList(draft: Draft<LibraryDocument>, collection: CollectionName): Stored[] {
  return draft[collection];
}

function indexIn(ctx: HandlerContext, list: readonly Stored[], collection: CollectionName, id: string): number {
  // Searched in the plain array: scanning immer's draft would make a proxy of every entity passed.
  const plain = isDraft(list) ? (original(list) ?? list) : list;
  const at = plain.findIndex((e) => e.id === id);
  if (at < 0) throw notFound(ctx, collection, id);
  return at;
}

/** Parses through the entity's schema, so defaults are filled and nothing invalid is stored. */
function parseEntity<C extends CollectionName>(collection: C, value: unknown): LibraryDocument[C][number] {
  const result = ENTITY_SCHEMAS[collection].safeParse(value);
  if (!result.success) {
    const first = result.error.issues[0];
    // The field and the schema's own words (English): only the punctuation and the fallback change in French.
    throw new AppError(
      'INVALID_INPUT',
      {
        en: `${first ? first.path.join('.') + ': ' + first.message : 'invalid'}`,
        fr: `${first ? first.path.join('.') + '\u00a0: ' + first.message : 'données invalides'}`,
      },
      { issues: result.error.issues },
    );
  }
  return result.data as LibraryDocument[C][number];
}

type HistoryLine = { at: string; event: string; detail: string; by?: string };

/** The officer's name on history lines ("who changed the headline"), so it survives a team library's sync. */
function officer(ctx: HandlerContext): string {
  const s = ctx.library.doc.settings;
  return s.displayName || s.sender.name;
}

function historyFor(collection: CollectionName, entity: Stored, event: 'created' | 'restored', at: string, by: string): void {
  if (collection !== 'releases') return;
  const release = entity as Stored & { history: HistoryLine[] };
  release.history.push(by ? { at, event, detail: '', by } : { at, event, detail: '' });
}

/** Autosave sends an edit every few keystrokes: one officer's edits within this window make one line. */
const COALESCE_MS = 15 * 60_000;
const NOT_CONTENT = new Set(['updatedAt', 'history', 'createdAt', 'id']);

/** Records which fields of a release changed, and who changed them, on its history. */
function historyOfUpdate(before: Stored, after: Stored, at: string, by: string): void {
  const prev: Record<string, unknown> = before;
  const next = after as Stored & Record<string, unknown> & { history: HistoryLine[] };
  const fields = Object.keys(next).filter((k) => !NOT_CONTENT.has(k) && JSON.stringify(prev[k]) !== JSON.stringify(next[k]));
  if (!fields.length) return;
  const history = [...next.history];
  const last = history.at(-1);
  if (last && last.event === 'updated' && (last.by ?? '') === by && Date.parse(at) - Date.parse(last.at) < COALESCE_MS) {
    const merged = [...new Set([...last.detail.split(', ').filter(Boolean), ...fields])];
    history[history.length - 1] = { ...last, at, detail: merged.join(', ') };
  } else {
    history.push(by ? { at, event: 'updated', detail: fields.join(', '), by } : { at, event: 'updated', detail: fields.join(', ') });
  }
  next.history = history;
}

/** Reads back after a mutation: drafts are revoked once `mutate` returns, the stored state is not. */
function stored<C extends CollectionName>(ctx: HandlerContext, collection: C, id: string): LibraryDocument[C][number] {
  const found = (ctx.library.doc[collection] as readonly Stored[]).find((e) => e.id === id);
  if (!found) throw notFound(ctx, collection, id);
  return found as LibraryDocument[C][number];
}

function handlersFor<C extends CollectionName>(collection: C) {
  return {
    list: async (input: { includeDeleted: boolean }, ctx: HandlerContext) =>
      (ctx.library.doc[collection] as readonly Stored[]).filter((e) => input.includeDeleted || !e.deletedAt) as LibraryDocument[C],
    get: async (input: { id: string }, ctx: HandlerContext) => findLive(ctx, collection, input.id),
    create: async (input: { data: object }, ctx: HandlerContext) => {
      const now = new Date().toISOString();
      const entity = parseEntity(collection, { ...input.data, id: newId(ENTITY_KINDS[collection].kind), createdAt: now, updatedAt: now, deletedAt: null }) as Stored;
      historyFor(collection, entity, 'created', now, officer(ctx));
      beforeCreate(collection, entity);
      return ctx.library.mutate((draft) => {
        draftList(draft, collection).push(entity);
        return entity as LibraryDocument[C][number];
      });
    },
    update: async (input: { id: string; patch: object }, ctx: HandlerContext) => {
      const current = findLive(ctx, collection, input.id) as Stored;
      const defined = Object.fromEntries(Object.entries(input.patch).filter(([, v]) => v !== undefined));
      const at = new Date().toISOString();
      const next = parseEntity(collection, { ...current, ...defined, id: current.id, createdAt: current.createdAt, updatedAt: at });
      if (collection === 'releases' && !('history' in defined)) historyOfUpdate(current, next as Stored, at, officer(ctx));
      beforeUpdate(collection, current, next, defined);
      return ctx.library.mutate((draft) => {
        const list = draftList(draft, collection);
        list[indexIn(ctx, list, collection, input.id)] = next as Stored;
        afterUpdate(collection, current, next, draft, at);
        return next;
      });
    },
    delete: async (input: { id: string }, ctx: HandlerContext) => {
      await ctx.library.mutate((draft) => {
        const list = draftList(draft, collection);
        const entity = list[indexIn(ctx, list, collection, input.id)]!;
        if (!entity.deletedAt) entity.deletedAt = new Date().toISOString();
      });
      return stored(ctx, collection, input.id);
    },
    restore: async (input: { id: string }, ctx: HandlerContext) => {
      await ctx.library.mutate((draft) => {
        const list = draftList(draft, collection);
        const entity = list[indexIn(ctx, list, collection, input.id)]!;
        if (entity.deletedAt) {
          const now = new Date().toISOString();
          entity.deletedAt = null;
          entity.updatedAt = now;
          historyFor(collection, entity, 'restored', now, officer(ctx));
        }
      });
      return stored(ctx, collection, input.id);
    },
  };
}

type Handler = (input: never, ctx: HandlerContext) => Promise<unknown>;

// Each row is typed by handlersFor against its collection's entity; TypeScript cannot follow the
// keys Object.fromEntries makes, so the table as a whole is given the type the contract spells out.
export const entityHandlers = Object.fromEntries(
  entityMethodEntries<Handler>((c) => handlersFor(c) satisfies Record<CrudVerb, Handler>),
) as HandlersFor<EntityMethods>;
