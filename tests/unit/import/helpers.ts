import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = path.join(ROOT, 'tests/fixtures/import');

export async function fixture(name: string): Promise<Uint8Array> {
  return new Uint8Array(await readFile(path.join(FIXTURES, name)));
}

export async function expectAppError(p: Promise<unknown> | (() => unknown), code: string, fragment?: RegExp): Promise<string> {
  try {
    if (typeof p === 'function') await p();
    else await p;
  } catch (e) {
    const err = e as { code?: string; message?: string };
    if (err.code !== code) throw new Error(`expected ${code}, got ${err.code}: ${err.message}`);
    if (fragment && !fragment.test(err.message ?? '')) throw new Error(`message "${err.message}" does not match ${fragment}`);
    return err.message ?? '';
  }
  throw new Error(`expected an error ${code}, but it succeeded`);
}

/** An import's organizations and contacts without what the review step adds (About headings as written, source lines). */
export function orgsOf(r: { organizations: { name: string; boilerplate: string }[] }): { name: string; boilerplate: string }[] {
  return r.organizations.map((o) => ({ name: o.name, boilerplate: o.boilerplate }));
}
export function contactsOf<C extends { source?: string }>(r: { contacts: C[] }): Omit<C, 'source'>[] {
  return r.contacts.map(({ source: _s, ...c }) => c);
}
