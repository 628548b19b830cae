/**
 * Text bound for a terminal, with its control characters made visible. A file name or a field
 * can hold escape sequences (ESC, CSI, BEL…) that would retitle, clear or reprogram the
 * officer's terminal if printed raw; they are shown as \x1b, \x9b… instead. Line breaks become
 * spaces: a message is one line.
 */
export function printable(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
      const code = c.charCodeAt(0);
      return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}

/**
 * JSON for stdout. JSON.stringify escapes U+0000–U+001F but leaves DEL, the C1 controls (U+009B
 * starts a terminal sequence as ESC [ does) and the bidi overrides as they are: escaped here too,
 * as valid JSON \u escapes.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The same for several lines of text (commander's usage and help): line breaks kept. */
export function printableLines(text: string): string {
  return text.split('\n').map((line) => printable(line)).join('\n');
}
