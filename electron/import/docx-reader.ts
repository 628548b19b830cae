import mammoth from 'mammoth';
import { fileError } from '../model/errors.js';
import { checkDocxPackage } from './docx-package.js';
import { readHtmlRelease } from './html-reader.js';
import { leftOutSeen, type LeftOut, type LeftOutKind, type ReadRelease } from './source-blocks.js';

/** Parts of a Word package that hold something mammoth does not read: each is one left out. */
const UNREAD_PARTS: Array<[RegExp, LeftOutKind]> = [
  [/^word\/charts\/chart\d+\.xml$/i, 'chart'],
  [/^word\/diagrams\/data\d+\.xml$/i, 'diagram'],
  [/^word\/embeddings\/oleObject\d+\.bin$/i, 'object'],
];

function unreadParts(parts: readonly string[]): LeftOut[] {
  return parts.flatMap((p) => UNREAD_PARTS.filter(([re]) => re.test(p)).map(([, kind]) => leftOutSeen(kind, '', '')));
}

/** Word documents through mammoth: its HTML keeps headings, bold, italic, links and lists, then the HTML reader. */
export async function readDocxRelease(fileName: string, bytes: Uint8Array): Promise<{ read: ReadRelease; messages: string[] }> {
  const parts = checkDocxPackage(fileName, bytes);
  let html: string;
  let messages: string[];
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: ['p[style-name="Title"] => h1:fresh', 'p[style-name="Subtitle"] => h2:fresh', 'p[style-name="Quote"] => blockquote:fresh', 'p[style-name="Intense Quote"] => blockquote:fresh'],
        // Images are not the release's text: the HTML reader names each (by its alt text) in the import review.
        // (mammoth gives the <img> the image's alt text.)
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
    html = result.value;
    messages = result.messages.filter((m) => m.type === 'error').map((m) => m.message);
  } catch (e) {
    const why = e instanceof Error ? e.message.split('\n')[0] : null;
    throw fileError('INVALID_FILE', fileName, {
      en: `this Word document cannot be read (${why ?? 'unknown error'})`,
      fr: `ce document Word ne peut pas être lu (${why ?? 'erreur inconnue'})`,
    });
  }
  const read = readHtmlRelease(html);
  return { read: { ...read, leftOut: [...(read.leftOut ?? []), ...unreadParts(parts)] }, messages };
}
