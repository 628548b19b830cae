import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../model/errors.js';
import type { DesktopServices, HandlerContext, HandlersFor } from '../define.js';
import type { desktopMethods } from '../contract/desktop.js';

/** Only documents we write may be opened: never an executable, whatever the renderer asks. */
const OPENABLE = new Set(['.pdf', '.docx', '.zip', '.md', '.vcf', '.eml', '.txt', '.html']);

function desktop(ctx: HandlerContext): DesktopServices {
  if (!ctx.desktop) {
    throw new AppError('INVALID_INPUT', ctx.uiLang === 'fr' ? 'Possible seulement dans l’application de bureau.' : 'Only available in the desktop app.');
  }
  return ctx.desktop;
}

async function existingDocument(file: string): Promise<string> {
  const abs = path.resolve(file);
  if (!OPENABLE.has(path.extname(abs).toLowerCase())) {
    throw new AppError('INVALID_INPUT', {
      en: `${path.basename(abs)}: not a document Media Kit Manager writes.`,
      fr: `${path.basename(abs)}\u00a0: ce n’est pas un document produit par Media Kit Manager.`,
    });
  }
  const ok = await stat(abs).then((s) => s.isFile()).catch(() => false);
  if (!ok) throw new AppError('NOT_FOUND', { en: `${abs}: no such file.`, fr: `${abs}\u00a0: ce fichier n’existe pas.` });
  return abs;
}

export const desktopHandlers = {
  'desktop.chooseFolder': async (input, ctx) => ({ path: await desktop(ctx).chooseFolder(input.title) }),
  'desktop.showFile': async (input, ctx) => {
    desktop(ctx).showInFolder(await existingDocument(input.path));
    return {};
  },
  'desktop.openFile': async (input, ctx) => {
    const failure = await desktop(ctx).openPath(await existingDocument(input.path));
    if (failure) throw new AppError('INTERNAL', failure);
    return {};
  },
} satisfies HandlersFor<typeof desktopMethods>;
