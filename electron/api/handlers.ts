import type { HandlerContext, HandlersFor, Methods } from './define.js';
import type { Contract } from './contract.js';
import { AREAS, type Area } from './areas.js';

type AnyHandler = (input: unknown, ctx: HandlerContext) => Promise<unknown>;

/**
 * Each area's handlers (and the packages behind them) are loaded the first time one of its
 * methods is called, so a CLI command starts by loading only what it uses.
 */
function lazy<M extends Methods>(a: Area<M>): Record<string, AnyHandler> {
  let loaded: Promise<HandlersFor<M>> | null = null;
  const out: Record<string, AnyHandler> = {};
  for (const name of Object.keys(a.methods)) {
    out[name] = async (input, ctx) => {
      loaded ??= a.load();
      const handler = (await loaded)[name] as AnyHandler | undefined;
      if (!handler) throw new Error(`No handler for the API method ${name}.`);
      return handler(input, ctx);
    };
  }
  return out;
}

// The contract already refused a method declared twice (joinAreas), so these names do not collide.
export const handlers = Object.assign({}, ...Object.values(AREAS).map((a: Area<Methods>) => lazy(a))) as HandlersFor<Contract>;
