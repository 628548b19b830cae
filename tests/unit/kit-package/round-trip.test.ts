import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../../electron/model/library-document.js';
import type { Library } from '../../../electron/library/library.js';
import { call } from '../../helpers/api.js';
import { exportPackage, openLibrary, sampleLibrary, sha } from './helpers.js';

const open: Library[] = [];
afterEach(async () => {
  while (open.length) await open.pop()!.close();
});

/** What a package leaves at home, removed from the sender's entity before comparing. */
function asSent(collection: string, e: Record<string, unknown>): Record<string, unknown> {
  const out = { ...e };
  if (collection === 'releases') {
    delete out.history;
    delete out.source;
  }
  if (collection === 'contacts') delete out.notes;
  if (collection === 'logos') delete out.thumbnailSha256;
  if (collection === 'kits') out.outreach = { ...(out.outreach as object), log: [] };
  return out;
}

describe('a .mkit package between two real libraries', () => {
  it('carries the sample kit entity by entity and its logos byte for byte, and a second import adds nothing', async () => {
    const a = await sampleLibrary();
    const b = await openLibrary('recipient');
    open.push(a.library, b.library);
    const pkg = await exportPackage(a.ctx, a.kitId);
    expect(path.basename(pkg.path)).toMatch(/^trousse-media-mission-kobe-2026_fr-CA\.mkit$/);

    // What is inside: the manifest and the logo files by hash, nothing else; private things stayed home.
    const entries = unzipSync(pkg.bytes);
    expect(Object.keys(entries)[0]).toBe('manifest.json');
    const manifestText = new TextDecoder().decode(entries['manifest.json']);
    expect(manifestText).not.toContain('ne pas partager');
    expect(manifestText).not.toContain('redaction@quotidien.example');
    const manifest = JSON.parse(manifestText) as { app: { version: string }; entities: Record<string, Array<{ id: string }>> };
    expect(manifest.app.version).toBe(JSON.parse(await readFile('package.json', 'utf8')).version);
    // The kit prints one release of the three: the other two are not the partner's business.
    expect(manifest.entities.releases).toHaveLength(1);
    expect(Object.keys(entries).filter((n) => n.startsWith('files/')).sort()).toEqual(
      [...new Set(a.library.doc.logos.map((l) => `files/${l.file.sha256}`))].sort(),
    );

    // The preview says what would come, and changes nothing.
    const before = await readFile(path.join(b.dir, 'library.json'), 'utf8');
    const preview = await call(b.ctx, 'import.previewKitPackage', { path: pkg.path });
    expect(preview.counts).toEqual({ add: preview.items.length, same: 0, kept: 0 });
    expect(preview.kit.name).toBe('Trousse média — Mission Kobe 2026');
    expect(preview.madeBy.app).toBe('Media Kit Manager');
    expect(await readFile(path.join(b.dir, 'library.json'), 'utf8')).toBe(before);

    const done = await call(b.ctx, 'import.kitPackage', { path: pkg.path });
    expect(done.counts.add).toBe(preview.items.length);

    // Entity by entity: what B holds is what A sent.
    for (const collection of COLLECTIONS) {
      for (const sent of manifest.entities[collection]!) {
        const mine = (a.library.doc[collection] as Array<{ id: string }>).find((e) => e.id === sent.id)! as Record<string, unknown>;
        const theirs = (b.library.doc[collection] as Array<{ id: string }>).find((e) => e.id === sent.id) as Record<string, unknown> | undefined;
        expect(theirs, `${collection} ${sent.id}`).toBeDefined();
        expect(asSent(collection, theirs!), `${collection} ${sent.id}`).toEqual(asSent(collection, mine));
      }
    }
    const kitB = b.library.doc.kits[0]!;
    expect(kitB.outreach.templates.fr?.subject).toBe('Trousse — {{kit}}');
    expect(kitB.outreach.log).toEqual([]);
    expect(b.library.doc.contacts.every((c) => c.notes === '')).toBe(true);
    const releaseB = b.library.doc.releases[0]!;
    expect(releaseB.history).toEqual([expect.objectContaining({ event: 'imported', detail: path.basename(pkg.path) })]);

    // Files by hash: every logo's bytes identical on both sides, and a thumbnail made on arrival.
    for (const logo of b.library.doc.logos) {
      const fromA = await a.library.readFile(logo.file.sha256);
      const inB = await b.library.readFile(logo.file.sha256);
      expect(sha(inB)).toBe(sha(fromA));
      expect(logo.thumbnailSha256).toMatch(/^[0-9a-f]{64}$/);
      expect((await b.library.readFile(logo.thumbnailSha256!)).byteLength).toBeGreaterThan(100);
    }
    // The recipient's library prints the kit.
    const html = await call(b.ctx, 'preview.kit', { id: kitB.id });
    expect(html.html).toContain('Mission Kobe 2026');

    // Opened a second time: everything is already there, nothing is written.
    const after = await readFile(path.join(b.dir, 'library.json'), 'utf8');
    const again = await call(b.ctx, 'import.kitPackage', { path: pkg.path });
    expect(again.counts).toEqual({ add: 0, same: preview.items.length, kept: 0 });
    expect(await readFile(path.join(b.dir, 'library.json'), 'utf8')).toBe(after);
  });

  it('keeps the recipient’s version of a release edited on both sides, with the incoming one in its history', async () => {
    const a = await sampleLibrary();
    const b = await openLibrary('recipient');
    open.push(a.library, b.library);
    const first = await exportPackage(a.ctx, a.kitId);
    await call(b.ctx, 'import.kitPackage', { path: first.path });
    const relId = a.library.doc.kits[0]!.sections.find((s) => s.type === 'release')!.releaseId as string;
    await call(a.ctx, 'releases.update', { id: relId, patch: { headline: 'Titre revu par l’expéditeur' } });
    await call(b.ctx, 'releases.update', { id: relId, patch: { headline: 'Titre revu par le destinataire' } });
    const second = await exportPackage(a.ctx, a.kitId);

    const preview = await call(b.ctx, 'import.previewKitPackage', { path: second.path });
    expect(preview.items.filter((i) => i.status === 'kept')).toEqual([expect.objectContaining({ collection: 'releases', id: relId, matchedBy: 'id', differs: ['headline'] })]);
    await call(b.ctx, 'import.kitPackage', { path: second.path });
    const rel = b.library.doc.releases.find((r) => r.id === relId)!;
    expect(rel.headline).toBe('Titre revu par le destinataire');
    const note = rel.history.at(-1)!;
    expect(note.event).toBe('imported');
    expect(note.detail).toContain('yours is kept');
    const kept = /files\/[0-9a-f]{2}\/([0-9a-f]{64})/.exec(note.detail)![1]!;
    expect(JSON.parse(new TextDecoder().decode(await b.library.readFile(kept))).headline).toBe('Titre revu par l’expéditeur');
  });

  it('matches a contact by e-mail and a logo by its file, and points the kit at the recipient’s own', async () => {
    const a = await sampleLibrary();
    const b = await openLibrary('recipient');
    open.push(a.library, b.library);
    const sent = a.library.doc.contacts.find((c) => c.emails.length)!;
    const own = await call(b.ctx, 'contacts.create', { data: { name: 'Déjà connue', emails: [sent.emails[0]!.toUpperCase()] } });
    const pkg = await exportPackage(a.ctx, a.kitId);
    const preview = await call(b.ctx, 'import.previewKitPackage', { path: pkg.path });
    expect(preview.items.find((i) => i.id === sent.id)).toMatchObject({ status: 'kept', matchedBy: 'email', libraryId: own.id });
    await call(b.ctx, 'import.kitPackage', { path: pkg.path });
    expect(b.library.doc.contacts.filter((c) => c.emails.some((m) => m.toLowerCase() === sent.emails[0]!.toLowerCase()))).toHaveLength(1);
    expect(b.library.doc.sheets[0]!.contactIds).toContain(own.id);
    expect(b.library.doc.sheets[0]!.contactIds).not.toContain(sent.id);
  });
});
