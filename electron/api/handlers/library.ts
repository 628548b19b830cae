import { COLLECTIONS, type CollectionName } from '../../model/library-document.js';
import type { HandlersFor } from '../define.js';
import type { libraryMethods } from '../contract/library.js';
import { findLive } from './entities.js';

interface Stored {
  id: string;
  deletedAt: string | null;
}

function titleOf(entity: object): string {
  const e = entity as { name?: string; headline?: string; emails?: string[] };
  return e.headline || e.name || e.emails?.[0] || '';
}

/** Ids other entities hold: a purged entity must not leave dangling references behind. */
function dropReferences(draft: Record<CollectionName, object[]>, collection: CollectionName, id: string): void {
  const strip = (list: string[]) => {
    for (let i = list.length - 1; i >= 0; i--) if (list[i] === id) list.splice(i, 1);
  };
  if (collection === 'organizations' || collection === 'contacts') {
    for (const r of draft.releases as { organizationIds: string[]; contactIds: string[] }[]) strip(collection === 'organizations' ? r.organizationIds : r.contactIds);
  }
  if (collection === 'contacts') for (const s of draft.sheets as { contactIds: string[] }[]) strip(s.contactIds);
  if (collection === 'organizations') {
    for (const l of draft.logos as { organizationId: string | null }[]) if (l.organizationId === id) l.organizationId = null;
    for (const c of draft.contacts as { organizationId: string | null }[]) if (c.organizationId === id) c.organizationId = null;
  }
  for (const k of draft.kits as { cover: { logoIds: string[] }; sections: Record<string, unknown>[] }[]) {
    if (collection === 'logos') strip(k.cover.logoIds);
    for (let i = k.sections.length - 1; i >= 0; i--) {
      const s = k.sections[i]!;
      if ((collection === 'releases' && s.releaseId === id) || (collection === 'sheets' && s.sheetId === id)) k.sections.splice(i, 1);
      if (collection === 'logos' && Array.isArray(s.logoIds)) strip(s.logoIds as string[]);
      if (collection === 'organizations' && Array.isArray(s.organizationIds)) strip(s.organizationIds as string[]);
    }
  }
}

export const libraryHandlers = {
  'library.info': async (_input, ctx) => ctx.library.info(),
  'library.backups': async (_input, ctx) => ctx.library.backups(),
  'library.restore': async (input, ctx) => ctx.library.restoreBackup(input.name),
  'trash.list': async (_input, ctx) => {
    const out = [];
    for (const collection of COLLECTIONS) {
      for (const e of ctx.library.doc[collection] as readonly (Stored & object)[]) {
        if (e.deletedAt) out.push({ collection, id: e.id, title: titleOf(e), deletedAt: e.deletedAt });
      }
    }
    return out.sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  },
  'trash.purge': async (input, ctx) =>
    ctx.library.mutate((draft) => {
      let purged = 0;
      for (const collection of COLLECTIONS) {
        if (input.collection && input.collection !== collection) continue;
        const list = draft[collection] as unknown as Stored[];
        for (let i = list.length - 1; i >= 0; i--) {
          const e = list[i]!;
          if (!e.deletedAt || (input.id && e.id !== input.id)) continue;
          list.splice(i, 1);
          dropReferences(draft as unknown as Record<CollectionName, object[]>, collection, e.id);
          purged++;
        }
      }
      return { purged };
    }),
  'search.query': async (input, ctx) => ctx.library.search(input.q, input.limit, input.collections),
  'settings.get': async (_input, ctx) => ctx.library.doc.settings,
  'settings.update': async (input, ctx) =>
    ctx.library.mutate((draft) => {
      if (input.uiLang !== undefined) draft.settings.uiLang = input.uiLang;
      if (input.displayName !== undefined) draft.settings.displayName = input.displayName.trim();
      if (input.sender) Object.assign(draft.settings.sender, Object.fromEntries(Object.entries(input.sender).filter(([, v]) => v !== undefined)));
      if (input.signatures) {
        for (const [lang, text] of Object.entries(input.signatures)) {
          if (text?.trim()) draft.settings.signatures[lang as keyof typeof input.signatures] = text;
          else delete draft.settings.signatures[lang as keyof typeof input.signatures];
        }
      }
      if (input.defaults) Object.assign(draft.settings.defaults, Object.fromEntries(Object.entries(input.defaults).filter(([, v]) => v !== undefined)));
      return { ...draft.settings, sender: { ...draft.settings.sender }, signatures: { ...draft.settings.signatures }, defaults: { ...draft.settings.defaults } };
    }),
  'logos.image': async (input, ctx) => {
    const logo = findLive(ctx, 'logos', input.id);
    const useThumb = input.size === 'thumbnail' && logo.thumbnailSha256;
    const sha256 = useThumb ? logo.thumbnailSha256! : logo.file.sha256;
    const mime = useThumb ? 'image/png' : MIME[logo.file.format];
    const bytes = await ctx.library.readFile(sha256);
    return { dataUrl: `data:${mime};base64,${Buffer.from(bytes).toString('base64')}`, sha256 };
  },
} satisfies HandlersFor<typeof libraryMethods>;

const MIME = { png: 'image/png', jpeg: 'image/jpeg', svg: 'image/svg+xml', webp: 'image/webp', gif: 'image/gif' } as const;
