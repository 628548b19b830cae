import { z } from 'zod';
import { Href } from './link.js';

/**
 * The rich body of a release: the one document model every reader produces and every writer consumes.
 * Deliberately flat (no nested lists; a table's cells hold text, not blocks): it is what press
 * releases use and what Word, HTML and Markdown all render faithfully.
 */
export const Inline = z.object({
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  /** http(s): or mailto: only, parsed as a URL; readers drop anything else (javascript:, data:, file:). */
  href: Href.optional(),
});
export type Inline = z.infer<typeof Inline>;

export const Paragraph = z.object({ type: z.literal('paragraph'), content: z.array(Inline) });
export const Heading = z.object({
  type: z.literal('heading'),
  level: z.union([z.literal(2), z.literal(3)]),
  content: z.array(Inline),
});
export const List = z.object({
  type: z.literal('list'),
  ordered: z.boolean(),
  items: z.array(z.array(Inline)),
});
export const Quote = z.object({
  type: z.literal('quote'),
  content: z.array(Inline),
  attribution: z.string().optional(),
});

/**
 * A table as the release wrote it (figures, a schedule, a price list): rows of cells, each cell a run
 * of text; `header`: the first row is the header row. Added after schema 3 without a migration: a
 * library without tables reads the same.
 */
export const Table = z.object({
  type: z.literal('table'),
  header: z.boolean().default(false),
  rows: z.array(z.array(z.array(Inline))).min(1),
});

export const Block = z.discriminatedUnion('type', [Paragraph, Heading, List, Quote, Table]);
export type Block = z.infer<typeof Block>;
export type Paragraph = z.infer<typeof Paragraph>;
export type Heading = z.infer<typeof Heading>;
export type List = z.infer<typeof List>;
export type Quote = z.infer<typeof Quote>;
export type Table = z.infer<typeof Table>;

// Plain text of blocks, in a module without zod so the interface counts words with it too.
export { blockText, blocksText, inlineText } from './block-text.js';
