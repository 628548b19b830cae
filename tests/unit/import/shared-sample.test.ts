import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readReleaseFile } from '../../../electron/import/index.js';
import { blocksText } from '../../../electron/model/index.js';
import { hasSharedSample, SHARED_SAMPLE } from '../../helpers/sample-release.js';

const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The real French release beside the repository on the project's machines. The project's own
 * fixture in the same style (tests/fixtures/import/communique-photonique-fr-ca.txt) is checked
 * word for word in releases.test.ts; here the real one is checked for its structure only, so that
 * none of its text is copied into the project. A user's clone has nothing beside it: then this
 * test says so and checks nothing.
 */
describe('the shared real sample release', () => {
  it(hasSharedSample() ? 'imports into the structure a careful reader sees' : 'is not beside this clone (../shared/samples): nothing to check', async () => {
    if (!hasSharedSample()) {
      console.info(`${SHARED_SAMPLE} is not here: the shared sample was not checked.`);
      return;
    }
    const r = await readReleaseFile(path.basename(SHARED_SAMPLE), new Uint8Array(await readFile(SHARED_SAMPLE)));
    const rel = r.release;
    expect(rel.lang).toBe('fr-CA');
    expect(rel.label).toBe('Communiqué de presse');
    expect(rel.headline.length).toBeGreaterThan(30);
    expect(rel.dateline.city).not.toBe('');
    expect(rel.dateline.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(rel.timing).toEqual({ kind: 'immediate' });
    expect(rel.body.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'list', 'paragraph']);
    expect(blocksText(rel.body)).not.toMatch(/À propos|CONTACTS|@|^—$/m);
    expect(r.organizations).toHaveLength(2);
    for (const o of r.organizations) expect(o.boilerplate.length).toBeGreaterThan(50);
    // Each e-mail stays with its own person: the address names the person it sits under.
    expect(r.contacts).toHaveLength(2);
    for (const c of r.contacts) {
      expect(c.emails).toHaveLength(1);
      const family = fold(c.name.split(' ').at(-1) ?? '');
      expect(fold(c.emails[0]!.split('@')[0]!)).toContain(family);
    }
  });
});
