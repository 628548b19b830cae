import { execFileSync } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';

export async function tempDir(prefix = 'mediakit-export-'): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

export function unzip(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function zipText(files: Record<string, Uint8Array>, name: string): string {
  const f = files[name];
  if (!f) throw new Error(`${name} is not in the archive (has: ${Object.keys(files).join(', ')})`);
  return strFromU8(f);
}

/** Runs a poppler tool on PDF bytes written to a real file, as a user's tools would read them. */
export async function poppler(tool: 'pdftotext' | 'pdfinfo' | 'pdffonts', pdf: Uint8Array, dir: string, args: string[] = []): Promise<string> {
  const file = path.join(dir, `${tool}-${Date.now()}-${Math.random().toString(36).slice(2)}.pdf`);
  await writeFile(file, pdf);
  const argv = tool === 'pdftotext' ? [...args, '-enc', 'UTF-8', file, '-'] : [...args, file];
  return execFileSync(tool, argv, { encoding: 'utf8' });
}

export function has(cmd: string): boolean {
  try {
    execFileSync('which', [cmd], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
