import { AppError } from '../../model/errors.js';
import { PASSWORD_ENV } from '../../sync/credentials.js';
import type { CliIo, RegisterCommands, Run } from './run.js';
import { askSecret } from './prompt.js';

/**
 * `mediakit sync …`: a team library from the command line. The password comes from
 * MEDIAKIT_SYNC_PASSWORD or is asked on the terminal, never from a flag (flags end up in shell
 * history and in `ps`).
 */
export const register: RegisterCommands = (program, run: Run, io: CliIo) => {
  const sync = program.command('sync').description('share this library with a team through a CouchDB server (docs/TEAM.md)');

  sync
    .command('now', { isDefault: true })
    .description('send this library’s changes and bring the team’s, once (the default)')
    .action(async () => io.print(await withPassword(() => run('sync.run', {}))));

  sync
    .command('setup')
    .description('join a team library: --url https://server/database [--user NAME]; the password from MEDIAKIT_SYNC_PASSWORD or asked')
    .requiredOption('--url <url>', 'the database’s address (https://, or http:// on this computer)')
    .option('--user <name>', 'your user name on the server', '')
    .action(async (opts: { url: string; user: string }) => {
      let password: string | undefined;
      if (opts.user && process.env[PASSWORD_ENV] === undefined) {
        password = (await askSecret(`Password for ${opts.user} at ${opts.url}: `)) ?? undefined;
        if (password === undefined) throw noPassword(opts.user);
      }
      io.print(await run('sync.setup', { url: opts.url, user: opts.user, ...(password !== undefined ? { password } : {}) }));
    });

  sync
    .command('status')
    .description('the team library, when it last synced, conflicts and refused documents')
    .action(async () => io.print(await run('sync.status', {})));

  sync
    .command('conflicts')
    .description('entities changed on two libraries at once, with both versions')
    .action(async () => io.print(await run('sync.conflicts', {})));

  sync
    .command('resolve')
    .description('end a conflict by keeping one side: --keep mine|theirs')
    .argument('<id>')
    .requiredOption('--keep <side>', 'mine or theirs')
    .action(async (id: string, opts: { keep: string }) => {
      if (opts.keep !== 'mine' && opts.keep !== 'theirs') program.error('error: --keep must be mine or theirs', { exitCode: 2 });
      io.print(await run('sync.resolve', { id, choice: opts.keep as 'mine' | 'theirs' }));
    });

  sync
    .command('leave')
    .description('stop syncing this library (it keeps everything it holds)')
    .action(async () => io.print(await run('sync.leave', {})));

  /** A sync that needs a password nobody gave: ask on the terminal once, for this run. */
  async function withPassword<T>(step: () => Promise<T>): Promise<T> {
    try {
      return await step();
    } catch (e) {
      if (!(e instanceof AppError) || e.code !== 'SYNC_AUTH' || process.env[PASSWORD_ENV] !== undefined || !/MEDIAKIT_SYNC_PASSWORD/.test(e.message)) throw e;
      const typed = await askSecret('Team library password: ');
      if (typed === null) throw e;
      process.env[PASSWORD_ENV] = typed;
      return step();
    }
  }
};

function noPassword(user: string): AppError {
  return new AppError('SYNC_AUTH', {
    en: `No password for ${user}: set ${PASSWORD_ENV} (the password is never given as a flag), or run this in a terminal to be asked.`,
    fr: `Aucun mot de passe pour ${user}\u00a0: définissez ${PASSWORD_ENV} (le mot de passe n’est jamais passé en option), ou lancez la commande dans un terminal pour qu’il soit demandé.`,
  });
}
