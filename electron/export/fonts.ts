import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Fonts embedded in the HTML (and so in the PDF) as base64 woff2, read from the @fontsource packages
 * installed with the app. Only the unicode-range subsets the document's text needs are embedded,
 * so a French-only kit carries no Japanese font and a Japanese name costs a few subsets.
 */

const requireHere = createRequire(import.meta.url);

interface FamilySpec {
  pkg: string;
  family: string;
  fileStem: string;
  weights: number[];
  italics: boolean;
  /** Subsets this family may contribute (Noto Sans JP also has Latin subsets we leave to the Latin family). */
  subsetFilter: (subset: string) => boolean;
  /** The characters this family is embedded for; the Latin family covers everything below CJK. */
  serves: (codePoint: number) => boolean;
}

export const LATIN_SUBSETS = (s: string) => s === 'latin' || s === 'latin-ext';

const FAMILIES = {
  inter: {
    pkg: '@fontsource/inter',
    family: 'Inter',
    fileStem: 'inter',
    weights: [400, 700],
    italics: true,
    subsetFilter: LATIN_SUBSETS,
    serves: () => true,
  },
  serif: {
    pkg: '@fontsource/source-serif-4',
    family: 'Source Serif 4',
    fileStem: 'source-serif-4',
    weights: [400, 700],
    italics: true,
    subsetFilter: LATIN_SUBSETS,
    serves: () => true,
  },
  jp: {
    pkg: '@fontsource/noto-sans-jp',
    family: 'Noto Sans JP',
    fileStem: 'noto-sans-jp',
    weights: [400, 700],
    italics: false,
    subsetFilter: (s: string) => /^\[\d+\]$/.test(s),
    // Dashes, "×" and "·" are in some Japanese subsets too: only CJK text should pull this font in.
    serves: (cp: number) => cp >= 0x2e80,
  },
} as const satisfies Record<string, FamilySpec>;

export type FamilyKey = keyof typeof FAMILIES;

function packageDir(pkg: string): string {
  return path.dirname(requireHere.resolve(`${pkg}/package.json`));
}

type Range = [number, number];
const rangeCache = new Map<string, Map<string, Range[]>>();

async function subsetRanges(pkg: string): Promise<Map<string, Range[]>> {
  const cached = rangeCache.get(pkg);
  if (cached) return cached;
  const raw: unknown = JSON.parse(await readFile(path.join(packageDir(pkg), 'unicode.json'), 'utf8'));
  const out = new Map<string, Range[]>();
  if (raw && typeof raw === 'object') {
    for (const [subset, value] of Object.entries(raw)) {
      if (typeof value !== 'string') continue;
      out.set(subset, parseUnicodeRange(value));
    }
  }
  rangeCache.set(pkg, out);
  return out;
}

function parseUnicodeRange(value: string): Range[] {
  return value.split(',').map((part) => {
    const [a, b] = part.trim().replace(/^U\+/i, '').split('-');
    const start = parseInt(a ?? '0', 16);
    return [start, b ? parseInt(b, 16) : start];
  });
}

function needs(ranges: Range[], codePoints: ReadonlySet<number>): boolean {
  for (const cp of codePoints) {
    if (cp < 0x20) continue;
    for (const [a, b] of ranges) if (cp >= a && cp <= b) return true;
  }
  return false;
}

function cssRange(ranges: Range[]): string {
  return ranges.map(([a, b]) => (a === b ? `U+${a.toString(16)}` : `U+${a.toString(16)}-${b.toString(16)}`)).join(',');
}

const fileCache = new Map<string, string>();

async function base64(file: string): Promise<string> {
  const hit = fileCache.get(file);
  if (hit) return hit;
  const b64 = (await readFile(file)).toString('base64');
  fileCache.set(file, b64);
  return b64;
}

/** @font-face rules for one family, only for the subsets `text` uses. */
export async function fontFaces(key: FamilyKey, text: string): Promise<{ css: string; subsets: string[] }> {
  const spec: FamilySpec = FAMILIES[key];
  const codePoints = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (spec.serves(cp)) codePoints.add(cp);
  }
  const ranges = await subsetRanges(spec.pkg);
  const dir = path.join(packageDir(spec.pkg), 'files');
  const rules: string[] = [];
  const used: string[] = [];
  for (const [subset, r] of ranges) {
    if (!spec.subsetFilter(subset) || !needs(r, codePoints)) continue;
    used.push(subset);
    const fileSubset = subset.replace(/^\[(\d+)\]$/, '$1');
    for (const weight of spec.weights) {
      for (const style of spec.italics ? ['normal', 'italic'] : ['normal']) {
        const file = path.join(dir, `${spec.fileStem}-${fileSubset}-${weight}-${style}.woff2`);
        rules.push(
          `@font-face{font-family:'${spec.family}';font-style:${style};font-weight:${weight};font-display:block;` +
            `src:url(data:font/woff2;base64,${await base64(file)}) format('woff2');unicode-range:${cssRange(r)};}`,
        );
      }
    }
  }
  return { css: rules.join('\n'), subsets: used };
}

export function familyName(key: FamilyKey): string {
  return FAMILIES[key].family;
}
