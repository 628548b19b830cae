import { strToU8, zipSync, type Zippable } from 'fflate';
import { labelsFor } from '../locale/index.js';
import { formatSize } from '../model/sizes.js';
import { exportFileName, logoFileName } from './file-names.js';
import type { FileSource, KitDocument } from './kit-document.js';
import { renderVcards } from './vcard.js';

/**
 * The bundle attached to journalists' e-mails: the kit's DOCX and PDF, the original logo files
 * under logos/, contacts.vcf, and a short read-me in the kit's language listing the contents.
 */

export interface BundleInput {
  doc: KitDocument;
  files: FileSource;
  docx?: Uint8Array;
  pdf?: Uint8Array;
  now?: Date;
}

function readme(doc: KitDocument, entries: Array<{ path: string; bytes: number; what: string }>): string {
  const words = labelsFor(doc.lang).bundle;
  const event = doc.cover ? [doc.cover.eventLine, doc.cover.dateText, doc.cover.location].filter(Boolean).join(' · ') : '';
  const lines = [
    // "Trousse média — Mission Kobe" already says what it is: no "Trousse média : Trousse média — …".
    doc.title.toLowerCase().startsWith(doc.labels.pressKit.toLowerCase()) ? doc.title : words.title(doc.labels.pressKit, doc.title),
    ...(event ? [event] : []),
    '',
    words.heading,
    '',
    ...entries.map((e) => `  ${e.path}  (${formatSize(e.bytes, doc.lang)})  ${e.what}`),
    '',
    words.footer,
    '',
  ];
  return lines.join('\r\n');
}

export async function renderBundle(input: BundleInput): Promise<{ bytes: Uint8Array; entries: Array<{ path: string; bytes: number }> }> {
  const { doc } = input;
  const words = labelsFor(doc.lang).bundle;
  const mtime = input.now ?? new Date();
  const zip: Zippable = {};
  const listed: Array<{ path: string; bytes: number; what: string }> = [];
  const add = (path: string, bytes: Uint8Array, what: string, compress = true) => {
    zip[path] = [bytes, { mtime, level: compress ? 6 : 0 }];
    listed.push({ path, bytes: bytes.byteLength, what });
  };
  if (input.pdf) add(exportFileName(doc.slugBase, doc.lang, 'pdf'), input.pdf, words.pdf, false);
  if (input.docx) add(exportFileName(doc.slugBase, doc.lang, 'docx'), input.docx, words.docx, false);
  const taken = new Set<string>();
  for (const logo of doc.allLogos) {
    const ext = logo.format === 'jpeg' ? 'jpg' : logo.format;
    const name = logoFileName(logo.organization, logo.name, logo.variantKey, ext, taken);
    const what = labelsFor(doc.lang).dimensions(logo.format, logo.width, logo.height);
    add(`logos/${name}`, await input.files.read(logo.sha256), what, logo.format === 'svg');
  }
  if (doc.allContacts.length) {
    add('contacts.vcf', renderVcards(doc.allContacts), words.vcf);
  }
  const readmeName = labelsFor(doc.lang).readmeName;
  const text = readme(doc, listed);
  zip[readmeName] = [strToU8(text), { mtime, level: 6 }];
  const bytes = zipSync(zip);
  return { bytes, entries: [...listed.map(({ path, bytes: b }) => ({ path, bytes: b })), { path: readmeName, bytes: strToU8(text).byteLength }] };
}
