/**
 * The one accent-folding normaliser: how the app compares words a person may type with or
 * without accents ("Quebec" finds "Québec", "Cote" matches "Côté"). Canonical decomposition, then
 * every combining mark removed. No imports, so the interface uses the same rules.
 */
export function foldAccents(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '');
}

/** Accents folded and lower-cased: the key two spellings of one word share. */
export function foldKey(s: string): string {
  return foldAccents(s).toLowerCase();
}

/** A name's key: folded, spaces collapsed ("Marie-Ève  Côté" and "marie-eve cote" are one person). */
export function nameKey(s: string): string {
  return foldKey(s).replace(/\s+/g, ' ').trim();
}

/** Letters and digits only, folded: "Jean-François Côté" → "jeanfrancoiscote" (to find a name inside an address). */
export function letterKey(s: string): string {
  return foldKey(s).replace(/[^\p{L}\p{N}]/gu, '');
}
