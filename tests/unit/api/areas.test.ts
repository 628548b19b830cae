import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AREAS, joinAreas } from '../../../electron/api/areas.js';
import { AREA_OF, contract } from '../../../electron/api/contract.js';
import { handlers } from '../../../electron/api/handlers.js';
import { read, write } from '../../../electron/api/define.js';
import { dispatch } from '../../../electron/api/dispatch.js';
import { Library } from '../../../electron/library/library.js';
import { createContext } from '../../../electron/host/context.js';
import { COLLECTIONS, ENTITY_KINDS, ID_PREFIXES, collectionOfId, newId } from '../../../electron/model/constants.js';
import { ENTITY_REGISTRY, ENTITY_SCHEMAS } from '../../../electron/model/entity-registry.js';
import { tempDir } from '../../helpers/temp-dir.js';

const m = (summary: string) => read({ withoutLock: true, summary, input: z.object({}), output: z.null() });

describe('the table of API areas', () => {
  it('refuses a method name declared by two areas, naming both, when the table is joined', () => {
    expect(() => joinAreas({ first: { methods: { 'kits.list': m('a') } }, second: { methods: { 'kits.get': m('b'), 'kits.list': m('c') } } })).toThrow(
      'API method kits.list is declared twice: in the areas "first" and "second".',
    );
    expect(Object.keys(joinAreas({ a: { methods: { 'x.one': m('a') } }, b: { methods: { 'x.two': m('b') } } }).methods)).toEqual(['x.one', 'x.two']);
  });

  it('builds the contract and the handlers from the same areas: every method has a handler and an area', () => {
    const declared = Object.values(AREAS).flatMap((a) => Object.keys(a.methods));
    expect(Object.keys(contract).sort()).toEqual([...declared].sort());
    expect(Object.keys(handlers).sort()).toEqual([...declared].sort());
    for (const [name, a] of Object.entries(AREAS)) for (const method of Object.keys(a.methods)) expect(AREA_OF.get(method)).toBe(name);
  });

  it('every area loads a handler for each of its methods', async () => {
    for (const a of Object.values(AREAS)) {
      const loaded = (await a.load()) as Record<string, unknown>;
      for (const method of Object.keys(a.methods)) expect(typeof loaded[method], method).toBe('function');
    }
  });

  it('every method says whether it reads or writes; a write never runs without the lock', () => {
    for (const [name, def] of Object.entries(contract)) {
      expect(['read', 'write'], name).toContain(def.kind);
      if (def.kind === 'write') expect(def.withoutLock, name).toBe(false);
    }
    expect(write({ summary: 's', input: z.object({}), output: z.null() })).toMatchObject({ kind: 'write', withoutLock: false });
    // What the CLI relies on: exports read without the lock, and only the entity they export.
    expect(contract['export.kit']).toMatchObject({ kind: 'read', withoutLock: true });
    expect(contract['export.kit'].reads?.({ id: 'kit_12345678', formats: ['docx'] } as never)).toEqual(['kit_12345678']);
    expect(contract['releases.update'].kind).toBe('write');
    expect(contract['sync.conflicts']).toMatchObject({ kind: 'read', withoutLock: false });
  });

  it('says which calls print a PDF, from the parsed input (the CLI starts the browser early for those)', () => {
    const prints = <M extends keyof typeof contract>(method: M, input: unknown) => {
      const def = contract[method] as { input: z.ZodType; prints?: (i: unknown) => boolean };
      return def.prints?.(def.input.parse(input)) ?? false;
    };
    expect(prints('export.kit', { id: 'kit_12345678', formats: ['pdf'] })).toBe(true);
    expect(prints('export.release', { id: 'rel_12345678', formats: ['docx', 'zip'] })).toBe(true);
    expect(prints('export.release', { id: 'rel_12345678', formats: ['docx', 'md'] })).toBe(false);
    // Drafts attach the PDF unless told otherwise.
    expect(prints('outreach.create', { kitId: 'kit_12345678', sheetId: 'sht_12345678' })).toBe(true);
    expect(prints('outreach.preview', { kitId: 'kit_12345678', sheetId: 'sht_12345678', attach: ['docx'] })).toBe(false);
    expect(prints('releases.list', {})).toBe(false);
  });

  it('refuses a write on a library opened read-only before its handler runs, and still answers reads', async () => {
    const dir = await tempDir();
    await (await Library.open(dir)).close();
    const lib = await Library.open(dir, { readOnly: true });
    const ctx = createContext(lib, 'cli');
    try {
      const reply = await dispatch('organizations.create', { data: { name: 'Institut Boréal' } }, ctx);
      expect(reply).toMatchObject({ ok: false, error: { code: 'LIBRARY_LOCKED' } });
      expect(await dispatch('organizations.list', {}, ctx)).toEqual({ ok: true, result: [] });
    } finally {
      await ctx.dispose();
      await lib.close();
    }
  });
});

describe('the entity registry', () => {
  it('gives every collection one schema, one id prefix, one kind and its nouns in English and French', () => {
    expect(Object.keys(ENTITY_SCHEMAS)).toEqual(COLLECTIONS);
    expect(new Set(COLLECTIONS.map((c) => ENTITY_KINDS[c].prefix)).size).toBe(COLLECTIONS.length);
    for (const c of COLLECTIONS) {
      const { kind, prefix, nouns, schema } = ENTITY_REGISTRY[c];
      expect(ID_PREFIXES[kind]).toBe(prefix);
      const id = newId(kind);
      expect(id.startsWith(`${prefix}_`)).toBe(true);
      expect(collectionOfId(id)).toBe(c);
      expect(schema).toBe(ENTITY_SCHEMAS[c]);
      expect(nouns.en && nouns.fr && nouns.frMany && nouns.frNone.startsWith('Aucun')).toBeTruthy();
      for (const verb of ['list', 'get', 'create', 'update', 'delete', 'restore']) expect(contract).toHaveProperty(`${c}.${verb}`);
    }
    // A kit section's id is not an entity's.
    expect(collectionOfId(newId('section'))).toBeNull();
    expect(collectionOfId('org_x')).toBeNull();
  });
});
