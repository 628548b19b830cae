import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../electron/export/docx.js';
import type { FileSource, KitDocument } from '../../../electron/export/kit-document.js';
import { resolveKit, resolveRelease } from '../../../electron/export/kit.js';
import { buildFixture, IDS } from '../../fixtures/export/library-fixture.js';
import { renderDocxWithDocx } from './docx-reference.js';
import { unzip } from './helpers.js';

/**
 * The DOCX writer writes its markup as strings, for speed; the files must stay what the docx
 * package made of the same documents (docx-reference.ts is the writer as it was, on docx). Only
 * what docx numbered by chance differs: timestamps, hyperlink relationship ids (random in docx)
 * and picture ids (a counter shared by every document of the process).
 */
function normalized(xml: string): string {
  const ids = new Map<string, string>();
  let picture = 0;
  return xml
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+Z/g, 'TIME')
    .replace(/rId[A-Za-z0-9_-]+/g, (id) => {
      if (!ids.has(id)) ids.set(id, `rel${ids.size + 1}`);
      return ids.get(id) ?? id;
    })
    .replace(/<wp:docPr id="\d+"/g, () => `<wp:docPr id="${++picture}"`);
}

async function expectSameFile(doc: KitDocument, files: FileSource): Promise<void> {
  const ours = unzip(await renderDocx(doc, files));
  const theirs = unzip(await renderDocxWithDocx(doc, files));
  expect(Object.keys(ours)).toEqual(Object.keys(theirs));
  for (const [name, bytes] of Object.entries(theirs)) {
    const mine = ours[name] ?? new Uint8Array();
    if (name.startsWith('word/media/')) {
      expect(Buffer.from(mine).equals(Buffer.from(bytes)), name).toBe(true);
    } else {
      expect(normalized(new TextDecoder().decode(mine)), name).toBe(normalized(new TextDecoder().decode(bytes)));
    }
  }
}

describe('the DOCX writer makes the files docx made', () => {
  it('for the French kit, its releases, and the kit in A4, without a cover, with a Japanese-style footer and odd contacts', async () => {
    const fx = await buildFixture();
    const kit = resolveKit(fx.doc, IDS.kit);
    await expectSameFile(kit, fx.files);
    for (const id of [IDS.relFr, IDS.relEn, IDS.relGb, IDS.relJa]) await expectSameFile(resolveRelease(fx.doc, id, {}), fx.files);
    await expectSameFile({ ...kit, pageSize: 'a4' }, fx.files);
    await expectSameFile({ ...kit, cover: undefined }, fx.files);
    await expectSameFile({ ...kit, labels: { ...kit.labels, page: { word: '', of: '/' } } }, fx.files);
    await expectSameFile(
      {
        ...kit,
        sections: kit.sections.map((s) =>
          s.type === 'contacts'
            ? {
                ...s,
                contacts: [
                  ...s.contacts,
                  { name: 'A & B <c> "q" \'s\'\u0007', title: '', organization: '', emails: [], phones: [], lang: null },
                ],
              }
            : s,
        ),
      },
      fx.files,
    );
  });
});
