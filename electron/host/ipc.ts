import { dispatch, type CallResult } from '../api/dispatch.js';
import type { HandlerContext } from '../api/define.js';

/** The only IPC channel: the preload's `call(method, input)` lands here. */
export const IPC_CHANNEL = 'mediakit:call';

export interface IpcSender {
  /** URL of the frame that sent the message (event.senderFrame.url). */
  url: string | undefined;
}

/**
 * Checks who is calling before anything runs: only our own top-level page, served from our
 * own origin, may use the API. A navigated-away, framed or injected page gets FORBIDDEN.
 */
export async function handleIpcCall(ctx: HandlerContext, trustedOrigin: string, sender: IpcSender, method: unknown, input: unknown): Promise<CallResult> {
  if (!isTrusted(sender.url, trustedOrigin)) {
    return { ok: false, error: { code: 'FORBIDDEN', message: 'This page may not use the Media Kit Manager API.' } };
  }
  if (typeof method !== 'string') {
    return { ok: false, error: { code: 'INVALID_INPUT', message: 'The method name must be a string.' } };
  }
  return dispatch(method, input, ctx);
}

export function isTrusted(url: string | undefined, trustedOrigin: string): boolean {
  if (!url) return false;
  try {
    // Compare scheme and host, not `.origin`: for a custom scheme such as app:// the origin is
    // the opaque "null", which every other app:// or data: page shares.
    const a = new URL(url);
    const b = new URL(trustedOrigin);
    return a.protocol === b.protocol && a.host === b.host && a.host !== '';
  } catch {
    return false;
  }
}
