import { z } from 'zod';
import { Href } from './link.js';

/**
 * The rich body of a release: the one document model every reader produces and every writer consumes.
 * Deliberately flat (no nested lists, no tables): it is what press releases use and what Word,
 * HTML and Markdown all render faithfully.
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

export const Block = z.discriminatedUnion('type', [Paragraph, Heading, List, Quote]);
export type Block = z.infer<typeof Block>;
export type Paragraph = z.infer<typeof Paragraph>;
export type Heading = z.infer<typeof Heading>;
export type List = z.infer<typeof List>;
export type Quote = z.infer<typeof Quote>;

// Plain text of blocks, in a module without zod so the interface counts words with it too.
export { blockText, blocksText, inlineText } from './block-text.js';
