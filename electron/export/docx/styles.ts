import { AlignmentType, BorderStyle, LevelFormat, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';

/**
 * Word's own styles (Title, Subtitle, Heading 1–3, Quote, List Bullet, List Number, Hyperlink),
 * restyled in the kit's colours: a Word user keeps editing the file with the styles they know.
 */

const BODY_FONT = { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Calibri', eastAsia: 'Yu Gothic' };
const HEAD_FONT = { ascii: 'Calibri Light', hAnsi: 'Calibri Light', cs: 'Calibri Light', eastAsia: 'Yu Gothic' };
const INK = '1D1D1F';
const MUTED = '5B6470';

/** `accent`: the kit's colour (hex, no #); `lang`: the document's default w:lang. */
export function documentStyles(accent: string, lang: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: BODY_FONT, size: 21, language: { value: lang, eastAsia: 'ja-JP' } },
        paragraph: { spacing: { after: 140, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font: HEAD_FONT, size: 56, bold: true, color: INK }, paragraph: { spacing: { after: 160 } } },
      heading1: { run: { font: HEAD_FONT, size: 36, bold: true, color: INK }, paragraph: { spacing: { before: 120, after: 120 }, keepNext: true } },
      heading2: { run: { font: HEAD_FONT, size: 26, bold: true, color: accent }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
      heading3: { run: { font: HEAD_FONT, size: 21, bold: true, color: INK }, paragraph: { spacing: { before: 200, after: 60 }, keepNext: true } },
      hyperlink: { run: { color: accent, underline: {} } },
      listParagraph: { paragraph: { indent: { left: 720 } } },
    },
    paragraphStyles: [
      // Word's built-in "TOC Heading" (the kit's "Contents" label) and "toc 1" (its entries), in the kit's fonts.
      { id: 'TOCHeading', name: 'TOC Heading', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { bold: true }, paragraph: { spacing: { before: 600, after: 120 }, keepNext: true } },
      { id: 'TOC1', name: 'toc 1', basedOn: 'Normal', next: 'Normal', uiPriority: 39, paragraph: { spacing: { after: 80 } } },
      { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 26, italics: true, color: MUTED }, paragraph: { spacing: { after: 240 } } },
      {
        id: 'Quote',
        name: 'Quote',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { italics: true, size: 23 },
        paragraph: { indent: { left: 567 }, border: { left: { style: BorderStyle.SINGLE, size: 18, color: accent, space: 12 } } },
      },
      { id: 'ListBullet', name: 'List Bullet', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 60 } } },
      { id: 'ListNumber', name: 'List Number', basedOn: 'Normal', quickFormat: true, paragraph: { spacing: { after: 60 } } },
      {
        id: 'Caption',
        name: 'caption',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { font: HEAD_FONT, size: 18, bold: true, color: MUTED },
        paragraph: { spacing: { before: 0, after: 120 }, keepNext: true, keepLines: true },
      },
    ],
  };
}

const LIST_INDENT = { indent: { left: 720, hanging: 360 } };

/** The two list kinds; each list in the text is an instance of one, so numbered lists restart at 1. */
export const LIST_NUMBERING: INumberingOptions = {
  config: [
    { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: LIST_INDENT } }] },
    {
      reference: 'numbers',
      levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1, alignment: AlignmentType.LEFT, style: { paragraph: LIST_INDENT } }],
    },
  ],
};
