import type { Block, Inline } from './blocks.js';

/** The plain text of blocks: for word counts and search, on both sides of the API. */
export function inlineText(content: readonly Inline[]): string {
  return content.map((i) => i.text).join('');
}

export function blockText(block: Block): string {
  switch (block.type) {
    case 'list':
      return block.items.map(inlineText).join('\n');
    case 'quote':
      return inlineText(block.content) + (block.attribution ? `\n${block.attribution}` : '');
    case 'table':
      return block.rows.map((row) => row.map(inlineText).join('\t')).join('\n');
    default:
      return inlineText(block.content);
  }
}

export function blocksText(blocks: readonly Block[]): string {
  return blocks.map(blockText).join('\n\n');
}
