import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readReleaseFile, type ImportedRelease } from '../../electron/import/index.js';

export const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/corpus');
const RELEASE_FILE = /\.(?:txt|md|html|docx)$/u;

/** What a careful reader wrote down for one release (the .expected.json beside it). */
export interface ExpectedContact {
  name: string;
  title: string;
  organization: string;
  emails: string[];
  phones: string[];
}
export interface Expected {
  lang: string;
  addressee: string;
  label: string;
  timing: { kind: 'immediate' } | { kind: 'embargo'; until: string };
  headline: string;
  subheadline: string;
  dateline: { city: string; date: string | null };
  /** Block kinds of the body, in order. */
  body: string[];
  /** Notes to editors: their heading and the kinds of the blocks under it (absent: none). */
  notes?: { heading: string; body: string[] };
  /** `heading` when given is the "About …" line as the release writes it. */
  organizations: { name: string; heading?: string; boilerplate: string }[];
  contacts: ExpectedContact[];
  endMark: string;
}

/** The fields scored, in the order the table prints them. */
export const FIELDS = [
  'label',
  'timing',
  'headline',
  'subheadline',
  'dateline city',
  'dateline date',
  'body kinds',
  'notes to editors',
  'organizations',
  'boilerplates',
  'contact names',
  'contact titles',
  'contact organizations',
  'contact e-mails',
  'contact phones',
  'end mark',
  'language',
  'addressee',
] as const;
export type Field = (typeof FIELDS)[number];

export interface ReleaseScore {
  file: string;
  /** Fields read wrong, with what was expected and what was read. */
  wrong: { field: Field; expected: unknown; got: unknown }[];
  /** Expected contacts with an e-mail: how many got exactly their e-mails on their own name. */
  emailsOnName: { right: number; of: number; wrong: string[] };
  warnings: string[];
}

export interface CorpusScore {
  releases: ReleaseScore[];
  /** Per field: releases where it is exactly right. */
  perField: Record<Field, number>;
  total: { right: number; of: number };
  emailsOnName: { right: number; of: number };
}

const norm = (s: string): string => s.normalize('NFC').replace(/[\s\u00a0\u3000]+/gu, ' ').trim();

/** A phone's digits and extension: "514 555-0142, poste 221" and "514-555-0142 ext. 221" are one number. */
export function phoneKey(p: string): string {
  const m = /^(.*?)[,\s]*(?:ext\.?|extension|poste|p\.|x|内線)\s*(\d+)\s*$/iu.exec(p);
  const main = (m ? m[1] : p) ?? '';
  const digits = main.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[^\d+]/gu, '');
  return m ? `${digits};${m[2]}` : digits;
}

/** The importer's reading, with the fields it may not have (so that the score before they existed can be taken). */
interface Got {
  release: ImportedRelease['release'] & { addressee?: string; notes?: { heading: string; body: { type: string }[] } | null };
  organizations: { name: string; heading?: string; boilerplate: string }[];
  contacts: ImportedRelease['contacts'];
}

function field(got: Got, exp: Expected, f: Field): [unknown, unknown] {
  const r = got.release;
  const cs = got.contacts;
  const same = cs.length === exp.contacts.length;
  const each = <T>(pick: (c: ExpectedContact) => T): [T[], T[] | string] => [exp.contacts.map(pick), same ? cs.map(pick) : `${cs.length} contacts`];
  switch (f) {
    case 'label':
      return [exp.label, r.label];
    case 'timing':
      return [exp.timing, r.timing.kind === 'embargo' ? { kind: 'embargo', until: r.timing.until } : { kind: 'immediate' }];
    case 'headline':
      return [norm(exp.headline), norm(r.headline)];
    case 'subheadline':
      return [norm(exp.subheadline), norm(r.subheadline)];
    case 'dateline city':
      return [exp.dateline.city, r.dateline.city];
    case 'dateline date':
      return [exp.dateline.date, r.dateline.date];
    case 'body kinds':
      return [exp.body, r.body.map((b) => b.type)];
    case 'notes to editors':
      return [exp.notes ?? null, r.notes && (r.notes.heading || r.notes.body.length) ? { heading: r.notes.heading, body: r.notes.body.map((b) => b.type) } : null];
    case 'organizations':
      return [
        exp.organizations.map((o) => (o.heading === undefined ? [o.name] : [o.name, o.heading])),
        got.organizations.map((o, i) => (exp.organizations[i]?.heading === undefined ? [o.name] : [o.name, o.heading ?? ''])),
      ];
    case 'boilerplates':
      return [exp.organizations.map((o) => norm(o.boilerplate)), got.organizations.map((o) => norm(o.boilerplate))];
    case 'contact names':
      return each((c) => norm(c.name));
    case 'contact titles':
      return each((c) => norm(c.title));
    case 'contact organizations':
      return each((c) => norm(c.organization));
    case 'contact e-mails':
      return each((c) => c.emails.map((e) => e.toLowerCase()));
    case 'contact phones':
      return each((c) => c.phones.map(phoneKey));
    case 'end mark':
      return [exp.endMark, r.endMark];
    case 'language':
      return [exp.lang, r.lang];
    case 'addressee':
      return [exp.addressee, r.addressee ?? ''];
  }
}

export function scoreRelease(file: string, got: ImportedRelease, exp: Expected): ReleaseScore {
  const wrong: ReleaseScore['wrong'] = [];
  for (const f of FIELDS) {
    const [e, g] = field(got as unknown as Got, exp, f);
    if (JSON.stringify(e) !== JSON.stringify(g)) wrong.push({ field: f, expected: e, got: g });
  }
  const emailsOnName = { right: 0, of: 0, wrong: [] as string[] };
  for (const c of exp.contacts) {
    if (!c.emails.length) continue;
    emailsOnName.of++;
    const on = got.contacts.filter((g) => norm(g.name) === norm(c.name));
    const want = JSON.stringify([...c.emails].map((e) => e.toLowerCase()).sort());
    if (on.length === 1 && JSON.stringify([...(on[0]?.emails ?? [])].sort()) === want) emailsOnName.right++;
    else emailsOnName.wrong.push(`${c.name} <${c.emails.join(', ')}>: read ${on.length ? on.map((g) => `<${g.emails.join(', ')}>`).join(' ') : 'no contact of that name'}`);
  }
  const warnings = got.warnings.map((w) => (typeof w === 'string' ? w : w.en));
  return { file, wrong, emailsOnName, warnings };
}

export async function corpusFiles(): Promise<string[]> {
  return (await readdir(CORPUS)).filter((f) => RELEASE_FILE.test(f)).sort();
}

export async function scoreCorpus(): Promise<CorpusScore> {
  const releases: ReleaseScore[] = [];
  for (const file of await corpusFiles()) {
    const expected = JSON.parse(await readFile(path.join(CORPUS, file.replace(RELEASE_FILE, '.expected.json')), 'utf8')) as Expected;
    const got = await readReleaseFile(file, new Uint8Array(await readFile(path.join(CORPUS, file))));
    releases.push(scoreRelease(file, got, expected));
  }
  const perField = Object.fromEntries(FIELDS.map((f) => [f, releases.filter((r) => !r.wrong.some((w) => w.field === f)).length])) as Record<Field, number>;
  const right = Object.values(perField).reduce((a, b) => a + b, 0);
  return {
    releases,
    perField,
    total: { right, of: FIELDS.length * releases.length },
    emailsOnName: releases.reduce((a, r) => ({ right: a.right + r.emailsOnName.right, of: a.of + r.emailsOnName.of }), { right: 0, of: 0 }),
  };
}

const pct = (right: number, of: number): string => `${of ? ((100 * right) / of).toFixed(1) : '100.0'} %`;

/** The table `npm run corpus` prints. */
export function formatScore(s: CorpusScore, verbose = false): string {
  const n = s.releases.length;
  const width = Math.max(...FIELDS.map((f) => f.length), 'contacts: e-mail on the right name'.length);
  const lines = [`Import corpus: ${n} releases (tests/fixtures/corpus)`, ''];
  lines.push(`${'field'.padEnd(width)}  right  of  share`);
  for (const f of FIELDS) lines.push(`${f.padEnd(width)}  ${String(s.perField[f]).padStart(5)}  ${String(n).padStart(2)}  ${pct(s.perField[f], n).padStart(7)}`);
  lines.push(`${'total (fields)'.padEnd(width)}  ${String(s.total.right).padStart(5)}  ${String(s.total.of)}  ${pct(s.total.right, s.total.of)}`);
  lines.push(`${'contacts: e-mail on the right name'.padEnd(width)}  ${String(s.emailsOnName.right).padStart(5)}  ${String(s.emailsOnName.of).padStart(2)}  ${pct(s.emailsOnName.right, s.emailsOnName.of).padStart(7)}`);
  if (verbose) {
    for (const r of s.releases) {
      if (!r.wrong.length && !r.emailsOnName.wrong.length) continue;
      lines.push('', r.file);
      for (const w of r.wrong) lines.push(`  ${w.field}: expected ${JSON.stringify(w.expected)}, read ${JSON.stringify(w.got)}`);
      for (const w of r.emailsOnName.wrong) lines.push(`  e-mail on name: ${w}`);
    }
  }
  return lines.join('\n');
}
