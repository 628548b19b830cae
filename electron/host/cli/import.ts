import { type Command, Option } from 'commander';
import { LANGS } from '../../model/common.js';
import { LOGO_VARIANTS } from '../../model/entities.js';
import { MAX_CONTACTS_BYTES, MAX_IMAGE_BYTES, MAX_RELEASE_BYTES } from '../../import/limits.js';
import type { RegisterCommands } from './run.js';
import { printable } from './terminal-text.js';

/** import release|contacts|logo FILE, and show release ID: files in, structured entries out. */
export const register: RegisterCommands = (program, run, io) => {
  const imp = program.command('import').description('bring in a release, contacts or a logo from a file');

  imp
    .command('release')
    .description('import a press release (.txt, .md, .docx, .html); prints the created release as JSON')
    .argument('<file>')
    .addOption(new Option('--lang <lang>', 'the release language (detected when not given)').choices(LANGS))
    .action(async (file: string, opts: { lang?: (typeof LANGS)[number] }) => {
      const { fileName, bytes } = await io.readInput(file, MAX_RELEASE_BYTES);
      const { warnings, ...release } = await run('import.release', {
        fileName,
        contentBase64: Buffer.from(bytes).toString('base64'),
        ...(opts.lang ? { lang: opts.lang } : {}),
      });
      for (const w of warnings ?? []) process.stderr.write(`warning: ${printable(`${fileName}: ${w}`)}\n`);
      io.print(release);
    });

  imp
    .command('contacts')
    .description('import contacts from a vCard (.vcf) or CSV file; the same e-mail merges')
    .argument('<file>')
    .action(async (file: string) => {
      const { fileName, bytes } = await io.readInput(file, MAX_CONTACTS_BYTES);
      io.print(await run('import.contacts', { fileName, contentBase64: Buffer.from(bytes).toString('base64') }));
    });

  imp
    .command('logo')
    .description('import a logo (PNG, JPEG, WebP, GIF, SVG) for an organization, or give a logo a new image with --replace')
    .argument('<file>')
    .option('--org <name>', 'the organization (matched by name, created if new)')
    .addOption(new Option('--variant <variant>', 'which version of the logo').choices(LOGO_VARIANTS).default('primary'))
    .option('--name <name>', 'the logo\'s title (default: "<organization> – <variant>")')
    .option('--replace <id>', 'the logo whose image this file replaces: it keeps its id, so kits and sheets keep it')
    .action(async function (this: Command, file: string, opts: { org?: string; variant: (typeof LOGO_VARIANTS)[number]; replace?: string; name?: string }) {
      // Printed like commander's own usage errors (exit 2).
      if (!opts.replace && !opts.org) this.error('error: give --org <name> for a new logo, or --replace <id> for an existing one', { exitCode: 2, code: 'mediakit.usage' });
      const { fileName, bytes } = await io.readInput(file, MAX_IMAGE_BYTES);
      const contentBase64 = Buffer.from(bytes).toString('base64');
      io.print(
        opts.replace
          ? await run('logos.replace', { id: opts.replace, fileName, contentBase64 })
          : await run('import.logo', { fileName, contentBase64, organization: opts.org!, variant: opts.variant, ...(opts.name ? { name: opts.name } : {}) }),
      );
    });

  const show = program.commands.find((c) => c.name() === 'show') ?? program.command('show').description('show one entry in full');
  show
    .command('release')
    .description('one release with its organizations and contacts, as JSON or Markdown')
    .argument('<id>')
    .addOption(new Option('--format <format>', 'json or markdown').choices(['json', 'markdown']).default('json'))
    .action(async (id: string, opts: { format: 'json' | 'markdown' }) => {
      const result = await run('releases.show', { id, format: opts.format });
      if (opts.format === 'markdown') process.stdout.write(result.markdown ?? '');
      else io.print(result.release);
    });
};
