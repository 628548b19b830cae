import type { PDFDocument, PDFObject } from 'pdf-lib';

/**
 * Where a printed PDF's named destinations landed: the page (from 1) each link target is on.
 * Chromium names the target of every in-document link (`<a href="#id">`) in the PDF it prints, so
 * the kit's table of contents, whose entries link to their sections, tells us where each section
 * starts. pdf-lib reads the PDF; it is loaded on first use, as only kits with contents need it.
 */

type PdfLib = typeof import('pdf-lib');

let loading: Promise<PdfLib> | null = null;

export function loadPdfLib(): Promise<PdfLib> {
  // pdf-lib is CommonJS: bundled into an ES module, its exports arrive as the namespace's default.
  loading ??= import('pdf-lib').then((m) => {
    const cjs = (m as { default?: PdfLib }).default;
    return cjs?.PDFDocument ? cjs : m;
  });
  return loading;
}

export async function destinationPages(bytes: Uint8Array): Promise<Map<string, number>> {
  const lib = await loadPdfLib();
  const { PDFArray, PDFDict, PDFName, PDFRef, PDFString, PDFHexString } = lib;
  const pdf: PDFDocument = await lib.PDFDocument.load(bytes, { updateMetadata: false, throwOnInvalidObject: true });
  const pageOf = new Map<string, number>();
  pdf.getPages().forEach((page, i) => pageOf.set(page.ref.toString(), i + 1));
  const out = new Map<string, number>();

  const lookup = (o: PDFObject | undefined): PDFObject | undefined => (o instanceof PDFRef ? pdf.context.lookup(o) : o);
  /** A destination is [page /XYZ …], or a dictionary holding it under /D. */
  const add = (name: string, dest: PDFObject | undefined) => {
    let d = lookup(dest);
    if (d instanceof PDFDict) d = lookup(d.get(PDFName.of('D')));
    const page = d instanceof PDFArray ? d.get(0) : undefined;
    const at = page instanceof PDFRef ? pageOf.get(page.toString()) : undefined;
    if (at !== undefined) out.set(name, at);
  };

  // PDF 1.1's /Dests dictionary (what Chromium writes)…
  const dests = lookup(pdf.catalog.get(PDFName.of('Dests')));
  if (dests instanceof PDFDict) for (const [key, value] of dests.entries()) add(key.decodeText(), value);

  // …or PDF 1.2's name tree under /Names /Dests, for any other engine.
  const names = lookup(pdf.catalog.get(PDFName.of('Names')));
  const seen = new Set<PDFObject>();
  const walk = (node: PDFObject | undefined) => {
    const n = lookup(node);
    if (!(n instanceof PDFDict) || seen.has(n)) return;
    seen.add(n);
    const leaf = lookup(n.get(PDFName.of('Names')));
    if (leaf instanceof PDFArray) {
      for (let i = 0; i + 1 < leaf.size(); i += 2) {
        const key = lookup(leaf.get(i));
        if (key instanceof PDFString || key instanceof PDFHexString) add(key.decodeText(), leaf.get(i + 1));
      }
    }
    const kids = lookup(n.get(PDFName.of('Kids')));
    if (kids instanceof PDFArray) for (let i = 0; i < kids.size(); i++) walk(kids.get(i));
  };
  if (names instanceof PDFDict) walk(names.get(PDFName.of('Dests')));
  return out;
}
