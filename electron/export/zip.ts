import { strToU8, zipSync, type Zippable } from 'fflate';
import { labelsFor } from '../locale/index.js';
import { exportFileName, safeFileName } from './file-names.js';
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

function humanSize(bytes: number, lang: string): string {
  const fr = lang.startsWith('fr');
  const fmt = (n: number) => n.toLocaleString(lang === 'ja' ? 'ja-JP' : lang, { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${bytes} ${fr ? 'o' : 'B'}`;
  if (bytes < 1024 * 1024) return `${fmt(bytes / 1024)} ${fr ? 'Ko' : 'KB'}`;
  return `${fmt(bytes / 1024 / 1024)} ${fr ? 'Mo' : 'MB'}`;
}

function readme(doc: KitDocument, entries: Array<{ path: string; bytes: number; what: string }>): string {
  const fr = doc.lang.startsWith('fr');
  const ja = doc.lang === 'ja';
  const intro = fr
    ? `${doc.labels.pressKit}\u00A0: ${doc.title}`
    : ja
      ? `${doc.labels.pressKit}：${doc.title}`
      : `${doc.labels.pressKit}: ${doc.title}`;
  const event = doc.cover ? [doc.cover.eventLine, doc.cover.dateText, doc.cover.location].filter(Boolean).join(' · ') : '';
  const heading = fr ? 'Contenu de cette archive\u00A0:' : ja ? '内容：' : 'What this archive holds:';
  const lines = [
    intro,
    ...(event ? [event] : []),
    '',
    heading,
    '',
    ...entries.map((e) => `  ${e.path}  (${humanSize(e.bytes, doc.lang)})  ${e.what}`),
    '',
    fr
      ? 'Les logos sont fournis dans leur format d’origine ; contacts.vcf s’ouvre dans Outlook, Contacts (macOS) et Google Contacts.'
      : ja
        ? 'ロゴは元の形式のまま収録しています。contacts.vcf は Outlook、連絡先（macOS）、Google コンタクトで開けます。'
        : 'Logos are the original files; contacts.vcf opens in Outlook, macOS Contacts and Google Contacts.',
    '',
  ];
  return lines.join('\r\n');
}

export async function renderBundle(input: BundleInput): Promise<{ bytes: Uint8Array; entries: Array<{ path: string; bytes: number }> }> {
  const { doc } = input;
  const fr = doc.lang.startsWith('fr');
  const ja = doc.lang === 'ja';
  const mtime = input.now ?? new Date();
  const zip: Zippable = {};
  const listed: Array<{ path: string; bytes: number; what: string }> = [];
  const add = (path: string, bytes: Uint8Array, what: string, compress = true) => {
    zip[path] = [bytes, { mtime, level: compress ? 6 : 0 }];
    listed.push({ path, bytes: bytes.byteLength, what });
  };
  if (input.pdf) add(exportFileName(doc.slugBase, doc.lang, 'pdf'), input.pdf, fr ? 'trousse à imprimer ou à lire' : ja ? '印刷・閲覧用' : 'to read and print', false);
  if (input.docx) add(exportFileName(doc.slugBase, doc.lang, 'docx'), input.docx, fr ? 'version modifiable (Word)' : ja ? '編集用（Word）' : 'editable version (Word)', false);
  const taken = new Set<string>();
  for (const logo of doc.allLogos) {
    const ext = logo.format === 'jpeg' ? 'jpg' : logo.format;
    const name = safeFileName(`${logo.organization ? `${logo.organization}-` : ''}${logo.name}-${logo.variantKey}`, ext, taken);
    const what = labelsFor(doc.lang).dimensions(logo.format, logo.width, logo.height);
    add(`logos/${name}`, await input.files.read(logo.sha256), what, logo.format === 'svg');
  }
  if (doc.allContacts.length) {
    add('contacts.vcf', renderVcards(doc.allContacts), fr ? 'fiches de contact (vCard)' : ja ? '連絡先（vCard）' : 'contact cards (vCard)');
  }
  const readmeName = labelsFor(doc.lang).readmeName;
  const text = readme(doc, listed);
  zip[readmeName] = [strToU8(text), { mtime, level: 6 }];
  const bytes = zipSync(zip);
  return { bytes, entries: [...listed.map(({ path, bytes: b }) => ({ path, bytes: b })), { path: readmeName, bytes: strToU8(text).byteLength }] };
}
