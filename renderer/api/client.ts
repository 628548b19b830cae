import type { MethodInput, MethodName, MethodOutput } from '../../electron/api/contract';
import type { AppErrorShape, ErrorCode } from '../../electron/model/errors';
import { sessionHeaders } from './session.js';

/**
 * The renderer's one way to the backend, typed from the contract. In Electron the preload
 * exposes `window.mediakit.call`; in a browser the same call goes to the loopback web host.
 */
declare global {
  interface Window {
    mediakit?: { call(method: string, input: unknown): Promise<{ ok: true; result: unknown } | { ok: false; error: AppErrorShape }> };
  }
}

export class ApiError extends Error implements AppErrorShape {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const isDesktop = typeof window !== 'undefined' && !!window.mediakit;

let uiLang: 'fr' | 'en' = 'en';
/** Errors come back in the language the interface shows. */
export function setApiLanguage(lang: 'fr' | 'en'): void {
  uiLang = lang;
}

export async function send<M extends MethodName>(method: M, ...args: {} extends MethodInput<M> ? [input?: MethodInput<M>] : [input: MethodInput<M>]): Promise<MethodOutput<M>> {
  const input = args[0] ?? {};
  const reply = window.mediakit ? await window.mediakit.call(method, input) : await overHttp(method, input);
  if (!reply.ok) throw new ApiError(reply.error.code, reply.error.message, reply.error.details);
  return reply.result as MethodOutput<M>;
}

async function overHttp(method: string, input: unknown): Promise<{ ok: true; result: unknown } | { ok: false; error: AppErrorShape }> {
  let res: Response;
  try {
    res = await fetch(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      credentials: 'omit',
      headers: { 'content-type': 'application/json', 'accept-language': uiLang, ...sessionHeaders() },
      body: JSON.stringify(input),
    });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: uiLang === 'fr' ? 'Le serveur local ne répond pas.' : 'The local server does not answer.' } };
  }
  const body = (await res.json().catch(() => null)) as { result?: unknown; error?: AppErrorShape } | null;
  if (res.ok && body && 'result' in body) return { ok: true, result: body.result };
  return { ok: false, error: body?.error ?? { code: 'INTERNAL', message: `HTTP ${res.status}` } };
}
