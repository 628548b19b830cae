import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mediakit } from '../../helpers/cli.js';
import { OWN_SAMPLE, OWN_SAMPLE_FACTS } from '../../helpers/sample-release.js';
import { FIXTURES } from './helpers.js';

// Runs the built command (`npm run build` comes first in `npm test`).
let dir: string;
let lib: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'mk-import-cli-'));
  lib = path.join(dir, 'library');
  const init = await mediakit(['--library', lib, 'init']);
  expect(init.code).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface ReleaseJson {
  id: string;
  lang: string;
  label: string;
  timing: { kind: string; until?: string };
  headline: string;
  dateline: { city: string; date: string | null };
  body: { type: string }[];
  organizations: { id: string; name: string; boilerplate: string }[];
  contacts: { id: string; name: string; title: string; emails: string[] }[];
  endMark: string;
}

describe('mediakit import / show', () => {
  it('imports a release in the style of the French sample and shows it again as JSON and Markdown', async () => {
    const imp = await mediakit(['--library', lib, 'import', 'release', OWN_SAMPLE]);
    expect(imp.stderr).not.toMatch(/^error/m);
    expect(imp.code).toBe(0);
    const rel = imp.json<ReleaseJson>();
    expect(rel).toMatchObject({
      lang: OWN_SAMPLE_FACTS.lang,
      label: OWN_SAMPLE_FACTS.label,
      timing: { kind: 'immediate' },
      headline: OWN_SAMPLE_FACTS.headline,
      dateline: OWN_SAMPLE_FACTS.dateline,
    });
    expect(rel.organizations.map((o) => o.name)).toEqual(OWN_SAMPLE_FACTS.organizations);
    expect(rel.organizations.every((o) => o.boilerplate.length > 50)).toBe(true);
    expect(rel.contacts.map((c) => [c.name, c.title, c.emails[0]])).toEqual(OWN_SAMPLE_FACTS.contacts.map((c) => [c.name, c.title, c.emails[0]]));

    const show = await mediakit(['--library', lib, 'show', 'release', rel.id, '--format', 'json']);
    expect(show.code).toBe(0);
    expect(show.json()).toEqual(rel);

    const md = await mediakit(['--library', lib, 'show', 'release', rel.id, '--format', 'markdown']);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('**Photonique Estrie**');
    expect(md.stdout.match(/^- /gm)).toHaveLength(4);

    // The original is kept by hash in the library's files.
    const stored = JSON.parse(await readFile(path.join(lib, 'library.json'), 'utf8')) as { releases: { source: { sha256: string } }[] };
    const sha = stored.releases[0]!.source.sha256;
    const kept = await readFile(path.join(lib, 'files', sha.slice(0, 2), sha));
    expect(kept.equals(await readFile(OWN_SAMPLE))).toBe(true);
  });

  it('imports contacts and reports skipped rows; a second import merges', async () => {
    const first = await mediakit(['--library', lib, 'import', 'contacts', path.join(FIXTURES, 'outlook.csv')]);
    expect(first.code).toBe(0);
    expect(first.json()).toMatchObject({ imported: 2, merged: 1, skipped: [{ row: 4 }, { row: 5 }] });
    const again = await mediakit(['--library', lib, 'import', 'contacts', path.join(FIXTURES, 'outlook.csv')]);
    expect(again.json()).toMatchObject({ imported: 0, merged: 3 });
  });

  it('imports a logo for an organization matched by name', async () => {
    const svgFile = path.join(dir, 'mivo.svg');
    await writeFile(svgFile, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 100"><rect width="300" height="100" fill="#0b6e4f"/></svg>');
    const r = await mediakit(['--library', lib, 'import', 'logo', svgFile, '--org', 'PHOTONIQUE ESTRIE', '--variant', 'horizontal']);
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ organization: 'Photonique Estrie', variant: 'horizontal', format: 'svg', width: 300, height: 100 });

    // A new image for the same logo: its id, organization and variant stay.
    const { id } = r.json() as { id: string };
    const wider = path.join(dir, 'mivo-2026.svg');
    await writeFile(wider, '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 100"><rect width="400" height="100" fill="#0b6e4f"/></svg>');
    const replaced = await mediakit(['--library', lib, 'import', 'logo', wider, '--replace', id]);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(replaced.json()).toMatchObject({ changed: true, logo: { id, variant: 'horizontal', originalFileName: 'mivo-2026.svg', file: { width: 400 } } });
    const usage = await mediakit(['--library', lib, 'import', 'logo', wider]);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--org <name> for a new logo, or --replace <id>/);
  });

  it('refuses bad files with exit 1, the file name and the reason, leaving library.json byte for byte unchanged', async () => {
    const before = await readFile(path.join(lib, 'library.json'));
    const fake = path.join(dir, 'photo.png');
    await writeFile(fake, 'just some text');
    const bomb = path.join(dir, 'hostile.svg');
    await writeFile(bomb, '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa">]><svg xmlns="http://www.w3.org/2000/svg" width="1" height="1">&a;</svg>');
    const vcf = path.join(FIXTURES, 'malformed.vcf');
    const pdf = path.join(dir, 'release.txt');
    await writeFile(pdf, '%PDF-1.7\n%âãÏÓ\n');
    const runs = [
      [['import', 'logo', fake, '--org', 'Acme'], /^error: photo\.png: this is not an image/],
      [['import', 'logo', bomb, '--org', 'Acme'], /^error: hostile\.svg: SVG files with DOCTYPE or ENTITY/],
      [['import', 'contacts', vcf], /^error: malformed\.vcf: this vCard file is malformed/],
      [['import', 'release', pdf], /^error: release\.txt: this is a PDF/],
    ] as const;
    for (const [args, message] of runs) {
      const r = await mediakit(['--library', lib, ...args]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
    expect((await readFile(path.join(lib, 'library.json'))).equals(before)).toBe(true);
  });
});
