import type { Localized } from '../model/errors.js';
import type { Block, Inline } from '../model/index.js';
import { inlineText } from '../model/index.js';

/**
 * What every release reader hands the structure step: blocks that still remember their lines,
 * because a press release's header and contacts are written one fact per line.
 */
export type SourceBlock =
  /**
   * `table`: when the paragraph is a table (or a row of one), its rows → cells → lines, so that the
   * structure step can read contacts laid out side by side; the body keeps the paragraph as it is.
   */
  | {
      kind: 'paragraph';
      lines: Inline[][];
      table?: Inline[][][][];
      /** The first row of `table` is a header row. */
      tableHeader?: boolean;
      /** Rows of one table read as several blocks (HTML, Word: one per row) share this number. */
      tableId?: number;
    }
  | { kind: 'heading'; level: 1 | 2 | 3; lines: Inline[][] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'quote'; lines: Inline[][] }
  /** A thematic break ("—", "---", "* * *"): a separator, never content. */
  | { kind: 'rule' };

export interface ReadRelease {
  blocks: SourceBlock[];
  /** The plain text lines, for language detection and for the record. */
  rawLines: string[];
  /**
   * What the file holds and the release cannot (its text has no pictures, media or charts): never
   * dropped in silence, each is named in the import review.
   */
  leftOut?: LeftOut[];
}

export type LeftOutKind = 'image' | 'video' | 'audio' | 'frame' | 'object' | 'drawing' | 'chart' | 'diagram';

/** Something a reader left out: its alternative text or title, its file's name, whether it was a web address (never fetched). */
export interface LeftOut {
  kind: LeftOutKind;
  alt: string;
  file: string;
  remote: boolean;
}

/** Each kind's words: what was left out (the sentence's subject), the name of one without a name, and what to do. */
const KIND_WORDS: Record<LeftOutKind, { en: [string, string]; fr: [string, string] }> = {
  image: { en: ['An image was', 'an embedded image'], fr: ['Une image a été laissée', 'une image intégrée'] },
  video: { en: ['A video was', 'an embedded video'], fr: ['Une vidéo a été laissée', 'une vidéo intégrée'] },
  audio: { en: ['An audio clip was', 'an embedded clip'], fr: ['Un extrait audio a été laissé', 'un extrait intégré'] },
  frame: { en: ['An embedded web page was', 'a frame'], fr: ['Une page Web intégrée a été laissée', 'un cadre'] },
  object: { en: ['An embedded object was', 'an object'], fr: ['Un objet intégré a été laissé', 'un objet'] },
  drawing: { en: ['A drawing was', 'a drawing without a title'], fr: ['Un dessin a été laissé', 'un dessin sans titre'] },
  chart: { en: ['A chart was', 'a Word chart'], fr: ['Un graphique a été laissé', 'un graphique Word'] },
  diagram: { en: ['A diagram was', 'a SmartArt diagram'], fr: ['Un diagramme a été laissé', 'un diagramme SmartArt'] },
};

/** The import review's line for what a reader left out, naming it in each language's quotes. */
export function leftOutWarning(item: LeftOut): Localized {
  const name = (open: string, close: string, web: string, none: string) => {
    const parts = [item.alt ? `${open}${item.alt}${close}` : '', item.file ? (item.alt ? `(${item.file})` : item.file) : ''].filter(Boolean);
    return `${parts.join(' ') || none}${item.remote ? ` ${web}` : ''}`;
  };
  const w = KIND_WORDS[item.kind];
  const image = item.kind === 'image';
  const en = name('“', '”', '(on the web, not downloaded)', w.en[1]);
  // "Une image … non téléchargée", "Un objet … non téléchargé".
  const fr = name('«\u00a0', '\u00a0»', w.fr[0].startsWith('Une') ? '(sur le Web, non téléchargée)' : '(sur le Web, non téléchargé)', w.fr[1]);
  return {
    en: `${w.en[0]} left out of the release: ${en}. ${image ? 'Add it under Logos if the kit needs it.' : 'Link to it in the text if journalists need it.'}`,
    fr: `${w.fr[0]} de côté\u00a0: ${fr}. ${image ? 'Ajoutez-la dans Logos si la trousse en a besoin.' : 'Mettez un lien dans le texte si les journalistes en ont besoin.'}`,
  };
}

export function leftOutSeen(kind: LeftOutKind, src: string | undefined, alt: string | undefined): LeftOut {
  const s = (src ?? '').trim();
  let file = /^data:/i.test(s) ? '' : (s.split(/[?#]/)[0]?.split('/').pop() ?? '');
  try {
    file = decodeURIComponent(file);
  } catch {
    // A malformed escape: the name as written.
  }
  return { kind, alt: (alt ?? '').replace(/\s+/g, ' ').trim(), file, remote: /^https?:\/\//i.test(s) };
}

/** A table's cells, each line of a cell joined into one run of text. */
export function tableRows(table: readonly Inline[][][][]): Inline[][][] {
  return table.map((row) => row.map((cell) => joinLines(cell)));
}

/** Adjacent runs with the same marks merged, empty ones dropped, outer whitespace trimmed. */
export function tidyInlines(runs: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const r of runs) {
    if (!r.text) continue;
    const prev = out[out.length - 1];
    if (prev && !!prev.bold === !!r.bold && !!prev.italic === !!r.italic && prev.href === r.href) {
      prev.text += r.text;
    } else {
      const run: Inline = { text: r.text };
      if (r.bold) run.bold = true;
      if (r.italic) run.italic = true;
      if (r.href) run.href = r.href;
      out.push(run);
    }
  }
  for (const r of out) r.text = r.text.replace(/[ \t\r\n]+/g, ' ');
  if (out[0]) out[0].text = out[0].text.replace(/^\s+/, '');
  const last = out[out.length - 1];
  if (last) last.text = last.text.replace(/\s+$/, '');
  return out.filter((r) => r.text.length > 0);
}

export function joinLines(lines: readonly Inline[][]): Inline[] {
  const runs: Inline[] = [];
  lines.forEach((line, i) => {
    if (i > 0) runs.push({ text: ' ' });
    runs.push(...line);
  });
  return tidyInlines(runs);
}

export function lineText(line: readonly Inline[]): string {
  return inlineText(line).trim();
}

export function sourceText(b: SourceBlock): string[] {
  switch (b.kind) {
    case 'list':
      return b.items.map(lineText);
    case 'rule':
      return [];
    default:
      return b.lines.map(lineText);
  }
}

/** Drops the first `n` characters of a run list, keeping marks of what remains. */
export function dropChars(content: readonly Inline[], n: number): Inline[] {
  const out: Inline[] = [];
  let left = n;
  for (const r of content) {
    if (left >= r.text.length) {
      left -= r.text.length;
      continue;
    }
    out.push({ ...r, text: r.text.slice(left) });
    left = 0;
  }
  return tidyInlines(out);
}

export function toBlock(b: SourceBlock): Block | null {
  switch (b.kind) {
    case 'paragraph': {
      const content = joinLines(b.lines);
      return content.length ? { type: 'paragraph', content } : null;
    }
    case 'heading': {
      const content = joinLines(b.lines);
      return content.length ? { type: 'heading', level: b.level === 3 ? 3 : 2, content } : null;
    }
    case 'list': {
      const items = b.items.map((i) => tidyInlines(i)).filter((i) => i.length > 0);
      return items.length ? { type: 'list', ordered: b.ordered, items } : null;
    }
    case 'quote': {
      const lines = b.lines.map((l) => tidyInlines(l)).filter((l) => l.length > 0);
      const last = lines[lines.length - 1];
      // "— Jane Doe, CEO" on its own last line is the attribution.
      if (last && lines.length > 1) {
        const m = /^\s*(?:[—–]|--?)\s*(.+)$/u.exec(inlineText(last));
        if (m?.[1]) {
          return { type: 'quote', content: joinLines(lines.slice(0, -1)), attribution: m[1].trim() };
        }
      }
      const content = joinLines(lines);
      return content.length ? { type: 'quote', content } : null;
    }
    case 'rule':
      return null;
  }
}
