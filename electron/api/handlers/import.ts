import { AppError, fileError, localize } from '../../model/errors.js';
import { importNote, shown } from '../../model/warnings.js';
import { baseLang, type LibraryDocument } from '../../model/index.js';
import {
  applyContactsImport,
  applyLogoImport,
  applyLogoReplace,
  applyReleaseImport,
  readContactsFile,
  readImage,
  readPastedHtml,
  readReleaseFile,
  type ImportedRelease,
} from '../../import/index.js';
import { renderMarkdown, resolveRelease } from '../../export/index.js';
import type { HandlersFor } from '../define.js';
import type { importMethods } from '../contract/import.js';
import { findLive, notFound } from './entities.js';

function bytesOf(input: { fileName: string; contentBase64: string }): Uint8Array {
  const b64 = input.contentBase64.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(b64)) {
    throw fileError('INVALID_INPUT', input.fileName, { en: 'the file content is not valid base64', fr: 'le contenu du fichier n’est pas du base64 valide' });
  }
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

/** The release with its organizations and contacts resolved, as the CLI and the editor show it. */
export function releaseView(doc: LibraryDocument, id: string) {
  const r = doc.releases.find((x) => x.id === id);
  if (!r || r.deletedAt) {
    throw new AppError(
      'NOT_FOUND',
      { en: `No release with id ${id}${r ? ' (it is in the trash)' : ''}.`, fr: `Aucun communiqué avec l’identifiant ${id}${r ? ' (il est dans la corbeille)' : ''}.` },
      { id },
    );
  }
  const base = baseLang(r.lang);
  return {
    id: r.id,
    lang: r.lang,
    label: r.label,
    timing: r.timing,
    headline: r.headline,
    subheadline: r.subheadline,
    dateline: r.dateline,
    body: r.body,
    addressee: r.addressee,
    notes: r.notes,
    organizations: r.organizationIds.flatMap((oid) => {
      const o = doc.organizations.find((x) => x.id === oid && !x.deletedAt);
      return o ? [{ id: o.id, name: o.name, heading: o.aboutHeadings?.[base] ?? '', boilerplate: o.boilerplates[base] ?? '' }] : [];
    }),
    contacts: r.contactIds.flatMap((cid) => {
      const c = doc.contacts.find((x) => x.id === cid && !x.deletedAt);
      return c ? [{ id: c.id, name: c.name, title: c.title, organization: c.organization, emails: c.emails, phones: c.phones }] : [];
    }),
    endMark: r.endMark,
    status: r.status,
    source: r.source,
  };
}

/** The release as read, with its warnings as codes and parameters (and their text in the interface language). */
function inLang(imported: ImportedRelease, lang: 'fr' | 'en') {
  return { ...imported, warnings: shown(imported.warnings.map(importNote), lang) };
}

function applyEdits(imported: ImportedRelease, edits: Partial<ImportedRelease['release']> | undefined): void {
  if (!edits) return;
  for (const [k, v] of Object.entries(edits)) if (v !== undefined) Object.assign(imported.release, { [k]: v });
}

export const importHandlers = {
  'import.previewRelease': async (input, ctx) => inLang(await readReleaseFile(input.fileName, bytesOf(input), { lang: input.lang }), ctx.uiLang),
  'import.pastedHtml': async (input, ctx) => inLang(readPastedHtml(input.html, { lang: input.lang }), ctx.uiLang),
  'import.release': async (input, ctx) => {
    const bytes = bytesOf(input);
    const imported = await readReleaseFile(input.fileName, bytes, { lang: input.lang });
    applyEdits(imported, input.edits);
    if (input.contacts) imported.contacts = input.contacts.map((c) => ({ ...c, source: '' }));
    // Everything is read and checked before the library is touched: a refused file changes nothing.
    const sha256 = await ctx.library.putFile(bytes);
    const warnings = [...imported.warnings];
    const now = new Date().toISOString();
    const id = await ctx.library.mutate(
      (draft) => applyReleaseImport(draft as LibraryDocument, imported, { now, source: { fileName: input.fileName, sha256 }, warnings }).id,
    );
    return { ...releaseView(ctx.library.doc, id), warnings: shown(warnings.map(importNote), ctx.uiLang) };
  },
  'import.contacts': async (input, ctx) => {
    const read = readContactsFile(input.fileName, bytesOf(input));
    const now = new Date().toISOString();
    const result = read.contacts.length
      ? await ctx.library.mutate((draft) => applyContactsImport(draft as LibraryDocument, read.contacts, now))
      : { imported: 0, merged: 0, ids: [] };
    return { ...result, skipped: read.skipped.map((s) => ({ row: s.row, reason: localize(s.reason, ctx.uiLang) })) };
  },
  'import.logo': async (input, ctx) => {
    const image = await readImage(input.fileName, bytesOf(input));
    const fileSha256 = await ctx.library.putFile(image.bytes);
    const thumbSha256 = await ctx.library.putFile(image.thumbnailPng);
    const now = new Date().toISOString();
    const id = await ctx.library.mutate(
      (draft) =>
        applyLogoImport(draft as LibraryDocument, image, {
          organizationName: input.organization,
          variant: input.variant,
          now,
          fileSha256,
          thumbSha256,
          originalFileName: input.fileName,
          name: input.name,
          uiLang: ctx.uiLang,
        }).id,
    );
    const logo = ctx.library.doc.logos.find((l) => l.id === id);
    if (!logo) throw new AppError('INTERNAL', { en: `${input.fileName}: the logo was not saved.`, fr: `${input.fileName}\u00a0: le logo n’a pas été enregistré.` });
    const org = ctx.library.doc.organizations.find((o) => o.id === logo.organizationId);
    return {
      id: logo.id,
      organization: org?.name ?? input.organization,
      variant: logo.variant,
      format: logo.file.format,
      width: logo.file.width,
      height: logo.file.height,
      bytes: logo.file.bytes,
      sha256: logo.file.sha256,
    };
  },
  'logos.replace': async (input, ctx) => {
    findLive(ctx, 'logos', input.id);
    // Read and checked in full before anything is stored: a refused file leaves the logo and library.json as they were.
    const image = await readImage(input.fileName, bytesOf(input));
    const fileSha256 = await ctx.library.putFile(image.bytes);
    const thumbSha256 = await ctx.library.putFile(image.thumbnailPng);
    const replaced = await ctx.library.mutate((draft) =>
      applyLogoReplace(draft as LibraryDocument, input.id, image, { now: new Date().toISOString(), fileSha256, thumbSha256, originalFileName: input.fileName }),
    );
    if (!replaced) throw notFound(ctx, 'logos', input.id);
    const logo = findLive(ctx, 'logos', input.id);
    return { logo, ...replaced };
  },
  'releases.show': async (input, ctx) => {
    const release = releaseView(ctx.library.doc, input.id);
    if (input.format !== 'markdown') return { release };
    return { release, markdown: renderMarkdown(resolveRelease(ctx.library.doc, input.id)) };
  },
} satisfies HandlersFor<typeof importMethods>;
