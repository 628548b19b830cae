import { createHash } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { exportDocument } from '../../export/export-kit.js';
import type { ExportFormat } from '../../export/formats.js';
import { slugify } from '../../export/file-names.js';
import { renderHtml } from '../../export/html.js';
import type { FileSource, KitDocument } from '../../export/kit-document.js';
import { resolveKit, resolveRelease } from '../../export/kit.js';
import { AppError } from '../../model/errors.js';
import { shown, warning, type Warning } from '../../model/warnings.js';
import { attachedSize, MAIL_WARN_BYTES } from '../../outreach/mail-size.js';
import type { ExportedFile } from '../../export/export-kit.js';
import { writeNewFile } from '../../export/output-file.js';
import type { exportMethods } from '../contract/export.js';
import type { HandlerContext, HandlersFor } from '../define.js';

function files(ctx: HandlerContext): FileSource {
  return { read: (sha256) => ctx.library.readFile(sha256) };
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

async function outFolder(ctx: HandlerContext, doc: KitDocument, outDir: string | undefined, now: Date): Promise<string> {
  if (outDir && ctx.transport === 'web') {
    throw new AppError(
      'INVALID_INPUT',
      ctx.uiLang === 'fr'
        ? 'Depuis le navigateur, les exportations sont écrites dans la bibliothèque\u00a0: le dossier de destination n’est pas accepté.'
        : 'From the browser, exports are written inside the library: an output folder is not accepted.',
      { field: 'outDir' },
    );
  }
  const dir = outDir ? path.resolve(outDir) : path.join(ctx.library.dir, 'exports', `${stamp(now)}-${slugify(doc.slugBase)}`);
  try {
    await mkdir(dir, { recursive: true });
  } catch (err) {
    const why = (err as Error).message;
    throw new AppError(
      'WRITE_FAILED',
      { en: `${dir}: the folder cannot be created (${why}).`, fr: `${dir}\u00a0: le dossier ne peut pas être créé (${why}).` },
      { path: dir },
    );
  }
  return dir;
}

/**
 * Exported files are often attached to an e-mail next: warn by the one mail-size rule of the
 * outreach layer (mail-size.ts); the warning names what weighs most, logos included.
 */
function mailSizeWarnings(doc: KitDocument, files: readonly ExportedFile[]): Warning[] {
  const zip = files.find((f) => f.format === 'zip');
  const bytes = attachedSize(files.map((f) => ({ format: f.format, bytes: f.bytes.byteLength })));
  if (bytes <= MAIL_WARN_BYTES) return [];
  const heaviest = [
    ...files.filter((f) => f.format !== 'zip').map((f) => ({ name: f.name, bytes: f.bytes.byteLength })),
    ...(zip ? doc.allLogos.map((l) => ({ name: `logos/${l.originalFileName}`, bytes: l.bytes })) : []),
  ]
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 3);
  return [warning('ATTACHMENTS_OVER_MAIL_SIZE', { bytes, limit: MAIL_WARN_BYTES, heaviest })];
}

async function runExport(
  ctx: HandlerContext,
  doc: KitDocument,
  formats: readonly ExportFormat[],
  outDir: string | undefined,
  overwrite = false,
) {
  const now = new Date();
  const dir = await outFolder(ctx, doc, outDir, now);
  const result = await exportDocument(doc, formats, { files: files(ctx), printer: () => ctx.printer(), uiLang: ctx.uiLang, now, library: ctx.library.doc });
  const written = [];
  for (const f of result.files) {
    let file = path.join(dir, f.name);
    try {
      file = await writeNewFile(dir, f.name, f.bytes, { overwrite });
    } catch (err) {
      const why = (err as Error).message;
      throw new AppError(
        'WRITE_FAILED',
        { en: `${file}: the file cannot be written (${why}).`, fr: `${file}\u00a0: le fichier ne peut pas être écrit (${why}).` },
        { path: file },
      );
    }
    written.push({
      format: f.format,
      name: path.basename(file),
      path: file,
      bytes: f.bytes.byteLength,
      sha256: createHash('sha256').update(f.bytes).digest('hex'),
    });
  }
  // Each release remembers when and how it left the building.
  const releaseIds = new Set(doc.sections.flatMap((s) => (s.type === 'release' ? [s.id] : [])));
  const at = now.toISOString();
  const detail = `${doc.kind === 'kit' ? `${doc.title}: ` : ''}${written.map((w) => w.name).join(', ')}`;
  await ctx.library.recordHistory([...releaseIds].map((releaseId) => ({ releaseId, entry: { at, event: 'exported' as const, detail, by: ctx.library.doc.settings.displayName || ctx.library.doc.settings.sender.name } })));
  return { files: written, warnings: shown([...result.warnings, ...mailSizeWarnings(doc, result.files)], ctx.uiLang) };
}

export const exportHandlers = {
  'preview.release': async (input, ctx) => {
    const doc = resolveRelease(ctx.library.doc, input.id, { ...(input.pageSize ? { pageSize: input.pageSize } : {}), uiLang: ctx.uiLang });
    return { html: await renderHtml(doc, files(ctx), { mode: 'preview' }), warnings: shown(doc.warnings, ctx.uiLang) };
  },
  'preview.kit': async (input, ctx) => {
    const doc = resolveKit(ctx.library.doc, input.id, { uiLang: ctx.uiLang });
    return { html: await renderHtml(doc, files(ctx), { mode: 'preview' }), warnings: shown(doc.warnings, ctx.uiLang) };
  },
  'export.kit': async (input, ctx) => runExport(ctx, resolveKit(ctx.library.doc, input.id, { uiLang: ctx.uiLang }), input.formats, input.outDir, input.overwrite),
  'export.release': async (input, ctx) =>
    runExport(
      ctx,
      resolveRelease(ctx.library.doc, input.id, { ...(input.pageSize ? { pageSize: input.pageSize } : {}), uiLang: ctx.uiLang }),
      input.formats,
      input.outDir,
      input.overwrite,
    ),
} satisfies HandlersFor<typeof exportMethods>;
