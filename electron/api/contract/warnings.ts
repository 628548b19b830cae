import { z } from 'zod';
import { WARNING_CODES } from '../../model/warnings.js';

/**
 * A warning as every method returns it: its stable code (what programs match), its parameters
 * (what the interface renders in its current language with model/warnings.ts) and its text in the
 * caller's language (what the CLI prints).
 */
export const WarningOutput = z.object({
  code: z.enum(WARNING_CODES),
  params: z.record(z.string(), z.unknown()),
  message: z.string(),
});
