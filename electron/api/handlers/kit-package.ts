import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError, fileError } from '../../model/errors.js';
import type { LibraryDocument } from '../../model/index.js';
import { applyKitPackage, planKitPackage, type MergePlan } from '../../import/kit-package-merge.js';
import { MAX_PACKAGE_BYTES, readKitPackage, type ReadKitPackage } from '../../import/kit-package-read.js';
import type { HandlerContext, HandlersFor } from '../define.js';
import type { kitPackageMethods } from '../contract/kit-package.js';
import type { z } from 'zod';
import type { KitPackageInput } from '../contract/kit-package.js';

type Input = z.output<typeof KitPackageInput>;

async function packageBytes(input: Input, ctx: HandlerContext): Promise<{ fileName: string; bytes: Uint8Array }> {
  if ('contentBase64' in input) {
    const b64 = input.contentBase64.replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(b64)) {
      throw fileError('INVALID_INPUT', input.fileName, { en: 'the file content is not valid base64', fr: 'le contenu du fichier n’est pas du base64 valide' });
    }
    return { fileName: input.fileName, bytes: new Uint8Array(Buffer.from(b64, 'base64')) };
  }
  // A path is the desktop app's and the command line's: a page in a browser names no file on this computer.
  if (ctx.transport === 'web') {
    throw new AppError('INVALID_INPUT', { en: 'From the browser, send the package’s content, not a path.', fr: 'Depuis le navigateur, envoyez le contenu du paquet, pas un chemin.' }, { field: 'path' });
  }
  const file = path.resolve(input.path);
  const fileName = path.basename(file);
  if (path.extname(file).toLowerCase() !== '.mkit') {
    throw fileError('UNSUPPORTED_FILE', fileName, { en: 'only .mkit kit packages open this way', fr: 'seuls les paquets de trousse .mkit s’ouvrent ainsi' });
  }
  const info = await stat(file).catch(() => null);
  if (!info) throw new AppError('NOT_FOUND', { en: `${file}: no such file`, fr: `${file}\u00a0: fichier introuvable` }, { fileName });
  if (!info.isFile()) throw fileError('UNSUPPORTED_FILE', fileName, { en: 'it is not a regular file', fr: 'ce n’est pas un fichier ordinaire' });
  if (info.size > MAX_PACKAGE_BYTES) {
    throw fileError('FILE_TOO_LARGE', fileName, { en: `the package is larger than the ${MAX_PACKAGE_BYTES / 1024 / 1024} MB allowed`, fr: `le paquet dépasse les ${MAX_PACKAGE_BYTES / 1024 / 1024}\u00a0Mo permis` });
  }
  return { fileName, bytes: new Uint8Array(await readFile(file)) };
}

function planView(fileName: string, read: ReadKitPackage, plan: MergePlan) {
  const { manifest } = read;
  const kit = manifest.entities.kits.find((k) => k.id === manifest.kitId)!;
  const counts = { add: 0, same: 0, kept: 0 };
  for (const item of plan.items) counts[item.status]++;
  return {
    fileName,
    kit: { id: kit.id, libraryId: plan.idMap.get(kit.id) ?? kit.id, name: kit.name, lang: kit.lang },
    madeBy: { app: manifest.app.name, version: manifest.app.version, createdAt: manifest.createdAt },
    items: plan.items,
    counts,
  };
}

async function readAndPlan(input: Input, ctx: HandlerContext) {
  const { fileName, bytes } = await packageBytes(input, ctx);
  const read = await readKitPackage(fileName, bytes);
  return { fileName, read, plan: planKitPackage(ctx.library.doc, read.manifest.entities) };
}

export const kitPackageHandlers = {
  'import.previewKitPackage': async (input, ctx) => {
    const { fileName, read, plan } = await readAndPlan(input, ctx);
    return planView(fileName, read, plan);
  },
  'import.kitPackage': async (input, ctx) => {
    const { fileName, read, plan: before } = await readAndPlan(input, ctx);
    // Files first (by hash: storing one twice is harmless), then one write of library.json. Every
    // check ran before this point: a refused package stored nothing.
    for (const bytes of read.files.values()) await ctx.library.putFile(bytes);
    const thumbnails = new Map<string, string>();
    for (const [sha, png] of read.thumbnails) thumbnails.set(sha, await ctx.library.putFile(png));
    // The version of an entity that stays the recipient's is not thrown away: stored by hash, named in history.
    const keptVersions = new Map<string, string>();
    for (const item of before.items) {
      if (item.status !== 'kept') continue;
      const incoming = (read.manifest.entities[item.collection] as Array<{ id: string }>).find((e) => e.id === item.id);
      keptVersions.set(item.id, await ctx.library.putFile(new TextEncoder().encode(JSON.stringify(incoming, null, 1))));
    }
    const now = new Date().toISOString();
    const settings = ctx.library.doc.settings;
    const plan = await ctx.library.mutate((draft) => {
      // Planned again against the document being changed (a save may have come in meanwhile).
      const current = planKitPackage(draft as LibraryDocument, read.manifest.entities);
      applyKitPackage(draft as LibraryDocument, read.manifest.entities, current, { now, fileName, by: settings.displayName || settings.sender.name, keptVersions, thumbnails });
      return current;
    });
    return planView(fileName, read, plan);
  },
} satisfies HandlersFor<typeof kitPackageMethods>;
