/**
 * Given and family names from one full name, split once (at import or migration) and then edited by the
 * officer: "Marie-Ève Tremblay" → Marie-Ève / Tremblay; "Jean de la Fontaine" → Jean / de la Fontaine;
 * Japanese names are written family name first: "田中 太郎" → 太郎 / 田中, and "田中太郎" (no space) stays whole as
 * the family name, because where one ends and the other begins cannot be told from the characters alone.
 * A name that is not a person's ("Salle des nouvelles") is not split: greetings then use it whole.
 */
export function isJapaneseName(s: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s);
}

/** Particles that begin a French, Dutch, Spanish or Portuguese family name. */
const PARTICLES = new Set(['de', 'du', 'des', 'd’', "d'", 'la', 'le', 'van', 'von', 'der', 'den', 'da', 'di', 'dos', 'das', 'del', 'della', 'st', 'ste', 'saint', 'sainte']);

export function splitFullName(name: string, japanese = isJapaneseName(name)): { firstName: string; lastName: string } {
  const parts = name.trim().split(/[\s\u3000]+/u).filter(Boolean);
  if (parts.length === 0) return { firstName: '', lastName: '' };
  if (japanese) return parts.length < 2 ? { firstName: '', lastName: parts[0]! } : { lastName: parts[0]!, firstName: parts.slice(1).join(' ') };
  if (parts.length < 2) return { firstName: parts[0]!, lastName: '' };
  // "Salle des nouvelles", "Service de presse": a desk, not a person (a family name starts with a capital).
  if (!/^\p{Lu}/u.test(parts[parts.length - 1]!)) return { firstName: '', lastName: '' };
  // The family name starts at its first particle after the given name: "Jean de la Fontaine".
  let at = parts.length - 1;
  while (at > 1 && PARTICLES.has(parts[at - 1]!.toLowerCase())) at--;
  return { firstName: parts.slice(0, at).join(' '), lastName: parts.slice(at).join(' ') };
}
