import { Node } from '@tiptap/react';
import type { Inline } from '../../electron/model/blocks.js';

/**
 * A release's table in the editor: kept whole and shown as a table, not editable cell by cell (the
 * editor has no table tools yet). It can be moved or deleted as one block; its content is edited in
 * the original document and imported again. Its data rides in the node's attributes, so saving the
 * release keeps it exactly.
 */
export interface TableAttrs {
  header: boolean;
  rows: Inline[][][];
}

function cellText(cell: readonly Inline[]): string {
  return cell.map((r) => r.text).join('');
}

export const ReleaseTable = Node.create({
  name: 'releaseTable',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,
  addAttributes() {
    return { header: { default: false }, rows: { default: [] } };
  },
  parseHTML() {
    return [{ tag: 'table[data-release-table]', getAttrs: (el) => JSON.parse((el as HTMLElement).dataset.releaseTable ?? '{}') as TableAttrs }];
  },
  renderHTML({ node }) {
    const { header, rows } = node.attrs as TableAttrs;
    const row = (cells: Inline[][], tag: 'th' | 'td') => ['tr', {}, ...cells.map((c) => [tag, {}, cellText(c)])];
    const [first, ...rest] = rows;
    const body = (header ? rest : rows).map((r) => row(r, 'td'));
    return [
      'table',
      { 'data-release-table': JSON.stringify({ header, rows }), class: 'release-table', contenteditable: 'false' },
      ...(header && first ? [['thead', {}, row(first, 'th')]] : []),
      ['tbody', {}, ...body],
    ] as unknown as [string, ...unknown[]];
  },
});
