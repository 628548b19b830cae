import iconv from 'iconv-lite';

/**
 * Outlook and older phones still export vCard 2.1, which ical.js does not read: bare parameters
 * ("TEL;WORK;VOICE:"), quoted-printable values with soft line breaks, per-property charsets.
 * Rewritten here into the 3.0 form, value by value, before ical.js parses it.
 */
export function upgradeVcard21(source: string): string {
  if (!/^VERSION:2\.1\s*$/im.test(source)) return source;
  const raw = source.replace(/\r\n?/g, '\n').split('\n');
  const lines: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    let line = raw[i] ?? '';
    // Quoted-printable soft breaks: a trailing "=" continues on the next line.
    if (/;ENCODING=QUOTED-PRINTABLE[;:]/i.test(line.split(':')[0] + ':')) {
      while (line.endsWith('=') && i + 1 < raw.length) line = line.slice(0, -1) + (raw[++i] ?? '');
    }
    lines.push(line);
  }
  return lines
    .map((line) => {
      const colon = line.indexOf(':');
      if (colon < 0 || /^\s/.test(line)) return line;
      const [name, ...params] = line.slice(0, colon).split(';');
      let value = line.slice(colon + 1);
      const types: string[] = [];
      const kept: string[] = [];
      let qp = false;
      let charset = 'utf-8';
      for (const p of params) {
        const eq = p.indexOf('=');
        if (eq < 0) types.push(p);
        else {
          const k = p.slice(0, eq).toUpperCase();
          const v = p.slice(eq + 1);
          if (k === 'ENCODING' && /quoted-printable/i.test(v)) qp = true;
          else if (k === 'CHARSET') charset = v;
          else if (k === 'TYPE') types.push(...v.split(','));
          else kept.push(p);
        }
      }
      if (qp) {
        const bytes = Buffer.from(value.replace(/=([0-9A-F]{2})/gi, (_m, h: string) => String.fromCharCode(parseInt(h, 16))), 'latin1');
        value = iconv.encodingExists(charset) ? iconv.decode(bytes, charset) : bytes.toString('utf8');
        // Decoded text must be escaped the 3.0 way, or ical.js splits it at its commas.
        const structured = /^(?:N|ADR|ORG)$/i.test(name ?? '');
        value = value.replace(/\\/g, '\\\\').replace(structured ? /,/g : /[,;]/g, (c) => `\\${c}`).replace(/\r?\n/g, '\\n');
      }
      const head = [name, ...kept, ...(types.length ? [`TYPE=${types.join(',')}`] : [])].join(';');
      return name?.toUpperCase() === 'VERSION' ? 'VERSION:3.0' : `${head}:${value}`;
    })
    .join('\r\n');
}
