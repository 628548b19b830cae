import { readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DOC_CHARS } from '../../../electron/sync/entity-documents.js';
import { Library } from '../../../electron/library/library.js';
import { call } from '../../helpers/api.js';
import { SERVER_NAME, startCouchServer, type CouchServer } from '../../helpers/couch-server.js';
import { entities, fileHashes, join, member, PASSWORD, USER, type Member } from './helpers.js';

let server: CouchServer;
let n = 0;
/** Each test its own database on the one server: tests stay independent. */
const freshDb = async (): Promise<string> => {
  const name = `team${++n}`;
  await server.createDb(name);
  return name;
};

beforeAll(async () => {
  server = await startCouchServer({ [USER]: PASSWORD });
  console.info(`sync tests against ${SERVER_NAME} at ${server.origin}`);
});
afterAll(async () => {
  await server?.dispose();
});

async function team(size: number): Promise<Member[]> {
  const db = await freshDb();
  const members = [];
  for (const name of ['Marie', 'Kenji', 'Louis'].slice(0, size)) {
    const m = await member(name);
    await join(m, server, db);
    members.push(m);
  }
  return members;
}

async function syncAll(members: Member[], rounds = 2): Promise<void> {
  for (let i = 0; i < rounds; i++) for (const m of members) await call(m.ctx, 'sync.run', {});
}

async function png(color: string): Promise<string> {
  const bytes = await sharp({ create: { width: 240, height: 80, channels: 3, background: color } }).png().toBuffer();
  return bytes.toString('base64');
}

describe('a team library through a CouchDB-protocol server', () => {
  it('merges edits of different entities made offline on three libraries: all end identical, files included', async () => {
    const [a, b, c] = (await team(3)) as [Member, Member, Member];
    try {
      const org = await call(a.ctx, 'organizations.create', { data: { name: 'Photonique Estrie', boilerplates: { fr: 'Regroupement des entreprises de photonique.' } } });
      const rel = await call(a.ctx, 'releases.create', { data: { lang: 'fr-CA', headline: 'Une mission à Tsukuba', organizationIds: [org.id] } });
      await call(b.ctx, 'contacts.create', { data: { name: 'Noémie Caron', emails: ['ncaron@photonique.example'] } });
      await call(c.ctx, 'import.logo', { fileName: 'ibaraki.png', contentBase64: await png('#0b6e4f'), organization: 'Ibaraki Photonics Council' });
      await syncAll([a, b, c]);
      // Offline again, each edits something else.
      await call(a.ctx, 'releases.update', { id: rel.id, patch: { subheadline: 'Douze PME du Québec' } });
      await call(b.ctx, 'organizations.update', { id: org.id, patch: { website: 'https://photonique.example' } });
      await syncAll([a, b, c]);

      expect(entities(b.lib)).toEqual(entities(a.lib));
      expect(entities(c.lib)).toEqual(entities(a.lib));
      expect(a.lib.doc.releases[0]?.subheadline).toBe('Douze PME du Québec');
      expect(c.lib.doc.organizations.find((o) => o.id === org.id)?.website).toBe('https://photonique.example');
      expect(a.lib.doc.organizations.map((o) => o.name).sort()).toEqual(['Ibaraki Photonics Council', 'Photonique Estrie']);
      expect(await fileHashes(a.dir)).toEqual(await fileHashes(c.dir));
      expect((await fileHashes(b.dir)).length).toBeGreaterThan(0);
      // Who did what survives the sync.
      const history = b.lib.doc.releases[0]!.history;
      expect(history.find((h) => h.event === 'updated')).toMatchObject({ detail: 'subheadline', by: 'Marie' });
      for (const m of [a, b, c]) expect((await call(m.ctx, 'sync.status', {})).conflicts).toEqual([]);
      // Every library still opens and validates in full.
      for (const m of [a, b, c]) {
        await m.close();
        const again = await Library.open(m.dir, { app: 'reopen' });
        await again.close();
      }
    } finally {
      for (const m of [a, b, c]) await m.close().catch(() => undefined);
    }
  });

  it('keeps both versions of a release edited on two libraries, shows the conflict on both, and resolves it from either', async () => {
    const [a, b] = (await team(2)) as [Member, Member];
    try {
      const rel = await call(a.ctx, 'releases.create', { data: { lang: 'en-GB', headline: 'Lakeshore Robotics opens a Leeds office' } });
      await syncAll([a, b]);
      await call(a.ctx, 'releases.update', { id: rel.id, patch: { headline: 'Lakeshore Robotics opens its first UK office in Leeds' } });
      await call(b.ctx, 'releases.update', { id: rel.id, patch: { subheadline: 'Forty jobs by 2027', headline: 'Lakeshore Robotics comes to Leeds' } });
      await syncAll([a, b]);

      const sa = await call(a.ctx, 'sync.status', {});
      const sb = await call(b.ctx, 'sync.status', {});
      expect(sa.conflicts.map((c) => c.id)).toEqual([rel.id]);
      expect(sb.conflicts.map((c) => c.id)).toEqual([rel.id]);
      // Both see the same winner: CouchDB's deterministic choice.
      expect(a.lib.doc.releases[0]!.headline).toBe(b.lib.doc.releases[0]!.headline);
      const [view] = await call(a.ctx, 'sync.conflicts', {});
      expect(view!.mine.entity.headline).toBe('Lakeshore Robotics opens its first UK office in Leeds');
      expect(view!.mine.by).toBe('Marie');
      expect(view!.theirs.entity.headline).toBe('Lakeshore Robotics comes to Leeds');
      expect(view!.theirs.by).toBe('Kenji');
      expect(view!.fields).toEqual(expect.arrayContaining(['headline', 'subheadline']));

      // Resolved from B: Marie's headline, Kenji's subheadline.
      const [fromB] = await call(b.ctx, 'sync.conflicts', {});
      const pick = fromB!.mine.by === 'Kenji' ? { headline: 'theirs', subheadline: 'mine' } : { headline: 'mine', subheadline: 'theirs' };
      await call(b.ctx, 'sync.resolve', { id: rel.id, choice: 'merge', fields: pick as Record<string, 'mine' | 'theirs'> });
      await syncAll([b, a]);
      for (const m of [a, b]) {
        const r = m.lib.doc.releases[0]!;
        expect(r.headline).toBe('Lakeshore Robotics opens its first UK office in Leeds');
        expect(r.subheadline).toBe('Forty jobs by 2027');
        expect((await call(m.ctx, 'sync.status', {})).conflicts).toEqual([]);
        expect(await call(m.ctx, 'sync.conflicts', {})).toEqual([]);
      }
      expect(entities(a.lib)).toEqual(entities(b.lib));
      // Both officers' edits stay in the history, and the resolution is recorded.
      const history = a.lib.doc.releases[0]!.history;
      expect(history.map((h) => h.by)).toEqual(expect.arrayContaining(['Marie', 'Kenji']));
      expect(history.at(-1)).toMatchObject({ detail: 'conflict resolved: merged by field' });
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('keeps an edit over a deletion made elsewhere, and says so', async () => {
    const [a, b] = (await team(2)) as [Member, Member];
    try {
      const rel = await call(a.ctx, 'releases.create', { data: { lang: 'fr-FR', headline: 'Communiqué à supprimer' } });
      await syncAll([a, b]);
      await call(a.ctx, 'releases.delete', { id: rel.id });
      await call(a.ctx, 'trash.purge', { collection: 'releases', id: rel.id });
      await call(b.ctx, 'releases.update', { id: rel.id, patch: { headline: 'Communiqué corrigé' } });
      await syncAll([a, b]);
      for (const m of [a, b]) expect(m.lib.doc.releases.map((r) => r.headline)).toEqual(['Communiqué corrigé']);
      const status = await call(a.ctx, 'sync.status', {});
      expect(status.notices).toEqual([expect.objectContaining({ id: rel.id, kind: 'edit-kept-over-delete' })]);
      expect(status.conflicts).toEqual([]);
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('carries a logo byte for byte, and stores a logo added on both sides once', async () => {
    const [a, b] = (await team(2)) as [Member, Member];
    try {
      const blue = await png('#1f4e79');
      const logoA = await call(a.ctx, 'import.logo', { fileName: 'umeda.png', contentBase64: blue, organization: 'Umeda Bio Cluster' });
      await syncAll([a, b]);
      const onB = b.lib.doc.logos.find((l) => l.id === logoA.id)!;
      expect(Buffer.from(await b.lib.readFile(onB.file.sha256)).equals(Buffer.from(blue, 'base64'))).toBe(true);

      const green = await png('#2e7d32');
      await call(a.ctx, 'import.logo', { fileName: 'same.png', contentBase64: green, organization: 'Kansai Devices' });
      await call(b.ctx, 'import.logo', { fileName: 'same.png', contentBase64: green, organization: 'Kansai Devices' });
      await syncAll([a, b]);
      const sha = (await import('node:crypto')).createHash('sha256').update(Buffer.from(green, 'base64')).digest('hex');
      const fileDoc = await server.request('GET', `/team${n}/file:${sha}?conflicts=true`);
      expect(fileDoc.status).toBe(200);
      expect((fileDoc.json as { _conflicts?: string[] })._conflicts).toBeUndefined();
      expect((await fileHashes(a.dir)).filter((h) => h === sha)).toHaveLength(1);
      expect(await fileHashes(a.dir)).toEqual(await fileHashes(b.dir));
    } finally {
      await a.close();
      await b.close();
    }
  });

  it('refuses hostile documents written straight to the server, and applies the rest of the batch', async () => {
    const [a, b] = (await team(2)) as [Member, Member];
    try {
      await call(a.ctx, 'releases.create', { data: { lang: 'en-US', headline: 'A good release' } });
      await syncAll([a]);
      const db = `/team${n}`;
      const now = new Date().toISOString();
      const meta = { createdAt: now, updatedAt: now, deletedAt: null };
      await server.request('POST', `${db}/_bulk_docs`, {
        docs: [
          { _id: 'rel_BadSchema0001', kind: 'releases', entity: { id: 'rel_BadSchema0001', ...meta, lang: 'xx', headline: 5 } },
          { _id: 'rel_HugeString01', kind: 'releases', entity: { id: 'rel_HugeString01', ...meta, lang: 'en-US', headline: 'x'.repeat(MAX_DOC_CHARS + 1024) } },
          { _id: 'rel_ScriptHead01', kind: 'releases', entity: { id: 'rel_ScriptHead01', ...meta, lang: 'en-US', headline: '<script>fetch("https://evil.example")</script>' } },
          { _id: '../../etc/passwd', kind: 'releases', entity: { id: 'rel_Traversal001', ...meta, lang: 'en-US' } },
          { _id: 'logo_Traversal01', kind: 'logos', entity: { id: 'logo_Traversal01', ...meta, name: 'x', file: { sha256: '../../../../etc/passwd', format: 'png', bytes: 1, width: 1, height: 1 } } },
          { _id: 'rel_GoodOne00001', kind: 'releases', entity: { id: 'rel_GoodOne00001', ...meta, lang: 'fr-CA', headline: 'Un communiqué valide, écrit par un collègue' } },
        ],
      });
      const report = await call(b.ctx, 'sync.run', {});
      expect(report.refused.map((r) => r.id).sort()).toEqual(['../../etc/passwd', 'logo_Traversal01', 'rel_BadSchema0001', 'rel_HugeString01', 'rel_ScriptHead01'].sort());
      const headlines = b.lib.doc.releases.map((r) => r.headline).sort();
      expect(headlines).toEqual(['A good release', 'Un communiqué valide, écrit par un collègue']);
      const reasons = report.refused.map((r) => (typeof r.reason === 'string' ? r.reason : r.reason.en)).join('\n');
      expect(reasons).toMatch(/markup or script/);
      expect(reasons).toMatch(/too large/);
      // Nothing of them reached library.json or files/.
      const json = await readFile(path.join(b.dir, 'library.json'), 'utf8');
      expect(json).not.toMatch(/script|passwd|xxxxxxxxxx/);
      expect((await call(b.ctx, 'sync.status', {})).refused).toHaveLength(5);
    } finally {
      await a.close();
      await b.close();
    }
  });
});

describe('clear errors, and the local library untouched', () => {
  it('wrong password, unreachable server, http:// to another host, a password in the address', async () => {
    const db = await freshDb();
    const m = await member('Marie');
    try {
      await call(m.ctx, 'releases.create', { data: { lang: 'fr-CA', headline: 'Rien ne doit bouger' } });
      const before = await readFile(path.join(m.dir, 'library.json'));
      const wrong = await call(m.ctx, 'sync.setup', { url: server.db(db), user: USER, password: 'not the password' }).catch((e: unknown) => e);
      expect(wrong).toMatchObject({ code: 'SYNC_AUTH', message: expect.stringMatching(/refused the user name or password.*unchanged/) });
      expect(JSON.stringify(wrong)).not.toContain('not the password');

      const closed = await call(m.ctx, 'sync.setup', { url: 'http://127.0.0.1:9/team', user: USER }).catch((e: unknown) => e);
      expect(closed).toMatchObject({ code: 'SYNC_UNREACHABLE', message: expect.stringMatching(/Cannot reach http:\/\/127\.0\.0\.1:9\/team/) });

      const plain = await call(m.ctx, 'sync.setup', { url: 'http://couch.example.org/team', user: USER }).catch((e: unknown) => e);
      expect(plain).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/Only https:\/\//) });

      const inUrl = await call(m.ctx, 'sync.setup', { url: `http://${USER}:secret@127.0.0.1:5984/team`, user: '' }).catch((e: unknown) => e);
      expect(inUrl).toMatchObject({ code: 'INVALID_INPUT' });

      const missing = await call(m.ctx, 'sync.setup', { url: server.db('no-such-db'), user: USER }).catch((e: unknown) => e);
      expect(missing).toMatchObject({ code: 'SYNC_FAILED', message: expect.stringMatching(/no database/i) });

      expect((await readFile(path.join(m.dir, 'library.json'))).equals(before)).toBe(true);
      expect((await call(m.ctx, 'sync.status', {})).configured).toBe(false);
      await expect(call(m.ctx, 'sync.run', {})).rejects.toMatchObject({ code: 'SYNC_NOT_SET_UP' });
    } finally {
      await m.close();
    }
  });

  it('refuses a server whose certificate this computer does not trust, sending nothing', async () => {
    const { execFileSync } = await import('node:child_process');
    const { createServer } = await import('node:https');
    const { tempDir } = await import('../../helpers/temp-dir.js');
    const dir = await tempDir('mediakit-tls-');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
    let requests = 0;
    const tls = createServer({ key: await readFile(path.join(dir, 'key.pem')), cert: await readFile(path.join(dir, 'cert.pem')) }, (_req, res) => {
      requests++;
      res.end('{}');
    });
    await new Promise<void>((r) => tls.listen(0, '127.0.0.1', r));
    const m = await member('Marie');
    try {
      const port = (tls.address() as { port: number }).port;
      const refused = await call(m.ctx, 'sync.setup', { url: `https://127.0.0.1:${port}/presse`, user: USER, password: PASSWORD }).catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: 'SYNC_UNREACHABLE', message: expect.stringMatching(/certificate this computer trusts/) });
      expect(requests).toBe(0);
    } finally {
      await m.close();
      tls.close();
    }
  });

  it('never writes the password into the library folder', async () => {
    const db = await freshDb();
    const m = await member('Marie');
    try {
      await call(m.ctx, 'sync.setup', { url: server.db(db), user: USER, password: PASSWORD });
      await call(m.ctx, 'releases.create', { data: { lang: 'fr-CA', headline: 'Secret bien gardé' } });
      await call(m.ctx, 'sync.run', {});
      const { execFileSync } = await import('node:child_process');
      const hits = execFileSync('grep', ['-rl', '--binary-files=text', PASSWORD, m.dir], { encoding: 'utf8' }).trim();
      expect(hits).toBe('');
    } catch (e) {
      // grep exits 1 when nothing matches: that is the pass.
      if ((e as { status?: number }).status !== 1) throw e;
    } finally {
      await m.close();
    }
  });
});
