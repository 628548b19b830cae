import { send } from './client.js';

/**
 * For a method chosen at run time (the autosave hook serves releases, kits and organizations):
 * same transport and errors as `send`, the reply typed by the caller.
 */
export function call<T>(method: string, input: unknown = {}): Promise<T> {
  return (send as unknown as (m: string, i: unknown) => Promise<T>)(method, input);
}
