import type { HandlerContext, HandlersFor, Methods } from './define.js';
import type { Contract } from './contract.js';
import { entityMethods } from './contract/entities.js';
import { libraryMethods } from './contract/library.js';
import { exportMethods } from './contract/export.js';
import { desktopMethods } from './contract/desktop.js';
import { importMethods } from './contract/import.js';
import { sampleMethods } from './contract/sample.js';
import { outreachMethods } from './contract/outreach.js';
import { syncMethods } from './contract/sync.js';
import { kitPackageMethods } from './contract/kit-package.js';

/**
 * Each area's handlers (and the packages behind them: docx, the import readers, nodemailer…) are
 * loaded the first time one of its methods is called, so a CLI command starts by loading only what
 * it uses. Add an area with one line: `...lazy(areaMethods, async () => (await import('./handlers/area.js')).areaHandlers),`
 */
function lazy<M extends Methods>(methods: M, load: () => Promise<HandlersFor<M>>): HandlersFor<M> {
  let loaded: Promise<HandlersFor<M>> | null = null;
  const out: Record<string, (input: unknown, ctx: HandlerContext) => Promise<unknown>> = {};
  for (const name of Object.keys(methods)) {
    out[name] = async (input, ctx) => {
      loaded ??= load();
      const handler = (await loaded)[name] as (input: unknown, ctx: HandlerContext) => Promise<unknown>;
      return handler(input, ctx);
    };
  }
  return out as HandlersFor<M>;
}

export const handlers: HandlersFor<Contract> = {
  ...lazy(sampleMethods, async () => (await import('./handlers/sample.js')).sampleHandlers),
  ...lazy(libraryMethods, async () => (await import('./handlers/library.js')).libraryHandlers),
  ...lazy(entityMethods, async () => (await import('./handlers/entities.js')).entityHandlers),
  ...lazy(exportMethods, async () => (await import('./handlers/export.js')).exportHandlers),
  ...lazy(desktopMethods, async () => (await import('./handlers/desktop.js')).desktopHandlers),
  ...lazy(importMethods, async () => (await import('./handlers/import.js')).importHandlers),
  ...lazy(outreachMethods, async () => (await import('./handlers/outreach.js')).outreachHandlers),
  ...lazy(syncMethods, async () => (await import('./handlers/sync.js')).syncHandlers),
  ...lazy(kitPackageMethods, async () => (await import('./handlers/kit-package.js')).kitPackageHandlers),
};
