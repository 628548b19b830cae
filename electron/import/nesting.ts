import { AppError, fileError } from '../model/errors.js';

/**
 * Parsers and the readers after them walk documents recursively: a file nesting thousands of levels deep
 * overflows the stack (an unexplained crash) after minutes of work. Real releases nest a handful of levels;
 * such files are refused up front, cheaply, with a message that says what is wrong.
 */
export const MAX_NESTING = 500;

/** Elements without content, and those HTML closes by itself: they never deepen a real document. */
const FLAT = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'option', 'optgroup', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp',
]);

/** The deepest element nesting of some HTML, counted from its tags in one pass (no DOM is built). */
export function htmlDepth(html: string): number {
  let depth = 0;
  let max = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)(?:\s[^>]*)?>/g)) {
    const name = (m[2] ?? '').toLowerCase();
    if (FLAT.has(name) || m[0].endsWith('/>')) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (++depth > max) max = depth;
  }
  return max;
}

/** The deepest quote (">") or list indentation of some Markdown, counted line by line. */
export function markdownDepth(text: string): number {
  let max = 0;
  for (const line of text.split('\n')) {
    const quotes = /^[\s>]*/.exec(line)?.[0] ?? '';
    const depth = (quotes.match(/>/g)?.length ?? 0) + Math.floor((/^\s*/.exec(line)?.[0].replace(/\t/g, '    ').length ?? 0) / 2);
    if (depth > max) max = depth;
  }
  return max;
}

/**
 * `source` is the file's name, or a label in both languages for what is not a file ("pasted text"):
 * the message starts with it either way, and details carry the English one as `fileName`.
 */
export function assertShallow(source: string | { en: string; fr: string }, depth: number, what: string): void {
  if (depth > MAX_NESTING) {
    const problem = {
      en: `the ${what} is nested ${depth} levels deep (more than ${MAX_NESTING}); no real document is, so it was not read`,
      fr: `le contenu ${what} comporte ${depth} niveaux d’imbrication (plus que ${MAX_NESTING}); aucun vrai document n’en a autant, il n’a donc pas été lu`,
    };
    const details = { depth, max: MAX_NESTING };
    if (typeof source === 'string') throw fileError('INVALID_FILE', source, problem, details);
    throw new AppError(
      'INVALID_FILE',
      { en: `${source.en}: ${problem.en}`, fr: `${source.fr}\u00a0: ${problem.fr}` },
      { fileName: source.en, ...details },
    );
  }
}
