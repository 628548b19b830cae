/**
 * The HTML part is built from the same text as the plain part, so both always say the same thing.
 * Everything is escaped; web addresses and e-mail addresses become links (only http(s) and mailto,
 * so a template can never smuggle a javascript: link into a journalist's inbox).
 */

export interface HtmlBodyInput {
  lang: string;
  subject: string;
  /** Printed first, in bold: the embargo. */
  notice?: string;
  body: string;
  signature: string;
}

const LINK = /\b(https?:\/\/[^\s<>"“”«»]+|www\.[^\s<>"“”«»]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;
/** Punctuation that ends a sentence rather than an address. */
const TRAILING = /[.,;:!?)\]}’'»”]+$/;

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function linkify(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(LINK)) {
    const start = match.index;
    let target = match[0];
    const trail = TRAILING.exec(target)?.[0] ?? '';
    if (trail) target = target.slice(0, -trail.length);
    if (!target) continue;
    html += escapeHtml(text.slice(last, start));
    const href = target.includes('@') && !/^https?:|^www\./.test(target) ? `mailto:${target}` : /^www\./.test(target) ? `https://${target}` : target;
    html += `<a href="${escapeHtml(href)}">${escapeHtml(target)}</a>`;
    last = start + target.length;
  }
  return html + escapeHtml(text.slice(last));
}

function paragraphs(text: string, style = ''): string {
  return text
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p${style}>${p.split('\n').map(linkify).join('<br>\n')}</p>`)
    .join('\n');
}

export function renderHtmlBody(input: HtmlBodyInput): string {
  const parts: string[] = [];
  if (input.notice) parts.push(`<p style="margin:0 0 1em"><strong>${escapeHtml(input.notice)}</strong></p>`);
  parts.push(paragraphs(input.body, ' style="margin:0 0 1em"'));
  if (input.signature.trim()) parts.push(`<div class="signature" style="color:#444">\n${paragraphs(input.signature, ' style="margin:0 0 0.5em"')}\n</div>`);
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(input.lang)}">`,
    '<head><meta charset="utf-8">',
    `<title>${escapeHtml(input.subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,\'Hiragino Sans\',Meiryo,sans-serif;font-size:14px;line-height:1.5;color:#222">',
    ...parts,
    '</body>',
    '</html>',
  ].join('\n');
}

/** The plain part: notice, body, then the signature below a blank line. */
export function renderTextBody(input: Omit<HtmlBodyInput, 'lang' | 'subject'>): string {
  const parts = [input.notice ?? '', input.body, input.signature.trim()].filter((p) => p.trim());
  return parts.join('\n\n') + '\n';
}
