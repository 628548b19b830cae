import type { Command } from 'commander';
import type { MethodInput, MethodName, MethodOutput } from '../../api/contract.js';

/** What a command module gets: a way to call the API on the library the user chose. */
export type Run = <M extends MethodName>(method: M, input: MethodInput<M>, options?: { write?: boolean }) => Promise<MethodOutput<M>>;

export interface CliIo {
  /** Prints a result as JSON on stdout. */
  print(value: unknown): void;
  /** Reads a file the user named on the command line (relative to the working directory), refused over `max` bytes. */
  readInput(file: string, max: number): Promise<{ fileName: string; bytes: Uint8Array }>;
}

export type RegisterCommands = (program: Command, run: Run, io: CliIo) => void;

/** Methods that only read: their commands open the library without taking the lock. */
export function isReadOnlyMethod(method: string): boolean {
  return /\.(list|get|info|backups|query|image)$/.test(method) || /^(preview|settings\.get)/.test(method) || method === 'trash.list' || method === 'sync.status' || method === 'import.previewKitPackage';
}
