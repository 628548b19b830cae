/**
 * Word puts list items on the clipboard as paragraphs (class MsoListParagraph, a typed bullet or
 * number inside an mso-list:Ignore span): turn those runs back into real <ul>/<ol> before
 * ProseMirror parses the HTML, and drop Word's comments and styling noise.
 */
export function cleanWordHtml(html: string): string {
  if (!/urn:schemas-microsoft-com|class=["']?Mso|mso-list/i.test(html)) return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  doc.querySelectorAll('style, meta, link, xml, o\\:p').forEach((n) => n.remove());
  const isListPara = (el: Element | null): el is HTMLElement =>
    !!el && el.tagName === 'P' && (/MsoListParagraph/i.test(el.className) || /mso-list:\s*l\d/i.test(el.getAttribute('style') ?? ''));
  for (const p of Array.from(doc.body.querySelectorAll('p'))) {
    if (!p.isConnected || !isListPara(p)) continue;
    const run: HTMLElement[] = [];
    let cur: Element | null = p;
    while (isListPara(cur)) {
      run.push(cur);
      cur = cur.nextElementSibling;
    }
    const marker = (run[0]!.querySelector('span[style*="mso-list:Ignore" i]')?.textContent ?? run[0]!.textContent ?? '').trim();
    const list = doc.createElement(/^[\dA-Za-z]{1,3}[.)]/.test(marker) ? 'ol' : 'ul');
    p.before(list);
    for (const item of run) {
      item.querySelectorAll('span[style*="mso-list:Ignore" i]').forEach((s) => s.remove());
      const li = doc.createElement('li');
      li.innerHTML = item.innerHTML.replace(/^(\s|&nbsp;)*[·•§o\-–]\s*(&nbsp;|\s)*/, '');
      list.append(li);
      item.remove();
    }
  }
  doc.body.querySelectorAll('[style]').forEach((el) => {
    const style = el.getAttribute('style') ?? '';
    // Keep only the styling that carries meaning: bold and italic written as CSS.
    const keep = [/font-weight:\s*(bold|[6-9]00)/i.test(style) ? 'font-weight:bold' : '', /font-style:\s*italic/i.test(style) ? 'font-style:italic' : ''].filter(Boolean).join(';');
    if (keep) el.setAttribute('style', keep);
    else el.removeAttribute('style');
  });
  return doc.body.innerHTML;
}
