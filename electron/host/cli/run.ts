import type { Command } from 'commander';
import type { MethodInput, MethodName, MethodOutput } from '../../api/contract.js';

/**
 * What a command module gets: a way to call the API on the library the user chose, opened as the
 * method's kind asks (contract: a read without the lock opens it read-only, only the entities it
 * reads when it says which); `lock` takes the lock anyway (`mediakit init` creates the library).
 */
export type Run = <M extends MethodName>(method: M, input: MethodInput<M>, options?: { lock?: boolean }) => Promise<MethodOutput<M>>;

export interface CliIo {
  /** Prints a result as JSON on stdout. */
  print(value: unknown): void;
  /** Reads a file the user named on the command line (relative to the working directory), refused over `max` bytes. */
  readInput(file: string, max: number): Promise<{ fileName: string; bytes: Uint8Array }>;
}

export type RegisterCommands = (program: Command, run: Run, io: CliIo) => void;
