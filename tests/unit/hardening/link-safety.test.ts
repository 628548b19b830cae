import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/api/dispatch.js';
import { createContext } from '../../../electron/host/context.js';
import { safeHref } from '../../../electron/import/safe-href.js';
import { Library } from '../../../electron/library/library.js';
import { isSafeLink } from '../../../electron/model/link.js';
import { tempDir } from '../../helpers/temp-dir.js';

/**
 * Issue #21.8: a link was checked only at its start, so `http://x/` followed by line breaks and
 * Markdown went into the store and came out of the Markdown export as a heading and a
 * javascript: link. Links are now parsed as URLs by the model's schema: every door refuses them.
 */
const INJECTED = 'http://x/\n\n# Titre injecté\n[clic](javascript:alert(1))';

describe('links are URLs, checked by the model', () => {
  it('accepts complete http(s) and mailto links, refuses the rest', () => {
    for (const ok of ['https://boreal.example.org/presse?id=4#haut', 'http://127.0.0.1:8080/', 'mailto:presse@boreal.example']) expect(isSafeLink(ok), ok).toBe(true);
    for (const bad of [INJECTED, 'https://a.example/ b', 'https://a.example/\tb', 'javascript:alert(1)', 'data:text/html,<b>', 'file:///etc/passwd', 'https://', 'http:/x', 'mailto:', 'mailto:nobody', 'ftp://a.example/', ' https://a.example/', 'https://a.example/\u0085'])
      expect(isSafeLink(bad), JSON.stringify(bad)).toBe(false);
  });

  it('readers keep only what the model accepts', () => {
    expect(safeHref('www.boreal.example.org')).toBe('https://www.boreal.example.org');
    expect(safeHref('presse@boreal.example')).toBe('mailto:presse@boreal.example');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    for (const raw of [INJECTED, 'https://a.example/ x', 'http://', 'https:// a b']) {
      const href = safeHref(raw);
      if (href !== undefined) expect(isSafeLink(href)).toBe(true);
    }
  });

  it('the API refuses a link with line breaks, in a new release and in an edit, and the library stays as it was', async () => {
    const dir = await tempDir('mk-links-');
    const lib = await Library.open(dir);
    const ctx = createContext(lib, 'cli');
    const body = (href: string) => [{ type: 'paragraph', content: [{ text: 'Le site', href }] }];
    const created = await dispatch('releases.create', { data: { lang: 'fr-CA', headline: 'Lancement', body: body('https://boreal.example.org/') } }, ctx);
    expect(created.ok).toBe(true);
    const before = await readFile(path.join(dir, 'library.json'), 'utf8');

    const bad = await dispatch('releases.create', { data: { lang: 'fr-CA', headline: 'Piège', body: body(INJECTED) } }, ctx);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(/link|lien/) });
    const id = created.ok ? (created.result as { id: string }).id : '';
    const edit = await dispatch('releases.update', { id, patch: { body: body(INJECTED) } }, ctx);
    expect(edit.ok).toBe(false);

    await lib.close();
    expect(await readFile(path.join(dir, 'library.json'), 'utf8')).toBe(before);
  });

  it('a library saved before the check opens: the bad link loses its link, its text stays, and the Markdown export has no injected markup', async () => {
    const dir = await tempDir('mk-links-old-');
    const lib = await Library.open(dir);
    const ctx = createContext(lib, 'cli');
    const created = await dispatch('releases.create', { data: { lang: 'en-US', headline: 'Launch', body: [{ type: 'paragraph', content: [{ text: 'Our site', href: 'https://boreal.example.org/' }, { text: ' and ' }, { text: 'the trap', href: 'https://boreal.example.org/' }] }] } }, ctx);
    expect(created.ok).toBe(true);
    await lib.close();
    // What an older version let through: the trap's link rewritten on disk as it was then stored.
    const file = path.join(dir, 'library.json');
    const doc = JSON.parse(await readFile(file, 'utf8')) as { schemaVersion: number; releases: Array<{ body: Array<{ content: Array<{ href?: string }> }> }> };
    doc.schemaVersion = 2;
    doc.releases[0]!.body[0]!.content[2]!.href = INJECTED;
    await writeFile(file, JSON.stringify(doc, null, 1));

    const reopened = await Library.open(dir);
    const content = reopened.doc.releases[0]!.body[0]!;
    expect(content.type === 'paragraph' && content.content).toEqual([{ text: 'Our site', href: 'https://boreal.example.org/' }, { text: ' and ' }, { text: 'the trap' }]);
    const out = await tempDir('mk-links-out-');
    const exported = await dispatch('export.release', { id: reopened.doc.releases[0]!.id, formats: ['md'], outDir: out }, createContext(reopened, 'cli'));
    if (!exported.ok) throw new Error(exported.error.message);
    const md = await readFile((exported.result as { files: Array<{ path: string }> }).files[0]!.path, 'utf8');
    expect(md).not.toMatch(/javascript:|^# Titre injecté/m);
    expect(md).toContain('[Our site](<https://boreal.example.org/>)');
    await reopened.close();
  });
});
