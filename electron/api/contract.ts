import type { z } from 'zod';
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
 * Every method the interface, the CLI and scripts can ask of the backend: name → input → output.
 * The three doors (IPC, HTTP, CLI) validate input with these schemas before any handler runs.
 */
export const contract = {
  ...sampleMethods,
  ...libraryMethods,
  ...entityMethods,
  ...exportMethods,
  ...desktopMethods,
  ...importMethods,
  ...outreachMethods,
  ...syncMethods,
  ...kitPackageMethods,
};

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
