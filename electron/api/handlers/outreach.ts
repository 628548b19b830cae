import path from 'node:path';
import { exportKit } from '../../export/export-kit.js';
import { slugify } from '../../export/file-names.js';
import { AppError } from '../../model/errors.js';
import { shown } from '../../model/warnings.js';
import { baseLang, type BaseLang } from '../../model/common.js';
import {
  defaultTemplate,
  localeOf,
  PLACEHOLDERS,
  attachmentName,
  estimateDraft,
  findKit,
  findSheet,
  logEntry,
  nobody,
  planOutreach,
  writeDrafts,
  type OutreachAttachment,
  type OutreachPlan,
  type OutreachRequest,
} from '../../outreach/index.js';
import type { outreachMethods } from '../contract/outreach.js';
import type { HandlerContext, HandlersFor } from '../define.js';

type Attach = 'pdf' | 'docx' | 'zip';

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/** Exports the kit in the chosen formats (fresh, so the drafts carry what the kit says now) and plans the drafts. */
async function prepare(input: OutreachRequest & { attach: Attach[] }, ctx: HandlerContext, now: Date) {
  const doc = ctx.library.doc;
  const kit = findKit(doc, input.kitId, ctx.uiLang);
  findSheet(doc, input.sheetId, ctx.uiLang);
  const exported = await exportKit(doc, kit.id, input.attach, {
    files: { read: (sha256) => ctx.library.readFile(sha256) },
    printer: () => ctx.printer(),
    uiLang: ctx.uiLang,
    now,
  });
  const attachments: OutreachAttachment[] = exported.files.map((f) => ({
    name: attachmentName(kit.name, f.format, f.name),
    bytes: f.bytes,
    contentType: f.mime,
  }));
  const plan = planOutreach(doc, input, attachments, { now, uiLang: ctx.uiLang });
  // The export's own warnings are about the kit; the size that matters here is the draft's, measured
  // once it is encoded (estimateDraft, writeDrafts).
  const warnings = [...exported.warnings, ...plan.warnings];
  return { plan, attachments, warnings };
}

/** Checked before anything is exported: the browser never chooses where the backend writes. */
function refuseOutDirFromWeb(ctx: HandlerContext, outDir: string | undefined): void {
  if (outDir && ctx.transport === 'web') {
    throw new AppError(
      'INVALID_INPUT',
      ctx.uiLang === 'fr'
        ? 'Depuis le navigateur, les brouillons sont écrits dans la bibliothèque puis téléchargés\u00a0: le dossier de destination n’est pas accepté.'
        : 'From the browser, drafts are written inside the library and downloaded: an output folder is not accepted.',
      { field: 'outDir' },
    );
  }
}

function outFolder(ctx: HandlerContext, plan: OutreachPlan, outDir: string | undefined, now: Date): string {
  // Under exports/ so the web host's /download/<folder>/<file> serves them to the browser.
  return outDir ? path.resolve(outDir) : path.join(ctx.library.dir, 'exports', `${stamp(now)}-outreach-${slugify(plan.kit.name, 'kit').slice(0, 40)}`);
}

function templateView(kit: ReturnType<typeof findKit>, lang: BaseLang) {
  const own = kit.outreach.templates[lang];
  const isDefault = !own || (!own.subject.trim() && !own.body.trim());
  const fallback = defaultTemplate(localeOf(lang, kit.lang));
  return {
    lang,
    subject: own?.subject.trim() ? own.subject : fallback.subject,
    body: own?.body.trim() ? own.body : fallback.body,
    isDefault,
    placeholders: PLACEHOLDERS.map((p) => `{{${p}}}`),
  };
}

export const outreachHandlers = {
  'outreach.preview': async (input, ctx) => {
    const now = new Date();
    const { plan, attachments, warnings } = await prepare(input, ctx, now);
    const size = await estimateDraft(plan, ctx.uiLang);
    const from = plan.sender.email ? { name: plan.sender.name, email: plan.sender.email } : null;
    return {
      ...plan.sample,
      mode: plan.mode,
      from,
      recipients: plan.recipients.map((r) => ({ contactId: r.contactId, name: r.name, email: r.email })),
      skipped: plan.skipped,
      attachments: attachments.map((a) => ({ name: a.name, bytes: a.bytes.byteLength })),
      drafts: plan.drafts.length,
      estimatedBytes: size.bytes,
      tooLarge: size.tooLarge,
      warnings: shown([...warnings, ...size.warnings], ctx.uiLang),
    };
  },

  'outreach.create': async (input, ctx) => {
    const now = new Date();
    refuseOutDirFromWeb(ctx, input.outDir);
    const { plan, attachments, warnings } = await prepare(input, ctx, now);
    if (!plan.drafts.length) throw new AppError('INVALID_INPUT', nobody(plan.sheet, plan.skipped.length, ctx.uiLang), { skipped: plan.skipped });
    const dir = outFolder(ctx, plan, input.outDir, now);
    const written = await writeDrafts(plan, dir, ctx.uiLang);
    // The exact files sent are kept in the library by hash: "what did this journalist get?" has an answer.
    for (const a of attachments) await ctx.library.putFile(a.bytes);
    const entry = logEntry(plan, now, ctx.library.doc.settings.displayName || ctx.library.doc.settings.sender.name);
    await ctx.library.mutate((draft) => {
      const kit = draft.kits.find((k) => k.id === plan.kit.id);
      if (kit) kit.outreach.log.push(entry);
    });
    const exportsDir = path.join(ctx.library.dir, 'exports');
    const inExports = path.dirname(dir) === exportsDir;
    return {
      files: written.files.map((f) => ({
        path: f.path,
        name: path.basename(f.path),
        to: f.to,
        bytes: f.bytes,
        download: inExports ? `/download/${encodeURIComponent(path.basename(dir))}/${encodeURIComponent(path.basename(f.path))}` : null,
      })),
      folder: dir,
      skipped: plan.skipped,
      warnings: shown([...warnings, ...written.warnings], ctx.uiLang),
      log: entry,
    };
  },

  'outreach.template': async (input, ctx) => {
    const kit = findKit(ctx.library.doc, input.kitId, ctx.uiLang);
    return templateView(kit, input.lang ?? baseLang(kit.lang));
  },

  'outreach.saveTemplate': async (input, ctx) => {
    findKit(ctx.library.doc, input.kitId, ctx.uiLang);
    const at = new Date().toISOString();
    await ctx.library.mutate((draft) => {
      const kit = draft.kits.find((k) => k.id === input.kitId);
      if (!kit) return;
      if (!input.subject.trim() && !input.body.trim()) delete kit.outreach.templates[input.lang];
      else kit.outreach.templates[input.lang] = { subject: input.subject, body: input.body };
      kit.updatedAt = at;
    });
    return templateView(findKit(ctx.library.doc, input.kitId, ctx.uiLang), input.lang);
  },

  'outreach.log': async (input, ctx) => {
    const kit = findKit(ctx.library.doc, input.kitId, ctx.uiLang);
    const email = input.email?.trim().toLowerCase();
    const entries = kit.outreach.log
      .filter((e) => !input.contactId || e.to.some((t) => t.contactId === input.contactId))
      .filter((e) => !email || e.to.some((t) => t.email.toLowerCase() === email))
      .slice()
      .sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
    return { entries };
  },
} satisfies HandlersFor<typeof outreachMethods>;
