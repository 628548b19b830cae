import { Option } from 'commander';
import type { RegisterCommands } from './run.js';

const ATTACH = ['pdf', 'docx', 'zip'] as const;
type Attach = (typeof ATTACH)[number];

function attachList(value: string): Attach[] {
  const items = value
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const bad = items.filter((s) => !(ATTACH as readonly string[]).includes(s));
  if (bad.length || !items.length) throw new Error(`--attach takes pdf, docx and/or zip, comma-separated (got "${value}")`);
  return [...new Set(items)] as Attach[];
}

interface OutreachOptions {
  sheet: string;
  out?: string;
  attach: string;
  mode: 'per-recipient' | 'bcc';
  from?: string;
  subject?: string;
  preview?: boolean;
}

/** outreach KIT_ID --sheet ID [--out DIR]: e-mail drafts with the kit attached; outreach-log KIT_ID: what was sent. */
export const register: RegisterCommands = (program, run, io) => {
  program
    .command('outreach')
    .description('write e-mail drafts (.eml, open as drafts in Outlook, Apple Mail, Thunderbird) with the kit attached, for a contact sheet')
    .argument('<kitId>')
    .requiredOption('--sheet <sheetId>', 'the contact sheet (media list) to write to')
    .option('--out <dir>', 'the folder to write the drafts into (default: a new folder under the library’s exports)')
    .option('--attach <formats>', 'what to attach: pdf, docx and/or zip, comma-separated', 'pdf')
    .addOption(new Option('--mode <mode>', 'one draft per recipient, or one draft to the whole list in Bcc').choices(['per-recipient', 'bcc']).default('per-recipient'))
    .option('--from <mailbox>', 'the sender, "Name <address>" (default: the sender in Settings)')
    .option('--subject <text>', 'the subject for this run, instead of the kit’s template (placeholders allowed)')
    .option('--preview', 'print one draft as it will read, the recipients and the size, without writing anything')
    .action(async (kitId: string, opts: OutreachOptions) => {
      let attach: Attach[] = [];
      try {
        attach = attachList(opts.attach);
      } catch (e) {
        program.error(`error: ${(e as Error).message}`, { exitCode: 2, code: 'mediakit.usage' });
      }
      const input = {
        kitId,
        sheetId: opts.sheet,
        mode: opts.mode,
        attach,
        ...(opts.from ? { from: opts.from } : {}),
        ...(opts.subject ? { subject: opts.subject } : {}),
      };
      if (opts.preview) {
        io.print(await run('outreach.preview', input));
        return;
      }
      const result = await run('outreach.create', { ...input, ...(opts.out ? { outDir: opts.out } : {}) });
      io.print({
        files: result.files.map((f) => ({ path: f.path, to: f.to, bytes: f.bytes })),
        skipped: result.skipped.map((s) => ({ contact: s.contact, reason: s.reason })),
        warnings: result.warnings.map(({ code, message }) => ({ code, message })),
      });
    });

  program
    .command('outreach-log')
    .description('what was sent from a kit, newest first: when, to whom, which files (SHA-256)')
    .argument('<kitId>')
    .option('--contact <contactId>', 'only what this contact received')
    .option('--email <address>', 'only what this address received')
    .action(async (kitId: string, opts: { contact?: string; email?: string }) => {
      // Read through kits.get, which opens the library without its lock: the history can be
      // consulted while the app has the library open.
      const kit = await run('kits.get', { id: kitId });
      const email = opts.email?.trim().toLowerCase();
      io.print(
        [...kit.outreach.log]
          .filter((e) => !opts.contact || e.to.some((t) => t.contactId === opts.contact))
          .filter((e) => !email || e.to.some((t) => t.email.toLowerCase() === email))
          .sort((a, b) => Date.parse(b.at) - Date.parse(a.at)),
      );
    });
};
