import { z } from 'zod';
import type { Library } from '../library/library.js';
import type { PdfPrinter } from '../export/pdf.js';
import type { SyncCredentials } from '../sync/credentials.js';

/**
 * What a method does to the library, declared beside its input and output (as Notesnook's
 * procedures say query or mutation): the CLI opens the library for it accordingly, dispatch refuses
 * a write on a library opened without the lock, and the docs' table of methods is checked against it.
 * - 'read' leaves library.json as it is; `withoutLock` says whether it may run on a library opened
 *   without the lock (a command run while the window is open), `reads` which entities it needs, so
 *   such a command parses only those from library.json.
 * - 'write' changes library.json, so it runs under the lock.
 */
export type MethodKind = 'read' | 'write';

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  input: I;
  output: O;
  kind: MethodKind;
  withoutLock: boolean;
  /** The entities the call needs (and what they reference); undefined: the whole library. */
  reads?(input: z.output<I>): readonly string[] | undefined;
  /** Whether this call prints a PDF, so a door can start the browser while the rest gets ready. */
  prints?(input: z.output<I>): boolean;
}

type Declared<I extends z.ZodType, O extends z.ZodType> = Pick<MethodDef<I, O>, 'summary' | 'input' | 'output'>;

/** Declares a method that only reads the library. */
export function read<I extends z.ZodType, O extends z.ZodType>(
  def: Declared<I, O> & { withoutLock: boolean; reads?: (input: z.output<I>) => readonly string[] | undefined; prints?: (input: z.output<I>) => boolean },
): MethodDef<I, O> {
  return { ...def, kind: 'read' };
}

/** Declares a method that changes the library (under its lock). */
export function write<I extends z.ZodType, O extends z.ZodType>(def: Declared<I, O> & { prints?: (input: z.output<I>) => boolean }): MethodDef<I, O> {
  return { ...def, kind: 'write', withoutLock: false };
}

export type Methods = Record<string, MethodDef>;

export type Transport = 'ipc' | 'web' | 'cli';

export interface HandlerContext {
  library: Library;
  transport: Transport;
  /** The language the user reads messages in. */
  uiLang: 'fr' | 'en';
  /** Started on first use and kept warm: one browser for all the exports of a process. */
  printer(): Promise<PdfPrinter>;
  /** Present only in the desktop app: native dialogs and the file manager. */
  desktop?: DesktopServices;
  /** Where a team library's password is kept: the system keychain in the desktop app, else the environment. */
  credentials?: SyncCredentials;
}

export interface DesktopServices {
  chooseFolder(title: string): Promise<string | null>;
  showInFolder(file: string): void;
  openPath(file: string): Promise<string>;
}

export type HandlersFor<M extends Methods> = {
  [K in keyof M]: (input: z.output<M[K]['input']>, ctx: HandlerContext) => Promise<z.output<M[K]['output']>>;
};

/** A patch schema: every field optional and, unlike `.partial()`, no defaults filled in. */
export function patchOf<S extends z.ZodRawShape>(schema: z.ZodObject<S>) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const inner = field instanceof z.ZodDefault ? (field.unwrap() as z.ZodType) : (field as z.ZodType);
    shape[key] = inner.optional();
  }
  return z.object(shape) as unknown as z.ZodObject<{ [K in keyof S]: z.ZodOptional<S[K]> }>;
}
