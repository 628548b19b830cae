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
  'SYNC_NOT_SET_UP',
  'SYNC_AUTH',
  'SYNC_UNREACHABLE',
  'SYNC_FAILED',
  'FORBIDDEN',
  'PORT_UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

/** A message in both interface languages; a plain string is English only. */
export type Localized = string | { en: string; fr: string };

/** The text of a Localized value in one interface language (a plain string is the same in both). */
export function localize(value: Localized, lang: 'fr' | 'en'): string {
  return typeof value === 'string' ? value : value[lang];
}

export class AppError extends Error implements AppErrorShape {
  /** The French message, when the code that raised the error wrote one. */
  readonly fr: string | null;

  constructor(
    readonly code: ErrorCode,
    message: Localized,
    readonly details?: unknown,
  ) {
    super(typeof message === 'string' ? message : message.en);
    this.fr = typeof message === 'string' ? null : message.fr;
    this.name = 'AppError';
  }

  /** The message in the user's interface language, falling back to English. */
  messageIn(lang: 'fr' | 'en'): string {
    return lang === 'fr' && this.fr ? this.fr : this.message;
  }

  toJSON(lang: 'fr' | 'en' = 'en'): AppErrorShape {
    const message = this.messageIn(lang);
    return this.details === undefined ? { code: this.code, message } : { code: this.code, message, details: this.details };
  }
}

/** An error about one file the user brought: the message always starts with the file's name. */
export function fileError(code: ErrorCode, fileName: string, problem: Localized, details?: unknown): AppError {
  const message =
    typeof problem === 'string'
      ? `${fileName}: ${problem}`
      : // French puts a no-break space before the colon.
        { en: `${fileName}: ${problem.en}`, fr: `${fileName}\u00a0: ${problem.fr}` };
  return new AppError(code, message, details === undefined ? { fileName } : { fileName, ...asObject(details) });
}

function asObject(v: unknown): Record<string, unknown> {
  return v && typeof v === 'object' ? (v as Record<string, unknown>) : { value: v };
}
