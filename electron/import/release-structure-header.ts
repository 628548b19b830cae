import type { Localized } from '../model/errors.js';
import type { Inline } from '../model/index.js';
import { inlineText } from '../model/index.js';
import { matchAbout, matchContactsHeader } from './about-sections.js';
import { isEndMark } from './end-mark.js';
import { dateOnly, datelineAlone, isSalutation, matchDateline, matchLabel } from './header-lines.js';
import { matchJaDateline } from './ja-dateline.js';
import { dropChars, joinLines, lineText, type SourceBlock } from './source-blocks.js';
import { embargoRest, isImmediate } from './timing.js';

type Lines = Inline[][];

export function linesOf(b: SourceBlock): Lines {
  return b.kind === 'list' ? b.items : b.kind === 'rule' ? [] : b.lines;
}

/** The block with other lines; a part of a table's paragraph is no longer the table. */
export function withLines(b: SourceBlock, lines: Lines): SourceBlock {
  if (b.kind === 'list') return { ...b, items: lines };
  if (b.kind === 'rule') return b;
  if (b.kind === 'paragraph') return { kind: 'paragraph', lines };
  return { ...b, lines };
}

/** Blocks without their empty lines: readers keep them, the structure step has no use for them. */
export function withoutEmptyLines(blocks: readonly SourceBlock[]): SourceBlock[] {
  return blocks.map((b) => {
    const kept = withLines(b, linesOf(b).filter((l) => lineText(l).length > 0));
    if (b.kind !== 'paragraph' || !b.table || kept.kind !== 'paragraph') return kept;
    const { table, tableHeader, tableId } = b;
    return { ...kept, table, ...(tableHeader ? { tableHeader } : {}), ...(tableId !== undefined ? { tableId } : {}) };
  });
}

function isItalicLine(line: Inline[]): boolean {
  return line.length > 0 && line.every((r) => r.italic || !r.text.trim());
}

/** What stands above the body: everything a release says before its first paragraph of prose. */
export interface Header {
  label: string;
  /** Every language's label when the label line is bilingual; the release's language picks one. */
  labels: string[];
  /** The issuing organization's line above a Japanese headline ("株式会社みなと技研"). */
  issuer: string;
  /** "FOR IMMEDIATE RELEASE" (or its French or Japanese form) was written. */
  immediate: boolean;
  /** The words after "EMBARGOED UNTIL", still to be read as a date. */
  embargo: string | null;
  headline: string;
  subheadline: string;
  dateline: { city: string; date: string | null };
  /** Addressee lines ("報道関係者各位", "Aux médias"). */
  salutations: string[];
  /** The blocks after the header, the body's first paragraph still carrying its dateline. */
  rest: SourceBlock[];
  warnings: Localized[];
}

/** Header phase: label, timing, date, headline and subheadline, until the dateline or the first prose. */
export function readHeader(queue: readonly SourceBlock[]): Header {
  const h: Header = {
    label: '',
    labels: [],
    issuer: '',
    immediate: false,
    embargo: null,
    headline: '',
    subheadline: '',
    dateline: { city: '', date: null },
    salutations: [],
    rest: [],
    warnings: [],
  };
  let headerDone = false;
  let headlineBlock = -1;
  let bi = 0;
  const bodyStart: SourceBlock[] = [];
  while (!headerDone && bi < queue.length) {
    const block = queue[bi] as SourceBlock;
    if (block.kind === 'rule') {
      bi++;
      continue;
    }
    if (block.kind === 'list') break;
    const lines = linesOf(block);
    let li = 0;
    const pending: string[] = [];
    for (; li < lines.length; li++) {
      pending.length = 0;
      pending.push(lineText(lines[li] ?? []));
      let consumed = true;
      while (pending.length) {
        const text = pending.shift() as string;
        if (!text) continue;
        const lab = h.label ? null : matchLabel(text);
        if (lab) {
          if (h.headline && !h.subheadline) {
            // A line above the label is letterhead (usually the organization's name), not the headline.
            h.warnings.push({
              en: `"${h.headline}" above the label was read as letterhead, not as the headline.`,
              fr: `«\u00a0${h.headline}\u00a0», au-dessus de la mention de diffusion, a été lu comme un en-tête et non comme le titre.`,
            });
            h.headline = '';
            headlineBlock = -1;
          }
          h.label = lab.label;
          h.labels = lab.alternatives;
          if (lab.rest) pending.unshift(lab.rest);
          continue;
        }
        if (isImmediate(text)) {
          h.immediate = true;
          continue;
        }
        const emb: string | null = h.embargo === null ? embargoRest(text) : null;
        if (emb !== null) {
          h.embargo = emb;
          continue;
        }
        if (isSalutation(text)) {
          h.salutations.push(text);
          continue;
        }
        // A Japanese dateline alone on its line ("【大阪】2025年6月16日") often stands above the headline.
        const whole = matchJaDateline(text);
        if (whole && whole.length >= text.length) {
          h.dateline = { city: whole.city, date: whole.date };
          continue;
        }
        const dOnly: string | null = h.dateline.date === null ? dateOnly(text) : null;
        if (dOnly) {
          h.dateline = { ...h.dateline, date: dOnly };
          continue;
        }
        const alone = h.dateline.date === null && !h.headline ? datelineAlone(text) : null;
        if (alone) {
          h.dateline = alone;
          continue;
        }
        if (!h.headline && !h.issuer && isIssuerLine(text)) {
          h.issuer = text;
          continue;
        }
        if (matchDateline(text) || isEndMark(text) || matchAbout(text) || matchContactsHeader(text)) {
          consumed = false;
          break;
        }
        if (!h.headline) {
          // Prose, not a title: long, or a long sentence with its closing period.
          if (block.kind !== 'heading' && (text.length > 250 || (text.length > 120 && /[.。]$/u.test(text)))) {
            consumed = false;
            break;
          }
          h.headline = text;
          headlineBlock = bi;
          continue;
        }
        if (headlineBlock === bi && block.kind === 'heading' && !h.subheadline) {
          h.headline = `${h.headline} ${text}`;
          continue;
        }
        if (!h.subheadline) {
          const line = lines[li] ?? [];
          const nextIsDateline = li === lines.length - 1 && nextDateline(queue, bi + 1);
          const candidate =
            block.kind === 'heading' || isItalicLine(line) || /^[～〜~―—].+[～〜~―—]$/u.test(text) || (nextIsDateline && text.length <= 300);
          if (candidate) {
            h.subheadline = text.replace(/^[～〜~―—]\s*|\s*[～〜~―—]$/gu, '');
            continue;
          }
        }
        consumed = false;
        break;
      }
      if (!consumed) break;
    }
    if (li < lines.length) {
      // The body starts inside this block: keep the rest of it.
      bodyStart.push(withLines(block, lines.slice(li)));
      headerDone = true;
    }
    bi++;
  }
  h.rest = [...bodyStart, ...queue.slice(bi)];
  if (!h.headline) {
    h.warnings.push({
      en: 'No headline was recognized: the release has an empty headline.',
      fr: 'Aucun titre n’a été reconnu\u00a0: le titre du communiqué est vide.',
    });
  }
  return h;
}

/** Dateline phase: the city and date that open the first paragraph, taken out of it. */
export function takeDateline(rest: readonly SourceBlock[], above: Header['dateline']): { dateline: Header['dateline']; rest: SourceBlock[]; warnings: Localized[] } {
  const out = [...rest];
  let dateline = above;
  const firstIdx = out.findIndex((b) => b.kind === 'paragraph' || b.kind === 'heading');
  const first = out[firstIdx];
  if (first && first.kind === 'paragraph') {
    const content = joinLines(first.lines);
    const text = inlineText(content);
    const dl = matchDateline(text);
    // "【横浜】株式会社…は、": the place in brackets, the date given on its own line above.
    const place = dl ? null : JA_PLACE.exec(text);
    if (dl) {
      dateline = { city: dl.city, date: dl.date };
      const remaining = dropChars(content, dl.length);
      out.splice(firstIdx, 1, ...(remaining.length ? [{ kind: 'paragraph', lines: [remaining] } as SourceBlock] : []));
    } else if (place?.[1] && !dateline.city) {
      dateline = { ...dateline, city: place[1].trim() };
      out.splice(firstIdx, 1, { kind: 'paragraph', lines: [dropChars(content, place[0].length)] });
    }
  }
  const warnings: Localized[] = dateline.date ? [] : [{ en: 'No dateline (city and date) was recognized.', fr: 'Aucune ligne de lieu et de date n’a été reconnue.' }];
  return { dateline, rest: out, warnings };
}

/** A place in brackets opening a Japanese release's first paragraph, followed by Japanese text. */
const JA_PLACE = /^[【［]([^】］\d、。：:]{1,12})[】］][\s\u3000]*(?=[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}])/u;

/**
 * Japanese releases put the issuer on its own line under the date ("株式会社みなと技研",
 * "一般社団法人関西医療機器クラスター"): a legal name alone, not a headline.
 */
const JA_LEGAL_FORM =
  /^(?:株式会社|有限会社|合同会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|特定非営利活動法人|NPO法人|国立大学法人|学校法人|独立行政法人|国立研究開発法人)[^\s\u3000、。！？!?「」]{1,30}$|^[^\s\u3000、。！？!?「」]{1,30}(?:株式会社|協会|連合会|機構|財団|組合|研究所)$/u;

export function isIssuerLine(text: string): boolean {
  return JA_LEGAL_FORM.test(text.trim());
}

function nextDateline(queue: readonly SourceBlock[], from: number): boolean {
  const b = queue[from];
  if (!b || b.kind !== 'paragraph') return false;
  return matchDateline(inlineText(joinLines(b.lines))) !== null;
}
