/** "À propos de X", "À propos d'X", "About X", "About X:", "会社概要", "【会社概要】". */
export function matchAbout(line: string): { name: string; rest: string } | null {
  const t = line.trim().replace(/^[【［\[■●◆]\s*|\s*[】］\]]$/gu, '');
  if (t.length > 160) return null;
  const ja = /^(?:会社概要|企業概要|団体概要|法人概要|組織概要)(?:\s*[:：]\s*(.*))?$/u.exec(t);
  if (ja) return { name: (ja[1] ?? '').trim(), rest: '' };
  const m = /^(?:[àa] propos (?:de (?:la |l['’]|les )?|d['’]|du |des )|about (?:the )?|au sujet (?:de (?:la |l['’])?|d['’]|du ))(.+)$/iu.exec(t);
  if (!m?.[1]) return null;
  let name = m[1];
  let rest = '';
  const colon = /[\s\u00a0]*[:：][\s\u00a0]*/u.exec(name);
  if (colon) {
    rest = name.slice(colon.index + colon[0].length).trim();
    name = name.slice(0, colon.index);
  } else if (/[.!?]$/u.test(name.trim()) || name.length > 80) {
    // A sentence that happens to start with "About" ("About 200 guests attended.").
    return null;
  }
  name = name.trim();
  if (!name || !/^[\p{Lu}\p{N}\p{Lo}]/u.test(name)) return null;
  return { name, rest };
}

export function isNotesHeader(line: string): boolean {
  return /^(?:notes? (?:to|for) editors?|editors['’]? notes?|note to editors|notes? (?:aux|à la|pour les) r[ée]dact(?:ions?|eurs?)|編集者(?:向け|へ)の?(?:注記|メモ))\s*[:：]?$/iu.test(line.trim());
}

export function matchContactsHeader(line: string): { rest: string } | null {
  const t = line.trim().replace(/^[【［\[■●◆]\s*/u, '').replace(/\s*[】］\]]/u, '');
  const m =
    /^(?:contacts?(?: (?:presse|médias?|pour les médias))?|media contacts?|press contacts?|press office|press inquiries|media inquiries|media enquiries|press enquiries|for (?:further|more) information(?:,? (?:please )?contact)?|for media inquiries(?:,? (?:please )?contact)?|information|informations|renseignements(?: et entrevues)?|pour (?:plus d['’])?informations?|pour renseignements|source(?:s)?|relations? (?:avec les )?médias|(?:本件に関する)?(?:報道関係者(?:様)?(?:からの|の)?)?お問い?合わせ(?:先)?|(?:本件に関する)?報道関係者(?:様)?(?:からの|の)?お問い?合わせ(?:先)?|取材(?:に関する)?お問い?合わせ(?:先)?|問い合わせ先)(?=[\s\u00a0]*(?:[:：]|$))[\s\u00a0]*[:：]?[\s\u00a0]*/iu.exec(t);
  if (!m) return null;
  // "Information" and "Source" are only headers when alone or followed by a colon.
  return { rest: t.slice(m[0].length).trim() };
}
