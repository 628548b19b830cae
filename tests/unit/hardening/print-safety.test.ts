import { execFile } from 'node:child_process';
import http from 'node:http';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parseDocument } from 'htmlparser2';
import { isTag, type ChildNode, type Element } from 'domhandler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContext } from '../../../electron/host/context.js';
import { createChromiumPrinter } from '../../../electron/host/chromium.js';
import { Library } from '../../../electron/library/library.js';
import type { PdfPrinter } from '../../../electron/export/pdf.js';
import { newId } from '../../../electron/model/index.js';
import { call } from '../../helpers/api.js';
import { tempDir } from '../../helpers/temp-dir.js';
// @ts-expect-error: a plain .mjs script shared with the command line, no type declarations
import { corpusFiles } from '../../fixtures/hostile/make-corpus.mjs';

const run = promisify(execFile);

function elements(nodes: readonly ChildNode[], out: Element[] = []): Element[] {
  for (const n of nodes) {
    if (isTag(n)) {
      out.push(n);
      elements(n.children, out);
    }
  }
  return out;
}

/** What the printer is given, checked element by element: nothing runs, nothing reaches out. */
function assertInert(html: string): number {
  let svgs = 0;
  const all = elements(parseDocument(html).children);
  expect(all.length).toBeGreaterThan(10);
  for (const el of all) {
    expect(['script', 'iframe', 'frame', 'object', 'embed', 'base', 'link', 'form', 'video', 'audio', 'source', 'foreignobject'], `<${el.name}>`).not.toContain(el.name.toLowerCase());
    if (el.name === 'meta') expect(el.attribs['http-equiv'] ?? '').not.toMatch(/refresh/i);
    for (const [name, value] of Object.entries(el.attribs)) {
      expect(name.toLowerCase().startsWith('on'), `${el.name} ${name}="${value}"`).toBe(false);
      expect(value, `${el.name} ${name}`).not.toMatch(/^\s*(javascript|vbscript|file):/i);
      // Only a clickable link may point at the web; everything the page loads is inline (data:) or same-document.
      if (/^https?:/i.test(value.trim()) || /^\/\//.test(value.trim())) expect(`${el.name} ${name}`).toBe('a href');
      if (name === 'src' || name === 'href' || name === 'xlink:href' || name === 'srcset' || name === 'poster') {
        if (el.name !== 'a') expect(value, `${el.name} ${name}`).toMatch(/^(data:image\/|#)/);
      }
      if (name === 'style') expect(value).not.toMatch(/url\(\s*['"]?(?!data:|#)/i);
      // An embedded SVG logo is a document of its own: it must be as inert as the page around it.
      const svg = /^data:image\/svg\+xml(;charset=[\w-]+)?(;base64)?,(.*)$/is.exec(value.trim());
      if (svg) {
        const body = svg[2] ? Buffer.from(svg[3] ?? '', 'base64').toString('utf8') : decodeURIComponent(svg[3] ?? '');
        expect(body).toContain('<svg');
        expect(body, 'embedded SVG').not.toMatch(/<script|<foreignObject|\son[a-z]+\s*=|javascript:|(?:href|src)\s*=\s*["']?(?!#|data:image\/(?:png|jpe?g))[a-z]+:/i);
        svgs++;
      }
    }
    if (el.name === 'style') {
      const css = el.children.map((c) => ('data' in c ? String(c.data) : '')).join('');
      expect(css).not.toMatch(/@import/i);
      for (const m of css.matchAll(/url\(\s*(['"]?)([^'")]*)/gi)) expect(m[2] ?? '', 'a CSS url()').toMatch(/^(data:|#)/);
    }
  }
  return svgs;
}

let server: http.Server;
let port = 0;
const hits: string[] = [];
let printer: PdfPrinter;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    res.setHeader('content-type', 'text/html');
    res.end('<p>FETCHED FROM THE NETWORK</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
  printer = createChromiumPrinter();
});
afterAll(async () => {
  await printer.close();
  await new Promise((resolve) => server.close(resolve));
});

async function pdfText(pdf: Uint8Array): Promise<string> {
  const dir = await tempDir('mk-print-');
  const file = path.join(dir, 'out.pdf');
  await writeFile(file, pdf);
  return (await run('pdftotext', ['-layout', file, '-'])).stdout;
}

describe('the HTML given to the PDF printer', () => {
  it('of a kit built from hostile releases, SVG logos and contacts has no script, no handler and no external load', async () => {
    const corpus = (await corpusFiles([
      'release-scripts.html',
      'release-scripts.md',
      'svg-onload.svg',
      'svg-external-href.svg',
      'svg-css-exfil.svg',
      'contacts-script-names.vcf',
    ])) as Record<string, string | Uint8Array>;
    const b64 = (name: string): string => Buffer.from(corpus[name] ?? '').toString('base64');
    const lib = await Library.open(path.join(await tempDir('mk-print-lib-'), 'library'));
    const printed: string[] = [];
    const ctx = createContext(lib, 'cli', () =>
      Promise.resolve({
        print: (html: string) => {
          printed.push(html);
          return printer.print(html, { pageSize: 'a4', title: 't', lang: 'fr-CA' });
        },
        close: () => Promise.resolve(),
      }),
    );
    try {
      const r1 = await call(ctx, 'import.release', { fileName: 'a.html', contentBase64: b64('release-scripts.html') });
      const r2 = await call(ctx, 'import.release', { fileName: 'b.md', contentBase64: b64('release-scripts.md') });
      const logos = [];
      for (const f of ['svg-onload.svg', 'svg-external-href.svg', 'svg-css-exfil.svg']) {
        logos.push((await call(ctx, 'import.logo', { fileName: f, contentBase64: b64(f), organization: 'Institut Boréal' })).id);
      }
      await call(ctx, 'import.contacts', { fileName: 'c.vcf', contentBase64: b64('contacts-script-names.vcf') });
      const sheet = await call(ctx, 'sheets.create', { data: { name: 'Médias', contactIds: lib.doc.contacts.map((c) => c.id) } });
      // A kit's own free text and subtitle are the officer's typing: they get the same treatment.
      const kit = await call(ctx, 'kits.create', {
        data: {
          name: `<script>alert(1)</script> Trousse <img src="http://127.0.0.1:${port}/name.png">`,
          lang: 'fr-CA',
          cover: { show: true, logoIds: logos, subtitle: `<iframe src="http://127.0.0.1:${port}/sub"></iframe>` },
          sections: [
            { id: newId('section'), type: 'release', releaseId: r1.id },
            { id: newId('section'), type: 'release', releaseId: r2.id },
            { id: newId('section'), type: 'logos', title: '<b onclick="x()">Logos</b>', logoIds: logos },
            { id: newId('section'), type: 'contacts', title: 'Contacts', sheetId: sheet.id },
            {
              id: newId('section'),
              type: 'text',
              title: 'Note',
              body: [{ type: 'paragraph', content: [{ text: `<script>fetch("http://127.0.0.1:${port}/t")</script>`, href: `https://boreal.example.org/note` }] }],
            },
          ],
        },
      });
      const preview = await call(ctx, 'preview.kit', { id: kit.id });
      // The three SVG logos are embedded (cover and logo section) and were checked inside too.
      expect(assertInert(preview.html)).toBeGreaterThanOrEqual(3);
      const out = await call(ctx, 'export.kit', { id: kit.id, formats: ['pdf'], outDir: path.join(await tempDir('mk-print-out-'), 'out') });
      // Printed twice: once to learn the contents' page numbers, once with them.
      expect(printed).toHaveLength(2);
      for (const html of printed) {
        assertInert(html);
        // The clickable links are the officer's own, and the contents' links to their sections.
        const links = elements(parseDocument(html).children).filter((e) => e.name === 'a').map((a) => a.attribs.href ?? '');
        for (const href of links) expect(href).toMatch(/^(https:\/\/boreal\.example\.org\/|mailto:|tel:|#[a-z]+_)/);
      }
      expect(hits).toEqual([]);
      expect(out.files[0]?.bytes).toBeGreaterThan(1000);
    } finally {
      await ctx.dispose();
      await lib.close();
    }
  });
});

describe('the Chromium printer', () => {
  it('runs no JavaScript and makes no request, whatever the page asks for', async () => {
    const base = `http://127.0.0.1:${port}`;
    const page = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>piège</title>
<meta http-equiv="refresh" content="5;url=${base}/refresh">
<link rel="stylesheet" href="${base}/style.css"><link rel="prefetch" href="${base}/prefetch"><link rel="dns-prefetch" href="${base}/dns">
<style>@import url(${base}/import.css); @font-face { font-family: X; src: url(${base}/font.woff2); } body { font-family: X; background: url(${base}/bg.png); }</style>
<base href="${base}/base/"></head>
<body onload="document.body.innerHTML='ONLOAD RAN'">
<p id="t">Texte imprimé</p>
<script>document.getElementById('t').textContent = 'SCRIPT RAN'; fetch('${base}/fetch'); new Image().src='${base}/js-img';</script>
<script src="${base}/ext.js"></script>
<img src="${base}/img.png"><img src="relative.png"><img srcset="${base}/srcset.png 2x">
<iframe src="${base}/frame"></iframe><iframe src="file:///etc/passwd"></iframe>
<object data="${base}/object"></object><embed src="${base}/embed"><video poster="${base}/poster.png" src="${base}/v.mp4"></video>
<svg width="10" height="10"><image href="${base}/svg-image.png" width="10" height="10"/></svg>
<a href="${base}/link">un lien (cliquable, jamais suivi)</a>
</body></html>`;
    const pdf = await printer.print(page, { pageSize: 'letter', title: 'x', lang: 'fr-CA' });
    const text = await pdfText(pdf);
    expect(text).toContain('Texte imprimé');
    expect(text).not.toMatch(/SCRIPT RAN|ONLOAD RAN|FETCHED FROM THE NETWORK|root:/);
    expect(hits).toEqual([]);
  });

  it('an immediate meta refresh goes nowhere: the print fails with a clear error, and no request is made', async () => {
    // Our templates never carry <meta http-equiv> (the test above proves it); a page that did could only fail, not leak.
    const page = `<!doctype html><html><head><meta http-equiv="refresh" content="0;url=http://127.0.0.1:${port}/refresh"></head><body><p>x</p></body></html>`;
    const result = await printer.print(page, { pageSize: 'letter', title: 'x', lang: 'en' }).catch((e: unknown) => e);
    if (!(result instanceof Uint8Array)) expect(result).toMatchObject({ code: 'EXPORT_FAILED' });
    expect(hits).toEqual([]);
  });
});
