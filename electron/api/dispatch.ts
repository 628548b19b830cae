import { z } from 'zod';
import { AppError, type AppErrorShape } from '../model/errors.js';
import { contract, isMethodName, type MethodName } from './contract.js';
import { handlers } from './handlers.js';
import type { HandlerContext } from './define.js';

/**
 * Whether each result is checked against its method's output schema. The test suite turns this on
 * for every test (vitest's setup file, tests/setup/check-outputs.ts); the app does not pay for it.
 */
let checkOutputs = false;

/** For the test suite only: check every result against the contract's output schema. */
export function checkOutputsForTests(on: boolean): void {
  checkOutputs = on;
}

export type CallResult = { ok: true; result: unknown } | { ok: false; error: AppErrorShape };

/**
 * The one entry point every door uses: look the method up, validate the input with its schema
 * (the caller is never trusted), run the handler, and turn any failure into { code, message }.
 */
export async function dispatch(method: string, input: unknown, ctx: HandlerContext): Promise<CallResult> {
  try {
    if (!isMethodName(method)) throw new AppError('NOT_FOUND', unknownMethod(method, ctx.uiLang), { method });
    const def = contract[method];
    const parsed = def.input.safeParse(input ?? {});
    if (!parsed.success) throw invalidInput(method, parsed.error, ctx.uiLang);
    // Refused before the handler starts, whatever it would have done first (read a file, print…).
    if (def.kind === 'write' && ctx.library.readOnly) throw readOnlyLibrary(method);
    const handler = handlers[method] as (i: unknown, c: HandlerContext) => Promise<unknown>;
    const result = await handler(parsed.data, ctx);
    if (checkOutputs) {
      const out = def.output.safeParse(result);
      if (!out.success) throw new AppError('INTERNAL', `${method} returned an invalid result: ${z.prettifyError(out.error)}`);
    }
    return { ok: true, result };
  } catch (err) {
    return { ok: false, error: toErrorShape(err, ctx.uiLang) };
  }
}

export function toErrorShape(err: unknown, uiLang: 'fr' | 'en' = 'en'): AppErrorShape {
  if (err instanceof AppError) return err.toJSON(uiLang);
  const message = err instanceof Error ? err.message : String(err);
  return {
    code: 'INTERNAL',
    message: uiLang === 'fr' ? `Erreur inattendue\u00a0: ${message}` : `Unexpected error: ${message}`,
  };
}

function invalidInput(method: MethodName, error: z.ZodError, uiLang: 'fr' | 'en'): AppError {
  const first = error.issues[0];
  const where = first?.path.length ? first.path.join('.') : 'input';
  const lead = uiLang === 'fr' ? `Données invalides pour ${method}` : `Invalid input for ${method}`;
  const colon = uiLang === 'fr' ? '\u00a0:' : ':';
  return new AppError('INVALID_INPUT', `${lead}${colon} ${where}${colon} ${first?.message ?? ''}`, { issues: error.issues });
}

function unknownMethod(method: string, uiLang: 'fr' | 'en'): string {
  return uiLang === 'fr' ? `Méthode inconnue\u00a0: ${method}` : `Unknown method: ${method}`;
}

function readOnlyLibrary(method: MethodName): AppError {
  return new AppError(
    'LIBRARY_LOCKED',
    {
      en: `${method} changes the library, which is open read-only here (another window or command holds it).`,
      fr: `${method} modifie la bibliothèque, ouverte ici en lecture seule (une autre fenêtre ou commande la tient).`,
    },
    { method },
  );
}
