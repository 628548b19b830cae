import { z } from 'zod';

/**
 * A link the app stores and exports: an absolute http(s) URL with a host, or a mailto: address.
 * Checked as a URL (not by its first characters) because the text after a valid start is written
 * verbatim into Markdown, HTML and DOCX: a line break in it would inject markup into the export.
 */
export function isSafeLink(raw: string): boolean {
  // Whitespace and control characters are never part of a URL as written: browsers strip some
  // silently, Markdown ends the link at them. Refuse rather than guess.
  if (!raw || /[\s\u0000-\u001f\u007f-\u009f]/.test(raw)) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return /^[^@/?#]+@[^@/?#]+$/.test(url.pathname);
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && /^https?:\/\//i.test(raw);
}

export const Href = z.string().refine(isSafeLink, {
  message: 'a link must be a complete http://, https:// or mailto: address, without spaces or line breaks',
});
