import { describe, expect, test } from 'vitest';
import type { Block } from '../../electron/model/blocks.js';
import { blocksToTiptap, countWords, tiptapToBlocks, type TipNode } from '../../renderer/lib/blocks-tiptap.js';
import { isoToWallTime, wallTimeToIso } from '../../renderer/lib/zoned-time.js';

const body: Block[] = [
  { type: 'paragraph', content: [{ text: 'Le ' }, { text: 'Festival', bold: true }, { text: ' ouvre ' }, { text: 'demain', italic: true }, { text: ' : ' }, { text: 'le programme', href: 'https://festival.example/programme' }, { text: '.' }] },
  { type: 'heading', level: 2, content: [{ text: 'Faits saillants' }] },
  { type: 'list', ordered: false, items: [[{ text: 'douze œuvres' }], [{ text: 'accès ', bold: false }, { text: 'gratuit', bold: true }]] },
  { type: 'list', ordered: true, items: [[{ text: 'Appel' }], [{ text: 'Sélection' }]] },
  { type: 'quote', content: [{ text: 'Une ville qui brille.' }], attribution: 'Noémie Gagnon, directrice artistique' },
  { type: 'heading', level: 3, content: [{ text: 'Accès' }] },
  { type: 'paragraph', content: [{ text: 'Ligne un\nLigne deux' }] },
];

describe('release body ⇄ TipTap JSON', () => {
  test('every block kind survives the round trip', () => {
    const back = tiptapToBlocks(blocksToTiptap(body));
    // Runs with bold:false merge with their plain neighbours: same text, same look.
    expect(back[2]).toEqual({ type: 'list', ordered: false, items: [[{ text: 'douze œuvres' }], [{ text: 'accès ' }, { text: 'gratuit', bold: true }]] });
    expect(back.filter((_, i) => i !== 2)).toEqual(body.filter((_, i) => i !== 2));
  });

  test('what the editor makes on its own is mapped to the model', () => {
    const doc: TipNode = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Titre collé' }] },
        { type: 'paragraph' },
        { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a' }] }, { type: 'paragraph', content: [{ type: 'text', text: 'b' }] }] }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Sans signature.' }] }] },
      ],
    };
    expect(tiptapToBlocks(doc)).toEqual([
      { type: 'heading', level: 2, content: [{ text: 'Titre collé' }] },
      { type: 'paragraph', content: [{ text: 'x' }] },
      { type: 'list', ordered: false, items: [[{ text: 'a b' }]] },
      { type: 'quote', content: [{ text: 'Sans signature.' }] },
    ]);
  });

  test('an empty body is one empty paragraph for the editor and nothing for the model', () => {
    expect(blocksToTiptap([])).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
    expect(tiptapToBlocks({ type: 'doc', content: [{ type: 'paragraph' }] })).toEqual([]);
  });

  test('word count: French words, and one per Japanese character', () => {
    expect(countWords('Le Festival ouvre l’été — 14 août !')).toBe(6);
    expect(countWords('神戸で開始')).toBe(5);
  });
});

describe('embargo wall time ⇄ instant', () => {
  test('Montréal in summer is UTC−4, Paris UTC+2, Tokyo UTC+9', () => {
    expect(wallTimeToIso('2026-06-08T06:00', 'America/Toronto')).toBe('2026-06-08T06:00:00-04:00');
    expect(wallTimeToIso('2026-06-08T00:01', 'Europe/Paris')).toBe('2026-06-08T00:01:00+02:00');
    expect(wallTimeToIso('2026-01-15T09:30', 'Asia/Tokyo')).toBe('2026-01-15T09:30:00+09:00');
    expect(wallTimeToIso('2026-01-15T09:30', 'America/Toronto')).toBe('2026-01-15T09:30:00-05:00');
  });

  test('reading back gives the wall time the author typed', () => {
    expect(isoToWallTime('2026-06-08T06:00:00-04:00', 'America/Toronto')).toBe('2026-06-08T06:00');
    expect(isoToWallTime('2026-06-08T10:00:00Z', 'Asia/Tokyo')).toBe('2026-06-08T19:00');
    expect(wallTimeToIso('garbage', 'UTC')).toBeNull();
  });
});
