import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { z } from 'zod';
import { AREA_OF, contract, isMethodName, type MethodName } from '../api/contract.js';
import { dispatch } from '../api/dispatch.js';
import type { MethodDef } from '../api/define.js';
import { AppError } from '../model/errors.js';
import { Library } from '../library/library.js';
import { checkedBackups, restoreUnderLock } from '../library/backups.js';
import { createContext, uiLangFrom } from './context.js';
import { resolveLibraryDir } from './library-path.js';
import type { CliIo, Run } from './cli/run.js';
import { readInputFile } from './cli/input-file.js';
import { printable, printableLines, terminalJson } from './cli/terminal-text.js';
import { register as registerLibrary } from './cli/library.js';
import { register as registerImport } from './cli/import.js';
import { register as registerExport } from './cli/export.js';
import { register as registerOutreach } from './cli/outreach.js';
import { register as registerSync } from './cli/sync.js';
import { register as registerKitPackage } from './cli/kit-package.js';
import { closeSync } from '../sync/index.js';

const COMMAND_MODULES = [registerLibrary, registerImport, registerExport, registerOutreach, registerSync, registerKitPackage];

/** The method's input as dispatch will see it, or null when it is not valid (dispatch then says why). */
function parsedInput(def: MethodDef, input: unknown): unknown {
  const parsed = def.input.safeParse(input ?? {});
  return parsed.success ? parsed.data : null;
}

export interface CliResult {
  code: 0 | 1 | 2;
}

/**
 * `mediakit <command>`: JSON on stdout; exit 0 when done, 1 on an error (one line on stderr),
 * 2 on a usage error. Every command goes through the same API methods as the window.
 */
export async function main(argv: readonly string[], out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): Promise<CliResult> {
  const program = new Command('mediakit');
  let library: Library | null = null;
  let ctx: ReturnType<typeof createContext> | null = null;
  const uiLang = uiLangFrom(process.env.MEDIAKIT_LANG ?? process.env.LC_ALL ?? process.env.LANG);

  const libraryDir = () => resolveLibraryDir((program.opts() as { library?: string }).library);
  const open = async (readOnly: boolean, only?: readonly string[]) => {
    if (library && !library.partial && (readOnly || !library.readOnly)) return ctx!;
    if (library) await closeSync(library);
    await library?.close();
    library = await Library.open(libraryDir(), { readOnly, app: 'the mediakit command', ...(only ? { only } : {}) });
    ctx = createContext(library, 'cli');
    ctx.uiLang = uiLang;
    return ctx;
  };
  const run: Run = async (method, input, options) => {
    // A read that may run without the lock (an export, a list) leaves the window free to stay open;
    // one that names the entities it reads (an export) parses only those from library.json.
    const def: MethodDef = contract[method];
    const parsed = parsedInput(def, input);
    // Chromium takes longer to start than the rest of a PDF export: started now, it gets ready
    // while the library opens and the kit is laid out (the method says whether it prints).
    if (parsed !== null && def.prints?.(parsed)) void import('./chromium.js').then((m) => m.startPrinterEarly());
    const readOnly = !options?.lock && def.kind === 'read' && def.withoutLock;
    const only = readOnly && parsed !== null && def.reads ? def.reads(parsed) : undefined;
    const c = await open(readOnly, only);
    const reply = await dispatch(method, input, c);
    if (!reply.ok) throw new AppError(reply.error.code, reply.error.message, reply.error.details);
    return reply.result as never;
  };
  const io: CliIo = {
    print: (value) => out.write(terminalJson(value) + '\n'),
    readInput: (file, max) => readInputFile(file, max),
  };

  program
    .description('Media Kit Manager from the command line: press releases, logos, contacts and media kits.')
    .option('--library <dir>', 'the library folder (default: $MEDIAKIT_LIBRARY, else the app’s own folder)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.write(s), writeErr: (s) => err.write(printableLines(s)) })
    .showHelpAfterError();

  for (const register of COMMAND_MODULES) register(program, run, io);

  program
    .command('api')
    .description('call any API method with a JSON input; --list prints them with their input JSON Schemas')
    .argument('[method]')
    .argument('[json]', 'the input, as JSON', '{}')
    .option('--list', 'list the methods')
    .action(async (method: string | undefined, json: string, opts: { list?: boolean }) => {
      if (opts.list || !method) {
        io.print(
          Object.entries(contract).map(([name, def]) => ({
            method: name,
            area: AREA_OF.get(name),
            kind: def.kind,
            ...(def.kind === 'read' ? { withoutLock: def.withoutLock } : {}),
            summary: def.summary,
            input: z.toJSONSchema(def.input, { io: 'input', unrepresentable: 'any' }),
          })),
        );
        return;
      }
      if (!isMethodName(method)) program.error(`error: unknown method ${method} (see mediakit api --list)`, { exitCode: 2, code: 'mediakit.usage' });
      let input: unknown;
      try {
        input = JSON.parse(json);
      } catch {
        program.error(`error: the input is not valid JSON: ${json}`, { exitCode: 2, code: 'mediakit.usage' });
      }
      io.print(await run(method as MethodName, input as never));
    });

  program
    .command('backups')
    .description('the good copies of library.json kept after each save, newest first (--all: damaged ones too, with why)')
    .option('--all', 'also list the backups that are damaged')
    .action(async (opts: { all?: boolean }) => {
      const all = await checkedBackups(path.join(libraryDir(), 'backups'));
      io.print(opts.all ? all : all.filter((b) => b.good).map(({ good: _good, ...b }) => b));
    });

  program
    .command('restore')
    .description('put a backup back as library.json (the current file is kept aside)')
    .argument('<backup>', 'a name from `mediakit backups`')
    .action(async (name: string) => {
      // Under the library's lock like every write: refused while the app has the library open
      // (restore from its Settings → Backups instead, which the running app performs itself).
      io.print(await restoreUnderLock(libraryDir(), path.basename(name), 'the mediakit command'));
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return { code: 0 };
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return { code: 0 };
      return { code: 2 };
    }
    const message = e instanceof AppError ? e.messageIn(uiLang) : e instanceof Error ? e.message : String(e);
    err.write(`error: ${printable(message)}\n`);
    return { code: 1 };
  } finally {
    await (ctx as ReturnType<typeof createContext> | null)?.dispose();
    if (library) await closeSync(library);
    await (library as Library | null)?.close();
  }
}
