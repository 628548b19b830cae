import { z } from 'zod';
import { AppError, type AppErrorShape } from '../model/errors.js';
import { contract, isMethodName, type MethodName } from './contract.js';
import { handlers } from './handlers.js';
import type { HandlerContext } from './define.js';

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
    const handler = handlers[method] as (i: unknown, c: HandlerContext) => Promise<unknown>;
    const result = await handler(parsed.data, ctx);
    if (process.env.MEDIAKIT_CHECK_OUTPUT === '1') {
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
