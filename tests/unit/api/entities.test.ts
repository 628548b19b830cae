import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/library/library.js';
import { createContext } from '../../../electron/host/context.js';
import { dispatch } from '../../../electron/api/dispatch.js';
import { contract } from '../../../electron/api/contract.js';
import { COLLECTIONS, SCHEMA_VERSION } from '../../../electron/model/library-document.js';
import { tempDir } from '../../helpers/temp-dir.js';
import { call } from '../../helpers/api.js';

async function open() {
  const lib = await Library.open(await tempDir());
  return { lib, ctx: createContext(lib, 'cli') };
}

describe('the API contract', () => {
  it('declares create, read, update, list, delete and restore for every entity', () => {
    for (const c of COLLECTIONS) {
      for (const verb of ['list', 'get', 'create', 'update', 'delete', 'restore']) expect(contract).toHaveProperty(`${c}.${verb}`);
    }
    expect(contract).toHaveProperty('library.info');
  });

  it('runs a release through its life: create, update, trash, restore, purge', async () => {
    const { lib, ctx } = await open();
    const o = await call(ctx, 'organizations.create', { data: { name: 'Institut Boréal', boilerplates: { fr: 'L’Institut Boréal…' } } });
    const r = await call(ctx, 'releases.create', { data: { lang: 'fr-CA', headline: 'Un titre provisoire', organizationIds: [o.id] } });
    expect(r.id).toMatch(/^rel_[0-9A-Za-z]{14}$/);
    expect(r.status).toBe('draft');
    expect(r.history.map((h) => h.event)).toEqual(['created']);

    const u = await call(ctx, 'releases.update', { id: r.id, patch: { headline: 'Le titre définitif', status: 'approved' } });
    expect(u.headline).toBe('Le titre définitif');
    // A patch changes only what it names: defaults are not re-applied over stored values.
    expect(u.organizationIds).toEqual([o.id]);
    expect(u.createdAt).toBe(r.createdAt);

    await call(ctx, 'releases.delete', { id: r.id });
    expect(await call(ctx, 'releases.list', {})).toEqual([]);
    expect((await call(ctx, 'trash.list', {})).map((t) => t.title)).toEqual(['Le titre définitif']);
    await expect(call(ctx, 'releases.get', { id: r.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const back = await call(ctx, 'releases.restore', { id: r.id });
    expect(back.deletedAt).toBeNull();
    expect((await call(ctx, 'releases.list', {})).map((x) => x.id)).toEqual([r.id]);

    await call(ctx, 'organizations.delete', { id: o.id });
    expect(await call(ctx, 'trash.purge', {})).toEqual({ purged: 1 });
    // Purging the organization removed it from the release that cited it.
    expect((await call(ctx, 'releases.get', { id: r.id })).organizationIds).toEqual([]);
    await lib.close();
  });

  it('validates input whatever door it came through, with stable codes', async () => {
    const { lib, ctx } = await open();
    const bad = await dispatch('releases.create', { data: { lang: 'de-DE' } }, ctx);
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = await dispatch('releases.explode', {}, ctx);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const badId = await dispatch('contacts.get', { id: '../../etc/passwd' }, ctx);
    expect(badId).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const badEmail = await dispatch('contacts.create', { data: { name: 'X', emails: ['pas-une-adresse'] } }, ctx);
    expect(badEmail).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    expect(await call(ctx, 'contacts.list', {})).toEqual([]);
    await lib.close();
  });

  it('answers in French when the interface is in French', async () => {
    const { lib, ctx } = await open();
    const reply = await dispatch('kits.get', { id: 'kit_ABCDEFGHIJKLMN' }, { ...ctx, uiLang: 'fr' });
    expect(reply).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringMatching(/trousse média/) } });
    await lib.close();
  });

  it('reports library info and searches across entities', async () => {
    const { lib, ctx } = await open();
    await call(ctx, 'contacts.create', { data: { name: 'Élodie Tremblay', emails: ['elodie@exemple.ca'], organization: 'Ville de Québec' } });
    await call(ctx, 'kits.create', { data: { name: 'BIO 2026 San Diego', lang: 'en-US', event: { name: 'BIO 2026', date: '2026-06-22', location: 'San Diego' } } });
    const info = await call(ctx, 'library.info', {});
    expect(info.counts).toMatchObject({ contacts: 1, kits: 1, releases: 0 });
    expect(info.schemaVersion).toBe(SCHEMA_VERSION);
    const hits = await call(ctx, 'search.query', { q: 'elodie' });
    expect(hits.map((h) => h.collection)).toEqual(['contacts']);
    expect((await call(ctx, 'search.query', { q: 'san diego' }))[0]?.collection).toBe('kits');
    await lib.close();
  });
});

describe('error messages in the interface language', () => {
  it('gives a file error in French with the file named, and in English otherwise', async () => {
    const { fileError } = await import('../../../electron/model/errors.js');
    const err = fileError('UNSUPPORTED_FILE', 'logo.txt', { en: 'this is not an image', fr: 'ce n’est pas une image' });
    expect(err.messageIn('fr')).toBe('logo.txt\u00a0: ce n’est pas une image');
    expect(err.messageIn('en')).toBe('logo.txt: this is not an image');
    expect(err.toJSON('fr').message).toBe(err.messageIn('fr'));
    expect(fileError('INVALID_FILE', 'a.png', 'English only').messageIn('fr')).toBe('a.png: English only');
  });
});
