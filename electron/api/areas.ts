import type { HandlersFor, Methods } from './define.js';
import { entityMethods } from './contract/entities.js';
import { libraryMethods } from './contract/library.js';
import { exportMethods } from './contract/export.js';
import { desktopMethods } from './contract/desktop.js';
import { importMethods } from './contract/import.js';
import { sampleMethods } from './contract/sample.js';
import { outreachMethods } from './contract/outreach.js';
import { syncMethods } from './contract/sync.js';
import { kitPackageMethods } from './contract/kit-package.js';
import { contactsMethods } from './contract/contacts.js';

export interface Area<M extends Methods> {
  methods: M;
  /** The area's handlers, loaded on first use (with the packages behind them: docx, the readers, nodemailer…). */
  load(): Promise<HandlersFor<M>>;
}

function area<M extends Methods>(methods: M, load: () => Promise<HandlersFor<M>>): Area<M> {
  return { methods, load };
}

/**
 * The API's areas, once: each one's methods (contract/<area>.ts) and where its handlers are
 * (handlers/<area>.ts). The contract and the handler table are both built from this list
 * (contract.ts, handlers.ts); adding an area is one line here.
 */
export const AREAS = {
  sample: area(sampleMethods, async () => (await import('./handlers/sample.js')).sampleHandlers),
  library: area(libraryMethods, async () => (await import('./handlers/library.js')).libraryHandlers),
  entities: area(entityMethods, async () => (await import('./handlers/entities.js')).entityHandlers),
  export: area(exportMethods, async () => (await import('./handlers/export.js')).exportHandlers),
  desktop: area(desktopMethods, async () => (await import('./handlers/desktop.js')).desktopHandlers),
  import: area(importMethods, async () => (await import('./handlers/import.js')).importHandlers),
  outreach: area(outreachMethods, async () => (await import('./handlers/outreach.js')).outreachHandlers),
  sync: area(syncMethods, async () => (await import('./handlers/sync.js')).syncHandlers),
  kitPackage: area(kitPackageMethods, async () => (await import('./handlers/kit-package.js')).kitPackageHandlers),
  contacts: area(contactsMethods, async () => (await import('./handlers/contacts.js')).contactsHandlers),
};

export type Areas = typeof AREAS;
export type AreaName = keyof Areas;

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
/** Every area's methods in one object type. */
export type AllMethods = UnionToIntersection<Areas[AreaName]['methods']>;

/**
 * Joins the areas' methods into one table. A name declared twice would silently replace the first
 * (as a spread does): it fails here instead, when the process starts.
 */
export function joinAreas(areas: Record<string, { methods: Methods }>): { methods: Methods; areaOf: Map<string, string> } {
  const methods: Methods = {};
  const areaOf = new Map<string, string>();
  for (const [name, a] of Object.entries(areas)) {
    for (const [method, def] of Object.entries(a.methods)) {
      const first = areaOf.get(method);
      if (first !== undefined) throw new Error(`API method ${method} is declared twice: in the areas "${first}" and "${name}".`);
      areaOf.set(method, name);
      methods[method] = def;
    }
  }
  return { methods, areaOf };
}
