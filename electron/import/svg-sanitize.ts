import sanitizeHtml from 'sanitize-html';
import { fileError } from '../model/errors.js';

const SVG_TAGS = [
  'svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'defs',
  'linearGradient', 'radialGradient', 'stop', 'clipPath', 'mask', 'pattern', 'symbol', 'use', 'title', 'desc',
  'style', 'image', 'filter', 'feGaussianBlur', 'feOffset', 'feBlend', 'feColorMatrix', 'feFlood', 'feComposite',
  'feMerge', 'feMergeNode', 'feDropShadow', 'switch',
];

const SVG_ATTRIBUTES = [
  'id', 'class', 'style', 'd', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'width', 'height',
  'viewBox', 'preserveAspectRatio', 'transform', 'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width',
  'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-opacity',
  'opacity', 'points', 'offset', 'stop-color', 'stop-opacity', 'gradientUnits', 'gradientTransform', 'spreadMethod',
  'clip-path', 'clipPathUnits', 'clip-rule', 'mask', 'maskUnits', 'maskContentUnits', 'patternUnits',
  'patternContentUnits', 'patternTransform', 'font-family', 'font-size', 'font-weight', 'font-style', 'text-anchor',
  'dominant-baseline', 'letter-spacing', 'dx', 'dy', 'href', 'xlink:href', 'xmlns', 'xmlns:xlink', 'version',
  'xml:space', 'filter', 'stdDeviation', 'in', 'in2', 'result', 'mode', 'values', 'type', 'flood-color',
  'flood-opacity', 'operator', 'k1', 'k2', 'k3', 'k4', 'visibility', 'display', 'color', 'vector-effect',
  'paint-order', 'textLength', 'lengthAdjust', 'rotate', 'overflow', 'enable-background', 'color-interpolation-filters',
];

/** Only same-document fragments and embedded PNG/JPEG survive: no network, no file, no script. */
function safeReference(value: string): boolean {
  const v = value.trim();
  return /^#[\w.:-]+$/.test(v) || /^data:image\/(?:png|jpe?g);base64,[a-z0-9+/=\s]+$/i.test(v);
}

/** CSS that reaches out (url(http…), @import) or runs code (expression, javascript:) is neutralized. */
function safeCss(css: string): string {
  return css
    .replace(/@import[^;]*;?/gi, '')
    .replace(/url\(\s*(['"]?)(.*?)\1\s*\)/gi, (m, _q: string, target: string) => (safeReference(target) ? m : 'none'))
    .replace(/expression\s*\(|javascript:|behavior\s*:|-moz-binding/gi, '');
}

/**
 * Logos made in Illustrator or downloaded from a website can carry scripts, event handlers, external
 * references or XML entity bombs. DOCTYPE/ENTITY are refused outright; the rest goes through an allowlist.
 */
export function sanitizeSvg(fileName: string, source: string): string {
  const text = source.replace(/^\uFEFF/, '');
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    throw fileError('INVALID_FILE', fileName, {
      en: 'SVG files with DOCTYPE or ENTITY declarations are refused (they can read local files or expand without limit)',
      fr: 'les fichiers SVG qui contiennent des déclarations DOCTYPE ou ENTITY sont refusés (elles peuvent lire des fichiers de l’ordinateur ou grossir sans limite)',
    });
  }
  const clean = sanitizeHtml(text, {
    allowedTags: SVG_TAGS,
    allowedAttributes: { '*': SVG_ATTRIBUTES },
    allowedSchemes: ['data'],
    allowedSchemesAppliedToAttributes: ['href', 'xlink:href'],
    allowProtocolRelative: false,
    allowVulnerableTags: true,
    nonTextTags: ['script', 'foreignObject', 'foreignobject', 'iframe', 'noscript', 'textarea', 'object', 'embed'],
    parser: { xmlMode: true, lowerCaseTags: false, lowerCaseAttributeNames: false, decodeEntities: true },
    transformTags: {
      '*': (tagName, attribs) => {
        const kept: Record<string, string> = {};
        for (const [name, value] of Object.entries(attribs)) {
          const n = name.toLowerCase();
          if (n.startsWith('on')) continue;
          if (/javascript:|vbscript:|data:text\/html/i.test(value.replace(/[\s\u0000-\u001f]+/g, ''))) continue;
          if ((n === 'href' || n === 'xlink:href' || n === 'src') && !safeReference(value)) continue;
          kept[name] = /url\(|@import|expression/i.test(value) ? safeCss(value) : value;
        }
        return { tagName, attribs: kept };
      },
    },
  }).replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi, (_m, open: string, css: string, close: string) => open + safeCss(css) + close);
  // sanitize-html passes <style> text through untouched, hence the pass above on what is actually stored.
  if (!/<svg[\s>]/.test(clean)) {
    throw fileError('INVALID_FILE', fileName, { en: 'no <svg> element was found in this file', fr: 'aucun élément <svg> n’a été trouvé dans ce fichier' });
  }
  return clean;
}

function length(v: string | undefined): number | null {
  if (!v) return null;
  const m = /^\s*([\d.]+)\s*(px|pt|mm|cm|in|pc|em)?\s*$/i.exec(v);
  if (!m) return null;
  const n = Number(m[1]);
  const unit = (m[2] ?? 'px').toLowerCase();
  const px = { px: 1, pt: 4 / 3, mm: 96 / 25.4, cm: 96 / 2.54, in: 96, pc: 16, em: 16 }[unit] ?? 1;
  return n > 0 ? n * px : null;
}

/** Width and height from the root's attributes, else its viewBox. */
export function svgSize(svg: string): { width: number; height: number } | null {
  const root = /<svg\b([^>]*)>/i.exec(svg)?.[1] ?? '';
  const attr = (name: string): string | undefined => new RegExp(`\\s${name}\\s*=\\s*(["'])(.*?)\\1`, 'i').exec(root)?.[2];
  const vb = attr('viewBox')?.trim().split(/[\s,]+/).map(Number);
  const vbw = vb && vb.length === 4 && vb[2] && vb[2] > 0 ? vb[2] : null;
  const vbh = vb && vb.length === 4 && vb[3] && vb[3] > 0 ? vb[3] : null;
  let w = length(attr('width'));
  let h = length(attr('height'));
  if (w && !h && vbw && vbh) h = (w * vbh) / vbw;
  if (h && !w && vbw && vbh) w = (h * vbw) / vbh;
  w ??= vbw;
  h ??= vbh;
  if (!w || !h) return null;
  return { width: Math.max(1, Math.round(w)), height: Math.max(1, Math.round(h)) };
}
