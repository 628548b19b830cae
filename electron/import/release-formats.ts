import type { Lang } from '../model/index.js';
import { AppError, fileError, type Localized } from '../model/errors.js';
import { readDocxRelease } from './docx-reader.js';
import { readHtmlRelease } from './html-reader.js';
import { assertNotEmpty, assertSize, MAX_RELEASE_BYTES } from './limits.js';
import { readMarkdownRelease } from './markdown-reader.js';
import { assertShallow, htmlDepth, markdownDepth } from './nesting.js';
import { structureRelease, type ImportedRelease } from './release-structure.js';
import { leftOutWarning, type ReadRelease } from './source-blocks.js';
import { decodeText, looksBinary } from './text-decode.js';
import { readTextRelease } from './text-reader.js';

export const RELEASE_FORMATS = ['docx', 'markdown', 'html', 'text'] as const;
export type ReleaseFormat = (typeof RELEASE_FORMATS)[number];

type Reader = (fileName: string, bytes: Uint8Array, warnings: Localized[]) => Promise<ReadRelease>;

function textOf(fileName: string, bytes: Uint8Array): string {
  if (looksBinary(bytes)) {
    throw fileError('UNSUPPORTED_FILE', fileName, {
      en: 'this is not a text, Markdown, HTML or Word (.docx) file',
      fr: 'ce n’est ni un fichier texte, ni un fichier Markdown, ni un fichier HTML, ni un document Word (.docx)',
    });
  }
  return decodeText(bytes).text;
}

/** One reader per format; detection below decides which. */
const READERS: Record<ReleaseFormat, Reader> = {
  docx: async (fileName, bytes, warnings) => {
    const { read, messages } = await readDocxRelease(fileName, bytes);
    // The message itself is Mammoth's, in English; only the prefix follows the interface.
    warnings.push(...messages.map((m) => ({ en: `Word: ${m}`, fr: `Word\u00a0: ${m}` })));
    return read;
  },
  markdown: (fileName, bytes) => {
    const text = textOf(fileName, bytes);
    assertShallow(fileName, Math.max(markdownDepth(text), htmlDepth(text)), 'Markdown');
    return Promise.resolve(readMarkdownRelease(text));
  },
  html: (fileName, bytes) => {
    const text = textOf(fileName, bytes);
    assertShallow(fileName, htmlDepth(text), 'HTML');
    return Promise.resolve(readHtmlRelease(text));
  },
  text: (fileName, bytes) => Promise.resolve(readTextRelease(textOf(fileName, bytes))),
};

const MAGIC: { bytes: number[]; what: string; fr: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF', fr: 'un PDF' },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    what: 'an old Word (.doc) or Office 97 file; save it as .docx first',
    fr: 'un ancien fichier Word (.doc) ou Office 97; enregistrez-le d’abord en .docx',
  },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image', fr: 'une image PNG' },
  { bytes: [0xff, 0xd8, 0xff], what: 'a JPEG image', fr: 'une image JPEG' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'an RTF document; save it as .docx first', fr: 'un document RTF; enregistrez-le d’abord en .docx' },
];

/** What pasted HTML is called where a file's name would be. */
const PASTED = { en: 'pasted text', fr: 'texte collé' } as const;

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Bytes first (a ZIP is a DOCX whatever its name), then the extension, then a look at the text. */
export function detectReleaseFormat(fileName: string, bytes: Uint8Array): ReleaseFormat {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  for (const m of MAGIC) {
    if (startsWith(bytes, m.bytes)) {
      throw fileError('UNSUPPORTED_FILE', fileName, {
        en: `this is ${m.what}, not a release file (.txt, .md, .html or .docx)`,
        fr: `ce n’est pas un fichier de communiqué (.txt, .md, .html ou .docx), mais ${m.fr}`,
      });
    }
  }
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (ext === 'docx') {
    throw fileError('INVALID_FILE', fileName, {
      en: 'this .docx file is not a Word document (it is not a ZIP package)',
      fr: 'ce fichier .docx n’est pas un document Word (ce n’est pas une archive ZIP)',
    });
  }
  if (ext === 'md' || ext === 'markdown' || ext === 'mdown') return 'markdown';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  if (ext === 'txt' || ext === 'text') return 'text';
  const head = new TextDecoder().decode(bytes.subarray(0, 2048)).trimStart().toLowerCase();
  if (/^<(?:!doctype html|html|body|p|div|h1)\b/.test(head)) return 'html';
  return 'text';
}

export async function readReleaseFile(fileName: string, bytes: Uint8Array, options: { lang?: Lang | undefined } = {}): Promise<ImportedRelease> {
  assertSize(fileName, bytes, MAX_RELEASE_BYTES);
  assertNotEmpty(fileName, bytes);
  const format = detectReleaseFormat(fileName, bytes);
  const warnings: Localized[] = [];
  const read = await READERS[format](fileName, bytes, warnings);
  if (!read.blocks.length) throw fileError('INVALID_FILE', fileName, { en: 'the file has no text to import', fr: 'le fichier ne contient aucun texte à importer' });
  const imported = structureRelease(read, options);
  imported.warnings.unshift(...warnings, ...(read.leftOut ?? []).map(leftOutWarning));
  return imported;
}

/** What the editor receives on paste: HTML from Word, Outlook, Google Docs or a web page. */
export function readPastedHtml(html: string, options: { lang?: Lang | undefined } = {}): ImportedRelease {
  assertShallow(PASTED, htmlDepth(html), 'HTML');
  const read = readHtmlRelease(html);
  if (!read.blocks.length) {
    // Shaped as fileError shapes it, with the label in each language where a file's name would be.
    throw new AppError(
      'INVALID_INPUT',
      { en: `${PASTED.en}: there is no text to import`, fr: `${PASTED.fr}\u00a0: il n’y a aucun texte à importer` },
      { fileName: PASTED.en },
    );
  }
  const imported = structureRelease(read, options);
  imported.warnings.unshift(...(read.leftOut ?? []).map(leftOutWarning));
  return imported;
}
