import { Option } from 'commander';
import { COLLECTIONS } from '../../model/library-document.js';
import type { RegisterCommands } from './run.js';

/** init, info, list, trash, backups, restore: the library itself. */
export const register: RegisterCommands = (program, run, io) => {
  program
    .command('init')
    .description('create the library if it does not exist (safe to run again)')
    .action(async () => io.print(await run('library.info', {}, { lock: true })));

  program
    .command('info')
    .description('where the library is, its schema version and what it holds')
    .action(async () => io.print(await run('library.info', {})));

  program
    .command('list')
    .description('list one kind of entity as a JSON array')
    .addArgument(program.createArgument('<what>', 'what to list').choices(COLLECTIONS))
    .addOption(new Option('--deleted', 'include what is in the trash'))
    .action(async (what: (typeof COLLECTIONS)[number], opts: { deleted?: boolean }) =>
      io.print(await run(`${what}.list`, { includeDeleted: !!opts.deleted })),
    );

  program
    .command('search')
    .description('search everything for words')
    .argument('<words...>')
    .option('--limit <n>', 'at most this many results', '20')
    .action(async (words: string[], opts: { limit: string }) => io.print(await run('search.query', { q: words.join(' '), limit: Number(opts.limit) })));

  const trash = program.command('trash').description('what was deleted, and restoring it');
  trash.command('list').action(async () => io.print(await run('trash.list', {})));
  trash
    .command('restore')
    .argument('<what>', 'organizations, releases, logos, contacts, sheets or kits')
    .argument('<id>')
    .action(async (what: string, id: string) => {
      if (!(COLLECTIONS as readonly string[]).includes(what)) program.error(`error: unknown collection ${what}`, { exitCode: 2 });
      io.print(await run(`${what as (typeof COLLECTIONS)[number]}.restore`, { id }));
    });
  trash
    .command('empty')
    .description('delete for good everything in the trash')
    .action(async () => io.print(await run('trash.purge', {})));
};
