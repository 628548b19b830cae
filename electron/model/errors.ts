/**
 * The one error shape that crosses every door (IPC, HTTP, CLI): a stable code for programs,
 * a message for the communications officer, optional details for the curious.
 */
export const ERROR_CODES = [
  'NOT_FOUND',
  'INVALID_INPUT',
  'UNSUPPORTED_FILE',
  'INVALID_FILE',
  'FILE_TOO_LARGE',
  'LIBRARY_LOCKED',
  'LIBRARY_CORRUPT',
  'LIBRARY_NEWER',
  'WRITE_FAILED',
  'FILE_MISSING',
  'PRINTER_UNAVAILABLE',
  'EXPORT_FAILED',
  'TOO_LARGE_FOR_EMAIL',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export class AppError extends Error implements AppErrorShape {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toJSON(): AppErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

/** An error about one file the user brought: the message always starts with the file's name. */
export function fileError(code: ErrorCode, fileName: string, problem: string, details?: unknown): AppError {
  return new AppError(code, `${fileName}: ${problem}`, details === undefined ? { fileName } : { fileName, ...asObject(details) });
}

function asObject(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' ? (v as Record<string, unknown>) : { value: v };
}
