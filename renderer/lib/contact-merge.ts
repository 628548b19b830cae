import type { Contact } from '../../electron/model/entities.js';
import { nameKey as fold } from '../../electron/model/fold.js';

function nameKey(c: Contact): string {
  return fold(c.name || `${c.firstName} ${c.lastName}`);
}

/** Contacts that are the same person: one shared e-mail (any case), or the same name with accents and spacing ignored. */
export function duplicateGroups(contacts: readonly Contact[]): Contact[][] {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let p = parent.get(id) ?? id;
    while (p !== (parent.get(p) ?? p)) p = parent.get(p) ?? p;
    return p;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  const seen = new Map<string, string>();
  for (const c of contacts) {
    const keys = [...c.emails.map((e) => `e:${e.toLowerCase().trim()}`), ...(nameKey(c) ? [`n:${nameKey(c)}`] : [])];
    for (const k of keys) {
      const other = seen.get(k);
      if (other) union(other, c.id);
      else seen.set(k, c.id);
    }
  }
  const groups = new Map<string, Contact[]>();
  for (const c of contacts) groups.set(find(c.id), [...(groups.get(find(c.id)) ?? []), c]);
  return [...groups.values()].filter((g) => g.length > 1).map((g) => [...g].sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
}

function union<T>(lists: T[][], key: (v: T) => string): T[] {
  const out: T[] = [];
  const keys = new Set<string>();
  for (const v of lists.flat()) {
    const k = key(v);
    if (!keys.has(k)) {
      keys.add(k);
      out.push(v);
    }
  }
  return out;
}

/** The oldest contact is kept; it gains every e-mail, phone and tag, and any field it lacks. */
export function mergePatch(group: readonly Contact[]): { keep: Contact; drop: Contact[]; patch: Partial<Contact> } {
  const [keep, ...drop] = group as [Contact, ...Contact[]];
  const patch: Partial<Contact> = {
    emails: union(group.map((c) => c.emails), (e) => e.toLowerCase()),
    phones: union(group.map((c) => c.phones), (p) => p.replace(/\D/g, '')),
    tags: union(group.map((c) => c.tags), (t) => t),
  };
  for (const field of ['name', 'firstName', 'lastName', 'title', 'organization', 'notes'] as const) {
    if (!keep[field]) {
      const donor = drop.find((c) => c[field]);
      if (donor) patch[field] = donor[field];
    }
  }
  if (!keep.organizationId) patch.organizationId = drop.find((c) => c.organizationId)?.organizationId ?? null;
  if (!keep.lang) patch.lang = drop.find((c) => c.lang)?.lang ?? null;
  if (drop.some((c) => c.optedOut)) patch.optedOut = true;
  return { keep, drop, patch };
}

/** Ids after a merge: every dropped id becomes the kept one, order kept, no repeats. */
export function remapIds(ids: readonly string[], from: ReadonlySet<string>, to: string): string[] {
  const out: string[] = [];
  for (const id of ids) {
    const next = from.has(id) ? to : id;
    if (!out.includes(next)) out.push(next);
  }
  return out;
}
