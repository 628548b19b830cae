import path from 'node:path';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { EXPORT_FORMAT_NAMES, type ExportFormat } from '../../export/formats.js';
import { writeNewFile } from '../../export/output-file.js';
import { AppError } from '../../model/errors.js';
import { newId } from '../../model/common.js';
import type { RegisterCommands } from './run.js';

/** sheet create, kit create, export kit|release: assembling a media kit and writing its files. */

const FORMATS = EXPORT_FORMAT_NAMES;
type Format = ExportFormat;

function formatList(value: string): Format[] {
  const list = value
    .split(',')
    .map((f) => f.trim().toLowerCase())
    .filter(Boolean);
  const bad = list.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (bad.length || !list.length) throw new InvalidArgumentError(`formats are ${FORMATS.join(', ')} (got ${value})`);
  return list as Format[];
}

function collect(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((v) => v.trim()).filter(Boolean)];
}

export const register: RegisterCommands = (program, run, io) => {
  const sheet = program.commands.find((c) => c.name() === 'sheet') ?? program.command('sheet').description('contact sheets');
  sheet
    .command('create')
    .description('create a contact sheet from contacts, in order')
    .requiredOption('--name <name>', 'the sheet’s name')
    .option('--contact <id...>', 'contact ids, in order (repeat or separate with commas)')
    .option('--description <text>', 'what the sheet is for', '')
    .action(async (opts: { name: string; contact?: string[]; description: string }) => {
      const contactIds = (opts.contact ?? []).flatMap((c) => collect(c));
      io.print(await run('sheets.create', { data: { name: opts.name, description: opts.description, contactIds } }));
    });

  const kit = program.commands.find((c) => c.name() === 'kit') ?? program.command('kit').description('media kits');
  kit
    .command('create')
    .description('create a media kit: its releases in order, then a logo sheet, then the contact sheet')
    .requiredOption('--name <name>', 'the kit’s name')
    .addOption(new Option('--lang <lang>', 'the kit’s language').choices(['fr-CA', 'fr-FR', 'en-US', 'en-GB', 'ja']).makeOptionMandatory())
    .option('--event <name>', 'the event', '')
    .option('--date <yyyy-mm-dd>', 'the event’s date')
    .option('--location <text>', 'where the event is', '')
    .addOption(new Option('--page <size>', 'page size').choices(['letter', 'a4']))
    .option('--release <id...>', 'release ids, in order')
    .option('--logo <id...>', 'logo ids: on the cover and on the logo sheet')
    .option('--sheet <id>', 'the contact sheet printed in the kit')
    .option('--subtitle <text>', 'a line under the kit’s name on the cover', '')
    .action(
      async (opts: {
        name: string;
        lang: 'fr-CA' | 'fr-FR' | 'en-US' | 'en-GB' | 'ja';
        event: string;
        date?: string;
        location: string;
        page?: 'letter' | 'a4';
        release?: string[];
        logo?: string[];
        sheet?: string;
        subtitle: string;
      }) => {
        const releases = (opts.release ?? []).flatMap((r) => collect(r));
        const logos = (opts.logo ?? []).flatMap((l) => collect(l));
        const sections = [
          ...releases.map((releaseId) => ({ id: newId('section'), type: 'release' as const, releaseId })),
          ...(logos.length ? [{ id: newId('section'), type: 'logos' as const, title: '', logoIds: logos }] : []),
          ...(opts.sheet ? [{ id: newId('section'), type: 'contacts' as const, title: '', sheetId: opts.sheet }] : []),
        ];
        const pageSize = opts.page ?? (opts.lang === 'en-US' || opts.lang === 'fr-CA' ? 'letter' : 'a4');
        io.print(
          await run('kits.create', {
            data: {
              name: opts.name,
              lang: opts.lang,
              pageSize,
              event: { name: opts.event, date: opts.date ?? null, location: opts.location },
              cover: { show: true, logoIds: logos, subtitle: opts.subtitle },
              sections,
            },
          }),
        );
      },
    );

  const exp = program.command('export').description('write a kit’s or a release’s files (DOCX, PDF, ZIP, Markdown, HTML, vCard), or your contacts as a vCard');
  // Warnings print with their code (what a script matches) and their text in the user's language.
  type PrintedWarning = { release?: string; code: string; message: string };
  const printFiles = (result: { files: Array<{ format: string; path: string; bytes: number }>; warnings: readonly PrintedWarning[] }) =>
    io.print({
      files: result.files.map(({ format, path: p, bytes }) => ({ format, path: p, bytes })),
      warnings: result.warnings.map(({ release, code, message }) => (release ? { release, code, message } : { code, message })),
    });
  exp
    .command('kit')
    .argument('<id>', 'the media kit')
    .requiredOption('--format <list>', `comma-separated: ${FORMATS.join(',')}`, formatList)
    .option('--out <dir>', 'the folder to write into (default: <library>/exports/<date>-<name>/)')
    .option('--overwrite', 'replace files of the same name (default: a free name, "… (2).pdf")')
    .action(async (id: string, opts: { format: Format[]; out?: string; overwrite?: boolean }) => {
      printFiles(await run('export.kit', { id, formats: opts.format, overwrite: !!opts.overwrite, ...(opts.out ? { outDir: path.resolve(opts.out) } : {}) }));
    });
  exp
    .command('contacts')
    .description('your own vCard of contacts: all of them, some (--contact) or a sheet’s (--sheet); their private notes only with --notes')
    .option('--contact <id...>', 'contact ids, in order (repeat or separate with commas)')
    .option('--sheet <id>', 'a contact sheet: its contacts, in its order')
    .option('--notes', 'add each contact’s private notes (a file for your own address book: never send it)')
    .option('--out <dir>', 'the folder to write into (default: the current folder)')
    .option('--overwrite', 'replace a file of the same name (default: a free name, "… (2).vcf")')
    .action(async (opts: { contact?: string[]; sheet?: string; notes?: boolean; out?: string; overwrite?: boolean }, command: Command) => {
      const contactIds = (opts.contact ?? []).flatMap((c) => collect(c));
      if (contactIds.length && opts.sheet) command.error('error: give --contact or --sheet, not both', { exitCode: 2, code: 'mediakit.usage' });
      const r = await run('contacts.vcard', { notes: !!opts.notes, ...(opts.sheet ? { sheetId: opts.sheet } : {}), ...(contactIds.length ? { contactIds } : {}) });
      const dir = path.resolve(opts.out ?? '.');
      const bytes = new TextEncoder().encode(r.text);
      let file: string;
      try {
        file = await writeNewFile(dir, r.fileName, bytes, { overwrite: !!opts.overwrite });
      } catch (err) {
        const why = (err as Error).message;
        throw new AppError('WRITE_FAILED', { en: `${dir}: the vCard cannot be written there (${why}).`, fr: `${dir}\u00a0: la vCard ne peut pas y être écrite (${why}).` }, { path: dir });
      }
      io.print({ path: file, bytes: bytes.byteLength, contacts: r.count, withNotes: r.withNotes, leftOut: r.leftOut });
    });
  exp
    .command('release')
    .argument('[ids...]', 'the releases (several are exported in one go)')
    .option('--all', 'every release of the library (not those in the trash)')
    .requiredOption('--format <list>', `comma-separated: ${FORMATS.join(',')}`, formatList)
    .option('--out <dir>', 'the folder to write into (default: <library>/exports/<date>-<headline>/, one per release)')
    .addOption(new Option('--page <size>', 'page size').choices(['letter', 'a4']))
    .option('--overwrite', 'replace files of the same name (default: a free name, "… (2).pdf")')
    .action(async (ids: string[], opts: { all?: boolean; format: Format[]; out?: string; page?: 'letter' | 'a4'; overwrite?: boolean }, command: Command) => {
      if (!!opts.all === ids.length > 0) command.error('error: name the releases to export, or give --all (not both)', { exitCode: 2, code: 'mediakit.usage' });
      const input = (id: string) => ({
        id,
        formats: opts.format,
        overwrite: !!opts.overwrite,
        ...(opts.out ? { outDir: path.resolve(opts.out) } : {}),
        ...(opts.page ? { pageSize: opts.page } : {}),
      });
      if (ids.length === 1 && !opts.all) {
        printFiles(await run('export.release', input(ids[0]!)));
        return;
      }
      // A batch (how a person scripts many exports): the library is read once, then each release is
      // exported in this one process. Every id is checked before the first file is written.
      const live = await run('releases.list', { includeDeleted: false });
      const known = new Set(live.map((r) => r.id));
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length) throw new AppError('NOT_FOUND', { en: `No such release (or in the trash): ${unknown.join(', ')}`, fr: `Communiqué introuvable (ou à la corbeille)\u00a0: ${unknown.join(', ')}` });
      const files: Array<{ format: string; path: string; bytes: number }> = [];
      const warnings: PrintedWarning[] = [];
      for (const id of opts.all ? live.map((r) => r.id) : ids) {
        const result = await run('export.release', input(id));
        files.push(...result.files);
        warnings.push(...result.warnings.map((w) => ({ release: id, code: w.code, message: w.message })));
      }
      printFiles({ files, warnings });
    });
};
