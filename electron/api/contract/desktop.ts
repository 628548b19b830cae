import { z } from 'zod';
import { read } from '../define.js';

/** Native services of the desktop app; in a browser they answer INVALID_INPUT and the UI offers downloads instead. */
export const desktopMethods = {
  'desktop.chooseFolder': read({
    withoutLock: true,
    summary: 'Ask the user for a folder (desktop app only).',
    input: z.object({ title: z.string().max(200).default('') }).default({ title: '' }),
    output: z.object({ path: z.string().nullable() }),
  }),
  'desktop.showFile': read({
    withoutLock: true,
    summary: 'Show an exported file in the file manager (desktop app only).',
    input: z.object({ path: z.string().min(1) }),
    output: z.object({}),
  }),
  'desktop.openFile': read({
    withoutLock: true,
    summary: 'Open an exported document (PDF, DOCX, ZIP, Markdown, vCard, e-mail draft) in its default app (desktop app only).',
    input: z.object({ path: z.string().min(1) }),
    output: z.object({}),
  }),
};
