/**
 * Whether a command line will print a PDF (an export to PDF or ZIP, or outreach drafts with the PDF
 * attached, their default). Such a command starts Chromium before it even loads its own code, so
 * the browser's start overlaps with Node opening the library and laying out the kit.
 */
export function willPrint(argv: readonly string[]): boolean {
  const command = argv.find((a) => !a.startsWith('-') && (a === 'export' || a === 'outreach' || a === 'api'));
  if (!command) return false;
  if (command === 'export') return printsFormats(option(argv, '--format'));
  if (command === 'outreach') return printsFormats(option(argv, '--attach') ?? 'pdf');
  // `mediakit api export.kit '{"formats":["pdf"]}'`
  return argv.some((a) => /^(export|outreach)\./.test(a)) && argv.some((a) => /"(pdf|zip)"/.test(a));
}

function option(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === name) return argv[i + 1];
    if (a.startsWith(`${name}=`)) return a.slice(name.length + 1);
  }
  return undefined;
}

function printsFormats(list: string | undefined): boolean {
  return !!list && list.split(',').some((f) => /^\s*(pdf|zip)\s*$/i.test(f));
}
