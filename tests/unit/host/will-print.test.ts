import { describe, expect, it } from 'vitest';
import { willPrint } from '../../../electron/host/will-print.js';

describe('which commands start Chromium before anything else', () => {
  it('knows the commands that print a PDF', () => {
    expect(willPrint(['--library', '/x', 'export', 'kit', 'kit_1', '--format', 'pdf'])).toBe(true);
    expect(willPrint(['export', 'release', 'rel_1', '--format=docx,zip'])).toBe(true);
    expect(willPrint(['outreach', 'kit_1', '--to', 'ctc_1'])).toBe(true);
    expect(willPrint(['api', 'export.kit', '{"id":"kit_1","formats":["pdf"]}'])).toBe(true);
  });

  it('leaves the browser alone for everything else', () => {
    expect(willPrint(['export', 'release', 'rel_1', '--format', 'docx,md'])).toBe(false);
    expect(willPrint(['outreach', 'kit_1', '--attach', 'docx'])).toBe(false);
    expect(willPrint(['outreach-log', 'kit_1'])).toBe(false);
    expect(willPrint(['--library', 'export', 'list', 'releases'])).toBe(false);
    expect(willPrint(['import', 'release', 'export.pdf'])).toBe(false);
    expect(willPrint(['api', 'releases.list', '{}'])).toBe(false);
  });
});
