import { z } from 'zod';
import { COLLECTIONS } from '../../model/library-document.js';
import { write } from '../define.js';

export const sampleMethods = {
  'sample.load': write({
    summary: 'Fill an empty library with a fictional, complete example (organizations, releases in fr-CA, en-US and ja, contacts, a sheet, logos and a kit).',
    input: z.object({}).default({}),
    output: z.object({ counts: z.record(z.enum(COLLECTIONS), z.number()) }),
  }),
};
