import path from 'node:path';
import type { RegisterCommands } from './run.js';

/** import kit FILE.mkit: a kit package another officer shared, added to this library without duplicates. */
export const register: RegisterCommands = (program, run, io) => {
  const imp = program.commands.find((c) => c.name() === 'import') ?? program.command('import').description('bring in files');
  imp
    .command('kit')
    .description('open a .mkit kit package: add what this library lacks, keep what it has; prints what was added and what was already here')
    .argument('<file>', 'the .mkit file')
    .option('--dry-run', 'only say what would be added and what is already here; change nothing')
    .action(async (file: string, opts: { dryRun?: boolean }) => {
      const input = { path: path.resolve(file) };
      io.print(opts.dryRun ? await run('import.previewKitPackage', input) : await run('import.kitPackage', input));
    });
};
