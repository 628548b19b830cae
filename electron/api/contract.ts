import type { z } from 'zod';
import { AREAS, joinAreas, type AllMethods } from './areas.js';

const joined = joinAreas(AREAS);

/**
 * Every method the interface, the CLI and scripts can ask of the backend: name → input → output →
 * kind, from the table of areas (areas.ts). The three doors (IPC, HTTP, CLI) validate input with
 * these schemas before any handler runs.
 */
export const contract = joined.methods as AllMethods;
/** The area each method belongs to (for `mediakit api --list` and the docs' table). */
export const AREA_OF = joined.areaOf;

export type Contract = typeof contract;
export type MethodName = keyof Contract & string;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export function isMethodName(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
