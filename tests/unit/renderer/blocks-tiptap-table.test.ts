import { describe, expect, it } from 'vitest';
import type { Block } from '../../../electron/model/blocks.js';
import { blocksToTiptap, tiptapToBlocks } from '../../../renderer/lib/blocks-tiptap.js';

/** The release editor keeps a table whole (shown read-only, #20): saving from the editor changes nothing in it. */
describe('a table through the release editor', () => {
  const body: Block[] = [
    { type: 'paragraph', content: [{ text: 'Passengers by route:' }] },
    {
      type: 'table',
      header: true,
      rows: [
        [[{ text: 'Route' }], [{ text: '2025' }]],
        [[{ text: 'Halifax – Dartmouth' }], [{ text: '1 610 000', bold: true }]],
      ],
    },
    { type: 'paragraph', content: [{ text: 'Two more crossings from May.' }] },
  ];

  it('becomes one table node and comes back the same', () => {
    const doc = blocksToTiptap(body);
    expect(doc.content?.map((n) => n.type)).toEqual(['paragraph', 'releaseTable', 'paragraph']);
    expect(tiptapToBlocks(doc)).toEqual(body);
  });

  it('drops a table node whose data is not a table rather than saving garbage', () => {
    const doc = blocksToTiptap(body);
    doc.content![1] = { type: 'releaseTable', attrs: { header: true, rows: 'nope' } };
    expect(tiptapToBlocks(doc).map((b) => b.type)).toEqual(['paragraph', 'paragraph']);
  });
});
