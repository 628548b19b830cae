import { send } from './client.js';

/**
 * For methods other engineers are still adding to the contract: same transport and errors as
 * `send`, with the reply typed by the caller until the contract names it.
 */
export function call<T>(method: string, input: unknown = {}): Promise<T> {
  return (send as unknown as (m: string, i: unknown) => Promise<T>)(method, input);
}
