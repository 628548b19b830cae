import { z } from 'zod';
import { WarningOutput } from './warnings.js';
import { EXPORT_FORMAT_NAMES } from '../../export/formats.js';
import { Id, Sha256 } from '../../model/common.js';
import { read } from '../define.js';

/** The formats of the table of writers (electron/export/formats.ts). */
export const ExportFormat = z.enum(EXPORT_FORMAT_NAMES);

const ExportInput = z.object({
  id: Id,
  formats: z.array(ExportFormat).min(1, 'name at least one format'),
  /** A folder to write into; refused from the browser (the web host writes only inside the library). */
  outDir: z.string().min(1).optional(),
  /** Replace a file of the same name (never a link or a folder); otherwise a free name is chosen: "… (2).pdf". */
  overwrite: z.boolean().default(false),
});

const ExportOutput = z.object({
  files: z.array(
    z.object({ format: ExportFormat, name: z.string(), path: z.string(), bytes: z.number().int().nonnegative(), sha256: Sha256 }),
  ),
  warnings: z.array(WarningOutput),
});

export const exportMethods = {
  'preview.release': read({
    withoutLock: true,
    summary: 'The print template of one release, as self-contained HTML (the live preview; what the PDF prints).',
    input: z.object({ id: Id, pageSize: z.enum(['letter', 'a4']).optional() }),
    output: z.object({ html: z.string(), warnings: z.array(WarningOutput) }),
  }),
  'preview.kit': read({
    withoutLock: true,
    summary: 'The print template of a media kit, as self-contained HTML (the live preview; what the PDF prints).',
    input: z.object({ id: Id }),
    output: z.object({ html: z.string(), warnings: z.array(WarningOutput) }),
  }),
  'export.kit': read({
    // No lock needed: its history line goes to the journal, which the next writer folds in.
    withoutLock: true,
    reads: (input) => [input.id],
    summary: 'Export a media kit as DOCX, PDF, a ZIP bundle, Markdown, HTML or vCard files; returns the files written.',
    input: ExportInput,
    output: ExportOutput,
  }),
  'export.release': read({
    // No lock needed: its history line goes to the journal, which the next writer folds in.
    withoutLock: true,
    reads: (input) => [input.id],
    summary: 'Export one release as DOCX, PDF, Markdown, HTML or a ZIP bundle; returns the files written.',
    input: ExportInput.extend({ pageSize: z.enum(['letter', 'a4']).optional() }),
    output: ExportOutput,
  }),
};
