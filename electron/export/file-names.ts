/**
 * File names that survive every mail client and file system: ASCII letters, digits, hyphens,
 * no reserved characters or Windows device names, a bounded length, the language in the name
 * ("bio-2025-boston_fr-CA.pdf").
 */

const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_STEM = 60;

export function slugify(text: string, fallback = 'document'): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[æÆ]/g, 'ae')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = ascii.slice(0, MAX_STEM).replace(/-+$/g, '');
  if (!slug) slug = fallback;
  if (WINDOWS_RESERVED.test(slug)) slug = `${slug}-file`;
  return slug;
}

/**
 * The first of `candidates` that makes a readable ASCII name ("kansai-innovation-bridge-agency"),
 * else `fallback`. A Japanese headline slugs to almost nothing ("12" for 「…12社…」): a file named
 * "12_ja.pdf" tells its recipient nothing, the issuer's name in Latin letters does.
 */
export function readableBase(candidates: readonly string[], fallback: string): string {
  return candidates.find((c) => /[a-z]{3}/.test(slugify(c, ''))) ?? fallback;
}

export function exportFileName(base: string, lang: string, ext: string): string {
  return `${slugify(base)}_${lang.replace(/[^A-Za-z-]/g, '')}.${ext.replace(/[^a-z0-9]/gi, '').toLowerCase()}`;
}

/** A logo's original file name, made safe, with its real extension; unique within `taken`. */
export function safeFileName(name: string, ext: string, taken: Set<string>): string {
  const stem = slugify(name.replace(/\.[A-Za-z0-9]{1,5}$/, ''), 'file');
  let candidate = `${stem}.${ext}`;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${stem}-${n}.${ext}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}
