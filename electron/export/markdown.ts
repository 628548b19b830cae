import type { Block, Inline, Table } from '../model/index.js';
import type { KitContact, KitDocument, KitSectionDoc, ReleaseSection } from './kit-document.js';

/** Markdown of a release or a kit, for web newsrooms and e-mail bodies (CommonMark, nothing exotic). */

/** Escapes what CommonMark would read as markup; typographic spaces and quotes pass through as they are. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/^(\s*)([-+]|\d+[.)])(\s)/, '$1\\$2$3');
}

function inline(i: Inline): string {
  let t = escapeMarkdown(i.text);
  if (!t.trim()) return t;
  // Emphasis markers must hug the text: move surrounding spaces outside them.
  const lead = /^\s*/.exec(t)?.[0] ?? '';
  const trail = /\s*$/.exec(t)?.[0] ?? '';
  let core = t.slice(lead.length, t.length - trail.length);
  if (i.italic) core = `*${core}*`;
  if (i.bold) core = `**${core}**`;
  if (i.href) core = `[${core}](<${i.href.replace(/[<>]/g, encodeURIComponent)}>)`;
  t = lead + core + trail;
  return t;
}

function inlines(content: readonly Inline[]): string {
  return content.map(inline).join('');
}

/**
 * A GFM pipe table. GFM needs a header row: a table without one gets an empty header, so that no row
 * of data is turned into headings. Line breaks in a cell become spaces (a row is one line).
 */
function pipeTable(t: Table): string {
  const width = Math.max(...t.rows.map((r) => r.length));
  const row = (cells: readonly string[]) => `| ${Array.from({ length: width }, (_, n) => cells[n] ?? '').join(' | ')} |`;
  const text = (r: Inline[][]) => r.map((c) => inlines(c).replace(/\s*\n\s*/g, ' '));
  const [first, ...rest] = t.rows;
  const head = t.header && first ? text(first) : [];
  const body = t.header ? rest : t.rows;
  return [row(head), row(Array.from({ length: width }, () => '---')), ...body.map((r) => row(text(r)))].join('\n');
}

/** `level`: the level of the heading the blocks sit under; theirs follow it without skipping one. */
function blocks(body: readonly Block[], dateline = '', level = 1): string[] {
  const out: string[] = [];
  let datelineUsed = !dateline;
  for (const b of body) {
    switch (b.type) {
      case 'paragraph': {
        const lead = datelineUsed ? '' : `**${escapeMarkdown(dateline)}**${dateline.endsWith('】') ? '' : ' '}`;
        datelineUsed = true;
        out.push(lead + inlines(b.content));
        break;
      }
      case 'heading':
        out.push(`${'#'.repeat(Math.min(6, level + b.level - 1))} ${inlines(b.content)}`);
        break;
      case 'list':
        out.push(b.items.map((it, n) => `${b.ordered ? `${n + 1}.` : '-'} ${inlines(it)}`).join('\n'));
        break;
      case 'quote':
        out.push(
          [`> ${inlines(b.content)}`, ...(b.attribution ? ['>', `> — ${escapeMarkdown(b.attribution)}`] : [])].join('\n'),
        );
        break;
      case 'table':
        out.push(pipeTable(b));
        break;
    }
  }
  if (!datelineUsed) out.unshift(`**${escapeMarkdown(dateline)}**`);
  return out;
}

function contact(c: KitContact): string {
  const lines = [
    `**${escapeMarkdown(c.name)}**`,
    c.title && escapeMarkdown(c.title),
    c.organization && escapeMarkdown(c.organization),
    ...c.phones.map(escapeMarkdown),
    ...c.emails.map((e) => `[${escapeMarkdown(e)}](mailto:${e})`),
  ].filter(Boolean);
  // Two trailing spaces: a hard line break inside one paragraph.
  return lines.join('  \n');
}

function release(s: ReleaseSection, level: number): string[] {
  const h = '#'.repeat(level);
  return [
    `*${escapeMarkdown(s.label)}*`,
    ...(s.addressee ? [escapeMarkdown(s.addressee)] : []),
    `**${escapeMarkdown(s.timingLine)}**`,
    ...(s.dateLine ? [escapeMarkdown(s.dateLine)] : []),
    `${h} ${escapeMarkdown(s.headline)}`,
    ...(s.subheadline ? [`*${escapeMarkdown(s.subheadline)}*`] : []),
    ...blocks(s.body, s.datelineText, level),
    // UK style: ENDS, then "Notes to editors" with the notes and the About sections under them.
    ...(s.notes ? [escapeMarkdown(s.endMark), `${h}# ${escapeMarkdown(s.notes.heading)}`, ...blocks(s.notes.body, '', level + 1)] : []),
    ...s.boilerplates.flatMap((b) => [`${h}${s.notes ? '##' : '#'} ${escapeMarkdown(b.heading)}`, ...b.paragraphs.map(escapeMarkdown)]),
    ...(s.notes ? [] : [escapeMarkdown(s.endMark)]),
    ...(s.contacts.length
      ? [`**${escapeMarkdown(s.contactsHeading)}**`, ...s.contacts.map(contact)]
      : s.contactsElsewhere
        ? [`*${escapeMarkdown(s.contactsElsewhere)}*`]
        : []),
  ];
}

function section(s: KitSectionDoc, level: number): string[] {
  const h = '#'.repeat(level);
  switch (s.type) {
    case 'release':
      return release(s, level);
    case 'logos':
      return [`${h} ${escapeMarkdown(s.title)}`, s.logos.map((l) => `- **${escapeMarkdown(l.name)}** — ${escapeMarkdown([l.organization, l.variant, l.caption].filter(Boolean).join(' · '))}`).join('\n')];
    case 'contacts':
      return [`${h} ${escapeMarkdown(s.title)}`, ...s.contacts.map(contact)];
    case 'boilerplates':
      return [`${h} ${escapeMarkdown(s.title)}`, ...s.boilerplates.flatMap((b) => [`${h}# ${escapeMarkdown(b.heading)}`, ...b.paragraphs.map(escapeMarkdown)])];
    case 'text':
      return [...(s.title ? [`${h} ${escapeMarkdown(s.title)}`] : []), ...blocks(s.body, '', s.title ? level : level - 1)];
  }
}

export function renderMarkdown(doc: KitDocument): string {
  const parts: string[] = [];
  if (doc.kind === 'kit') {
    parts.push(`# ${escapeMarkdown(doc.title)}`);
    const c = doc.cover;
    if (c?.subtitle) parts.push(`*${escapeMarkdown(c.subtitle)}*`);
    const when = [c?.eventLine, c?.dateText, c?.location].filter(Boolean).join(' · ');
    if (when) parts.push(escapeMarkdown(when));
    doc.sections.forEach((s) => {
      parts.push('---');
      parts.push(...section(s, 2));
    });
  } else {
    for (const s of doc.sections) parts.push(...section(s, 1));
  }
  return `${parts.join('\n\n')}\n`;
}
