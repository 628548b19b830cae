export interface AboutMatch {
  name: string;
  /** The heading as the release writes it ("À propos du Réseau…", "About the …", "会社概要"). */
  heading: string;
  rest: string;
}

/** Company forms written after the name with a period: "About Acme, Inc." is a heading, not a sentence. */
const ABBREVIATED_FORM = /\b(?:Inc|Ltd|Corp|Co|Ltée|Inc|Cie|S\.A|L\.P|P\.C|N\.A|Bros)\.$/u;

/** "À propos de X", "À propos d'X", "About X", "About X:", "会社概要", "【会社概要】", "【X について】". */
export function matchAbout(line: string): AboutMatch | null {
  const bracketed = /^[【［\[]/u.test(line.trim());
  const t = line.trim().replace(/^[【［\[■●◆]\s*|\s*[】］\]]$/gu, '');
  if (t.length > 160) return null;
  const ja = /^(会社概要|企業概要|団体概要|法人概要|組織概要)(?:\s*[:：]\s*(.*))?$/u.exec(t);
  if (ja) return { name: (ja[2] ?? '').trim(), heading: ja[1] ?? '', rest: '' };
  // 【株式会社みなと技研について】: a bracketed section about an organization.
  // ■株式会社しまなみ造船について: a marked line likewise; unmarked only when it names a company form.
  const marked = bracketed || /^[■●◆]/u.test(line.trim());
  const about = /^(.{2,60}?)[\s\u3000]*について$/u.exec(t);
  if (about && !marked && !/^(?:株式会社|有限会社|合同会社|一般社団法人|一般財団法人|公益社団法人|公益財団法人|学校法人|国立大学法人)|(?:株式会社|有限会社|合同会社)$/u.test(about[1] ?? '')) return null;
  if (about?.[1] && !/[、。]/u.test(about[1])) return { name: about[1].trim(), heading: t, rest: '' };
  const m = /^(?:[àa] propos (?:de (?:la |l['’]|les )?|d['’]|du |des )|about (?:the )?|au sujet (?:de (?:la |l['’])?|d['’]|du ))(.+)$/iu.exec(t);
  if (!m?.[1]) return null;
  let name = m[1];
  let heading = t;
  let rest = '';
  const colon = /[\s\u00a0]*[:：][\s\u00a0]*/u.exec(name);
  if (colon) {
    rest = name.slice(colon.index + colon[0].length).trim();
    heading = t.slice(0, t.length - name.length + colon.index);
    name = name.slice(0, colon.index);
  } else if ((/[.!?]$/u.test(name.trim()) && !ABBREVIATED_FORM.test(name.trim())) || name.length > 80) {
    // A sentence that happens to start with "About" ("About 200 guests attended.").
    return null;
  }
  name = name.trim();
  if (!name || !/^[\p{Lu}\p{N}\p{Lo}]/u.test(name)) return null;
  return { name, heading: heading.trim(), rest };
}

export function isNotesHeader(line: string): boolean {
  return /^(?:notes? (?:to|for) editors?|editors['’]? notes?|note to editors|notes? (?:aux|à la|pour les) r[ée]dact(?:ions?|eurs?)|編集者(?:向け|へ)の?(?:注記|メモ))\s*[:：]?$/iu.test(line.trim());
}

export function matchContactsHeader(line: string): { rest: string } | null {
  const t = line.trim().replace(/^[【［\[■●◆]\s*/u, '').replace(/\s*[】］\]]/u, '');
  const m =
    /^(?:contacts?(?: (?:presse|médias?|pour les médias))?|(?:media|press|investor|investors|analyst|agency|pr) contacts?|press office|(?:for )?(?:press|media) (?:inquiries|enquiries)(?:,? (?:please )?contact)?|for (?:further|more) information(?:,? (?:please )?contact)?|contact(?:s)? (?:for (?:the )?media|presse)|information|informations|renseignements(?: et entrevues)?|pour (?:plus d['’])?informations?|pour renseignements|source(?:s)?|relations? (?:avec les )?médias|(?:本件に関する)?(?:報道関係者(?:様)?(?:からの|の)?)?お問い?合わせ(?:先)?|(?:本件に関する)?報道関係者(?:様)?(?:からの|の)?お問い?合わせ(?:先)?|取材(?:に関する)?お問い?合わせ(?:先)?|問い合わせ先)(?=[\s\u00a0]*(?:[:：]|$))[\s\u00a0]*[:：]?[\s\u00a0]*/iu.exec(t);
  if (!m) return null;
  // "Information" and "Source" are only headers when alone or followed by a colon.
  return { rest: t.slice(m[0].length).trim() };
}

/**
 * Canada Newswire's "SOURCE Calgary Food Bank" line (the word in capitals, no colon) names the
 * issuer above the contacts: it starts the contacts section, its rest is an organization.
 */
export function matchWireSource(line: string): { rest: string } | null {
  const m = /^SOURCE\s+(\S.{0,100})$/u.exec(line.trim());
  return m?.[1] ? { rest: m[1].trim() } : null;
}
