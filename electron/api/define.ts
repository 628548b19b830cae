import { z } from 'zod';
import type { Library } from '../library/library.js';
import type { PdfPrinter } from '../export/pdf.js';
import type { SyncCredentials } from '../sync/credentials.js';

export interface MethodDef<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  summary: string;
  input: I;
  output: O;
}

/** Declares one API method: the single source of truth for its input, output and meaning. */
export function method<I extends z.ZodType, O extends z.ZodType>(def: MethodDef<I, O>): MethodDef<I, O> {
  return def;
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
