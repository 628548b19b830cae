/** Base64 of a File in chunks: large .docx files would overflow a single String.fromCharCode call. */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const CHUNK = 0x8000;
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  return btoa(binary);
}

export type FileKind = 'release' | 'contacts' | 'logo' | 'unknown';

export function kindOf(fileName: string): FileKind {
  const ext = fileName.toLowerCase().split('.').pop() ?? '';
  if (['txt', 'md', 'markdown', 'docx', 'html', 'htm'].includes(ext)) return 'release';
  if (['vcf', 'vcard', 'csv'].includes(ext)) return 'contacts';
  if (['png', 'jpg', 'jpeg', 'svg', 'webp', 'gif'].includes(ext)) return 'logo';
  return 'unknown';
}
