/**
 * The print HTML carries its fonts as data: URLs (self-contained: the preview, the HTML export and
 * Electron's printer use it as is). Chromium would re-parse and re-decode ~800 KB of base64 at
 * every print; the system-Chromium printer instead serves each font from memory at a private URL
 * that never changes, so the renderer's cache keeps it decoded from one print to the next.
 */

/** `.invalid` never resolves; only the printer's own request handler answers it. */
export const FONT_ORIGIN = 'https://fonts.mediakit.invalid';

const FACE = /url\(data:font\/woff2;base64,([A-Za-z0-9+/=]+)\)/g;
const CSP_META = 'http-equiv="Content-Security-Policy"';
const CSP_FONTS = 'font-src data:';

export class FontServer {
  private readonly urlOf = new Map<string, string>();
  private readonly base64Of = new Map<string, string>();

  /**
   * The same page with the fonts of its first style sheet (where the print template puts them)
   * pointing at this server. Anything else in the page, user text included, is left as it is.
   */
  serve(html: string): string {
    const open = html.indexOf('<style>');
    const close = open < 0 ? -1 : html.indexOf('</style>', open);
    if (close < 0) return html;
    let head = html.slice(0, open);
    const meta = head.indexOf(CSP_META);
    if (meta >= 0) {
      // The template's policy allows fonts from data: only; the served fonts need this origin too.
      const end = head.indexOf('>', meta);
      const tag = head.slice(meta, end);
      if (!tag.includes(CSP_FONTS)) return html;
      head = head.slice(0, meta) + tag.replace(CSP_FONTS, `${CSP_FONTS} ${FONT_ORIGIN}`) + head.slice(end);
    }
    const css = html.slice(open, close).replace(FACE, (_m, base64: string) => `url(${this.urlFor(base64)})`);
    return head + css + html.slice(close);
  }

  /** The woff2 file served at `url`, base64-encoded (as the protocol sends bodies), if it is one of ours. */
  base64(url: string): string | undefined {
    return this.base64Of.get(url);
  }

  private urlFor(base64: string): string {
    let url = this.urlOf.get(base64);
    if (!url) {
      url = `${FONT_ORIGIN}/${this.urlOf.size + 1}.woff2`;
      this.urlOf.set(base64, url);
      this.base64Of.set(url, base64);
    }
    return url;
  }
}
