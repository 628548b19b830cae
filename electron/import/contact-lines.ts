import type { Localized } from '../model/errors.js';
import { emailsIn } from './email.js';
import { letterKey as fold } from '../model/fold.js';

export interface ParsedContact {
  name: string;
  title: string;
  organization: string;
  emails: string[];
  phones: string[];
  /** The lines of the release this contact was read from, for the officer to check. */
  source: string;
}

/** A block of contact lines; `opens` when it starts a section of its own ("Source :", a table cell). */
export interface ContactLines {
  lines: readonly string[];
  opens: boolean;
}

const PHONE_LABEL =
  /^(?:t[ée]l[ée]phone|t[ée]l|phone|cellulaire|cell|mobile|portable|bureau|office phone|office|direct|fax|電話番号|電話|携帯|ＴＥＬ|[tpmcdo](?![\p{L}]))\.?\s*(?:\([^)]*\))?\s*[:：.]?\s*/iu;
/** Any short label before a colon ("Out of hours:", "Ligne média :", "24/7 :") is a label, when a number follows. */
const ANY_LABEL = /^[\p{L}\d/ '’.-]{1,24}?\s*[:：]\s*/u;
/** "(office)", "(mobile)", "(cellulaire)" after a number. */
const TRAILING_LABEL = /\s*\((?:office|mobile|cell|work|direct|main|bureau|cellulaire|portable|travail)\)\s*$/iu;
const EMAIL_LABEL = /^(?:e-?mail|courriel|mail|adresse [ée]lectronique|メール(?:アドレス)?|Ｅ-?ｍａｉｌ)\s*[:：.]?\s*/iu;
const PHONE = /^\+?\(?\d[\d\s().\-–/]{5,}\d(?:\s*(?:ext\.?|poste|p\.|x|内線)\s*\d+)?$/iu;
/** An extension written as its own part after a comma: "418 555-0142, poste 221". */
const EXTENSION = /^(?:ext\.?|extension|poste|p\.|x|内線)\s*\d{1,6}$/iu;

/** Words that name an organization rather than a person or a job. */
const ORG_CUE =
  /株式会社|有限会社|合同会社|一般社団法人|一般財団法人|財団|協会|連合会|大学|本部|機構|\b(?:Inc|Ltd|LLC|LLP|plc|GmbH|S\.?A\.?S?|SARL|Corp|Corporation|Company|Group|Groupe|Ltée|Limited|University|Université|Institute|Institut|Foundation|Fondation|Association|Agency|Agence|Ministry|Ministère|Bureau|Council|Conseil|Headquarters|Laboratories|Laboratoires|Therapeutics|Biosciences|Genomics|Technologies|Coopérative|Co-operative|Cooperative|Société|Syndicat|Authority|Trust|District|Cégep|Hospital|Hôpital|Library|Libraries|Bibliothèque|Museum|Musée|College|Collège|Cluster|Partnership|Commission|Métropole|Network|Alliance|Society|Federation|Fédération|Réseau|Consortium)s?\b/iu;

/** Words of job titles, so that "Name, Title, Organization" can be told from "Name, Title, more title". */
const TITLE_CUE =
  /\b(?:director|manager|officer|advis[eo]r|coordinator|specialist|lead|head|chief|president|vice|press|media|communications?|relations|spokes(?:person|woman|man)|fellow|liaison|editor|secretary|assistant|associate|executive|consultant|analyst|partner|founder|ceo|cfo|coo|vp|senior)\b|conseill|direct(?:eur|rice)|responsable|charg[ée]e?\b|coordonnat|attach[ée]|porte-parole|\bpresse\b|relationniste|\bagente?\b|analyste|présidente?|adjointe?|gestionnaire|secrétaire|médias|広報|担当|部長|課長|室長|事務局/iu;

export function looksLikeOrganization(s: string): boolean {
  return ORG_CUE.test(s);
}

function phoneOf(part: string): string | null {
  // "on 01603 555 214", "au 418 555-0137": the words that lead to a number in a sentence.
  const bare = part.replace(/^(?:on|at|call|au|at the)\s+(?=[+(\d])/iu, '');
  const candidates = [bare.replace(PHONE_LABEL, ''), bare.replace(ANY_LABEL, '')];
  for (const c of candidates) {
    const stripped = c.replace(TRAILING_LABEL, '').trim();
    const normalized = stripped.replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/[－ー]/g, '-');
    if (PHONE.test(normalized) && (normalized.match(/\d/g)?.length ?? 0) >= 7) return normalized;
  }
  return null;
}

/** "株式会社みなと技研 広報部 担当：佐藤美咲": Japanese contacts name the person after 担当. */
const JA_PERSON = /^(.*?)([\s\u3000]*)担当(?:者)?[\s\u3000]*[:：][\s\u3000]*(.+)$/u;

/**
 * Contact blocks as releases write them: one fact per line (name, title, organization, e-mail, phone),
 * one person per line ("Name, Title, Organization — e-mail — phone"), one per block, side by side in a
 * table, or the Japanese "部署 担当：氏名". Known organizations (the release's About sections) tell an
 * organization's line from a person's. A person never takes the e-mail of the line or block of another.
 */
export function parseContactLines(groups: readonly ContactLines[], warnings: Localized[], known: readonly string[] = []): ParsedContact[] {
  const contacts: ParsedContact[] = [];
  const sources = new Map<ParsedContact, string[]>();
  let cur: ParsedContact | null = null;
  /** The contact received an e-mail or a phone from an earlier line: a new name starts someone else. */
  let factsBefore = false;
  const fresh = (): ParsedContact => {
    const c: ParsedContact = { name: '', title: '', organization: '', emails: [], phones: [], source: '' };
    contacts.push(c);
    sources.set(c, []);
    factsBefore = false;
    return c;
  };
  const isKnown = (t: string): string | null => knownOrganization(t, known);

  for (const group of groups) {
    if (group.opens) cur = null;
    let first = true;
    for (const raw of group.lines.flatMap(peopleOnOneLine)) {
      const line = raw.trim();
      if (!line) continue;
      const starts = first;
      first = false;
      const ja = JA_PERSON.exec(line);
      if (ja?.[3]) {
        // "担当：村上" alone on its line names the person of the department line just above it.
        const alone = !(ja[1] ?? '').trim();
        const continues = alone && cur && !cur.name && !cur.emails.length && !cur.phones.length;
        if (!continues) cur = fresh();
        const c = cur as ParsedContact;
        sources.get(c)?.push(line);
        if (continues) c.name = personAfterTanto(ja[3]);
        else placeJapanese(c, ja[1] ?? '', !ja[2], ja[3], isKnown);
        continue;
      }
      // A line carrying an e-mail or a phone is a list of facts: split it more eagerly ("Jane Doe, jane@acme.com, 555-0100").
      const facts = /@/.test(line) || /\+?\(?\d[\d\s().-]{6,}\d/.test(line);
      const separators = facts
        ? /\s+[|•·／/–—-]\s+|\t+|\s{3,}|\u3000+|[;；]\s*|,\s+|\s+[,，]\s*|(?<=\d)\s+(?=[^\s\d:：]{1,12}\s?[:：]\s*\+?\(?\d)|\s+(?:or|ou|and|et)\s+(?=[+(\d]|\S+@)/u
        : /\s+[|•·／–—]\s+|\t+|\s{3,}|\u3000+|[;；]\s*/u;
      const parts = line.split(separators).map((p) => p.trim()).filter(Boolean);
      const texts: string[] = [];
      const found: { emails: string[]; phones: string[]; extension: string | null } = { emails: [], phones: [], extension: null };
      for (const part of parts) {
        const emails = EMAIL_LABEL.test(part) || part.includes('@') ? emailsIn(part) : [];
        if (emails.length) {
          found.emails.push(...emails);
          continue;
        }
        if (EXTENSION.test(part)) {
          if (found.phones.length) found.phones[found.phones.length - 1] += ` ${part}`;
          else found.extension = part;
          continue;
        }
        const phone = phoneOf(part);
        if (phone) {
          found.phones.push(phone);
          continue;
        }
        if (/^(?:https?:\/\/|www\.)/iu.test(part)) {
          warnings.push({
            en: `Contact line "${part}" (a web address) was not kept on a contact.`,
            fr: `La ligne de contact «\u00a0${part}\u00a0» (une adresse Web) n’a été retenue pour aucun contact.`,
          });
          continue;
        }
        texts.push(part);
      }
      const hasFacts = found.emails.length > 0 || found.phones.length > 0 || found.extension !== null;
      // A name on a new line after someone's e-mail or phone is the next person, even on a line of facts.
      // So is a name opening a block of its own after a person already named.
      // (A block of one line is one fact: releases typed with a paragraph per line write a person over several.)
      const nextBlock = starts && group.lines.length > 1 && !!cur?.name && !!texts[0] && !isOrg(texts[0], isKnown);
      if (texts.length && (!cur || factsBefore || nextBlock)) cur = fresh();
      cur ??= fresh();
      sources.get(cur)?.push(line);
      for (const t of texts) placeText(cur, t, isKnown);
      for (const e of found.emails) if (!cur.emails.includes(e)) cur.emails.push(e);
      cur.phones.push(...found.phones);
      if (found.extension && cur.phones.length) cur.phones[cur.phones.length - 1] += ` ${found.extension}`;
      if (hasFacts) factsBefore = true;
    }
  }
  for (const c of contacts) {
    c.source = (sources.get(c) ?? []).join('\n');
    tidy(c, isKnown);
  }
  const people = contacts.filter((c) => {
    const person = !!(c.name || c.emails.length || c.phones.length);
    const leftover = [c.title, c.organization].filter(Boolean).join(', ');
    if (!person && leftover) {
      warnings.push({
        en: `Contact line "${leftover}" names no person, e-mail or phone: it was not kept on a contact.`,
        fr: `La ligne de contact «\u00a0${leftover}\u00a0» ne nomme aucune personne ni aucune adresse courriel ou numéro de téléphone\u00a0: elle n’a été retenue pour aucun contact.`,
      });
    }
    return person;
  });
  warnings.push(...doubts(people));
  return people;
}

/**
 * "Tom Becker, Media Relations, …, 807-555-0142, tbecker@…; Anika Shah, …, anika.shah@…": people run
 * together on one line, a semicolon between them. Split only where every part carries its own
 * e-mail or phone and some words: a semicolon inside one person's facts stays where it is.
 */
function peopleOnOneLine(line: string): string[] {
  const parts = line.split(/\s*[;；]\s*/u).filter((p) => p.trim());
  if (parts.length < 2) return [line];
  const person = (p: string) => (/@/.test(p) || /\+?\(?\d[\d\s().-]{6,}\d/.test(p)) && /\p{L}{2,}[^@]*[,，]/u.test(p.split('@')[0] ?? '');
  return parts.every(person) ? parts : [line];
}

/** The known organization a text names (exactly, or the start of its name: "CleanFlow Systems" for "CleanFlow Systems, Inc."). */
function knownOrganization(text: string, known: readonly string[]): string | null {
  const t = fold(text);
  if (t.length < 3) return null;
  for (const k of known) {
    const f = fold(k);
    if (f === t) return k;
    if (f.startsWith(t) && text.trim().split(/\s+/u).length >= 2) return k;
  }
  return null;
}

function isOrg(t: string, isKnown: (t: string) => string | null): boolean {
  return !!isKnown(t) || (looksLikeOrganization(t) && !/,/.test(t.replace(/,\s*(?:Inc|Ltd|LLC|Corp|Co|Ltée|S\.A\.?)\.?$/iu, '')));
}

function personAfterTanto(name: string): string {
  return name.replace(/[\s\u3000]*(?:様|宛)$/u, '').replace(/\u3000/gu, ' ').trim();
}

/** A Japanese department or desk ("総務部広報課", "広報室", "事務局"): a title, never a person's name. */
const JA_DEPARTMENT = /(?:部|課|室|局|本部|センター|グループ|チーム|事務局|窓口|担当)$/u;

function placeJapanese(c: ParsedContact, before: string, glued: boolean, name: string, isKnown: (t: string) => string | null): void {
  c.name = personAfterTanto(name);
  const tokens = before.split(/[\s\u3000]+/u).filter(Boolean);
  const titles: string[] = [];
  tokens.forEach((tok, i) => {
    if (!c.organization && (isKnown(tok) || looksLikeOrganization(tok) || /^(?:株式会社|一般社団法人|一般財団法人)/u.test(tok))) c.organization = tok;
    // "広報担当：…": the department glued to 担当 reads as one title.
    else titles.push(glued && i === tokens.length - 1 ? `${tok}担当` : tok);
  });
  if (!tokens.length && glued) titles.push('担当');
  c.title = titles.join(' ');
}

function placeText(c: ParsedContact, text: string, isKnown: (t: string) => string | null): void {
  const t = text.replace(/[,;:：]\s*$/u, '').trim();
  if (!t) return;
  // "Rio Verde Water District: Ana Salazar", "Relations médias : Sarah Guillou": the organization (or the
  // job, when its words say so), then the person.
  const prefixed = /^(.{2,60}?)\s*[:：]\s+(.+)$/u.exec(t);
  if (prefixed?.[1] && prefixed[2] && !c.name && looksLikeName(prefixed[2].split(/\s*,\s*/u)[0] ?? '')) {
    const [left, right] = [prefixed[1].trim(), prefixed[2]];
    if (!isOrg(left, isKnown) && TITLE_CUE.test(left)) c.title ||= left;
    else c.organization ||= left;
    placeText(c, right, isKnown);
    return;
  }
  // "Bay Street Communications for Helix Cold Chain": an agency acting for one of the release's organizations.
  const agency = /^(.{2,60}?)\s+(?:for|pour|on behalf of|au nom de)\s+(.+)$/iu.exec(t);
  if (agency?.[2] && !c.organization && c.name && isKnown(agency[2])) {
    c.organization = t;
    return;
  }
  if (!c.organization && isOrg(t, isKnown) && (!c.name || !/,/.test(t) || isKnown(t))) {
    c.organization = isKnown(t) && fold(isKnown(t) ?? '') === fold(t) ? (isKnown(t) as string) : t;
    return;
  }
  if (!c.name && !isLatin(t) && JA_DEPARTMENT.test(t) && !c.title) {
    c.title = t;
    return;
  }
  if (!c.name) {
    // A press desk is a contact without a person ("Relations avec les médias", "Press Office"); a line in
    // Latin letters that reads as no name and no job ("Grand Port maritime de Marseille") is an organization.
    const head = commaPieces(t)[0] ?? t;
    const twoNames = head.split(/\s+(?:and|et|&)\s+/u);
    const pair = twoNames.length === 2 && twoNames.every(looksLikeName);
    if (isLatin(head) && !looksLikeName(head) && !pair) {
      if (TITLE_CUE.test(head) && !c.title) {
        c.title = t;
        return;
      }
      if (!c.organization && head.trim().split(/\s+/u).length >= 2) {
        c.organization = t;
        return;
      }
    }
    // "Jane Doe, Director of Communications, Acme Inc."
    const pieces = commaPieces(t);
    c.name = pieces[0] ?? t;
    if (pieces.length > 1) placeText(c, pieces.slice(1).join(', '), isKnown);
    return;
  }
  if (!c.title) {
    const pieces = commaPieces(t);
    const last = pieces[pieces.length - 1] ?? '';
    // "Communications Director, Lakeshore Robotics": the last piece is the organization when it names
    // one, or when it reads as no job title after words that do.
    const lastIsOrg =
      pieces.length > 1 && !c.organization && (isOrg(last, isKnown) || (/^\p{Lu}/u.test(last) && !TITLE_CUE.test(last) && TITLE_CUE.test(pieces.slice(0, -1).join(' '))));
    if (lastIsOrg) {
      c.title = pieces.slice(0, -1).join(', ');
      c.organization = last;
    } else c.title = t;
    return;
  }
  if (!c.organization) {
    c.organization = t;
    return;
  }
  c.title = `${c.title}, ${t}`;
}

/** Comma-separated pieces, a company form kept with its name ("Helix Cold Chain, Inc." is one piece). */
function commaPieces(t: string): string[] {
  const out: string[] = [];
  for (const p of t.split(/\s*,\s*/u)) {
    if (out.length && /^(?:Inc|Ltd|LLC|LLP|Corp|Co|Ltée|Cie|S\.A|plc|GmbH)\.?$/iu.test(p)) out[out.length - 1] += `, ${p}`;
    else out.push(p);
  }
  return out;
}

/** Particles inside names ("Jean de La Fontaine", "Ingrid van Dijk"). */
const PARTICLE = /^(?:de|du|des|la|le|d['’]\p{L}+|van|von|der|den|da|di|del|della|dos|bin|ibn|al|y)$/iu;

/** Two to five capitalized words (particles aside) with no digits and no job words: a person's name. */
function looksLikeName(s: string): boolean {
  const words = s.trim().split(/\s+/u);
  const named = words.filter((w) => !PARTICLE.test(w));
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    named.length >= 2 &&
    named.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w)) &&
    !TITLE_CUE.test(s) &&
    !ORG_CUE.test(s)
  );
}

function isLatin(s: string): boolean {
  return /\p{Script=Latin}/u.test(s) && !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s);
}

/** The organization said once: "Communications Director, Lakeshore Robotics" over "Lakeshore Robotics" is one title and one organization. */
function tidy(c: ParsedContact, isKnown: (t: string) => string | null): void {
  if (!c.title) return;
  const pieces = c.title.split(/\s*,\s*/u);
  const last = pieces[pieces.length - 1] ?? '';
  if (pieces.length > 1 && (fold(last) === fold(c.organization) || (!c.organization && isKnown(last)))) {
    c.organization ||= last;
    c.title = pieces.slice(0, -1).join(', ');
  } else if (fold(c.title) === fold(c.organization)) c.title = '';
}

/** Name parts long enough to be told apart in an e-mail address ("annie", "cote"). */
function nameParts(name: string): string[] {
  return name
    .split(/[\s'’.-]+/u)
    .map(fold)
    .filter((p) => p.length >= 3);
}

/**
 * Where the reading is unsure which person an address belongs to, say so rather than guess: an e-mail
 * with no name beside it, or one that spells another contact's name and not its own.
 */
function doubts(people: readonly ParsedContact[]): Localized[] {
  const out: Localized[] = [];
  for (const c of people) {
    if (/\s(?:et|and|&|と|・)\s/u.test(c.name) && c.emails.length + c.phones.length > 1) {
      out.push({
        en: `"${c.name}" may be two people sharing one contact: split them in the review if so.`,
        fr: `« ${c.name} » désigne peut-être deux personnes réunies en un contact : séparez-les à la vérification, le cas échéant.`,
      });
    }
    if (c.name && people.some((o) => o !== c && o.name === c.name) && people.find((o) => o.name === c.name) === c) {
      out.push({
        en: `${c.name} was read twice: if it is one person, join the two cards in the review.`,
        fr: `${c.name} a été lu deux fois : s’il s’agit d’une seule personne, réunissez les deux fiches à la vérification.`,
      });
    }
    for (const e of c.emails) {
      const local = fold(e.split('@')[0] ?? '');
      if (!c.name) {
        out.push({
          en: `The e-mail ${e} is not beside any name: check whose it is before writing to it.`,
          fr: `L’adresse ${e} n’est à côté d’aucun nom\u00a0: vérifiez à qui elle appartient avant d’y écrire.`,
        });
        continue;
      }
      const own = nameParts(c.name).some((p) => local.includes(p));
      const other = people.find((o) => o !== c && o.name && nameParts(o.name).some((p) => local.includes(p)) && !nameParts(c.name).some((p) => local.includes(p)));
      // Two addresses on one card, one in this person's name and one in somebody else's ("anika.shah@"):
      // the second is probably another person's, run into this card.
      const personal = /^\p{L}{2,}[._-]\p{L}{2,}$/u.test(e.split('@')[0] ?? '');
      const ownOther = c.emails.some((x) => x !== e && nameParts(c.name).some((p) => fold(x.split('@')[0] ?? '').includes(p)));
      if (!own && !other && personal && ownOther) {
        out.push({
          en: `The e-mail ${e} is on ${c.name}'s card beside an address in ${c.name}'s name: it may be someone else's. Check it before saving.`,
          fr: `L’adresse ${e} figure sur la fiche de ${c.name}, à côté d’une adresse à son nom : elle appartient peut-être à quelqu’un d’autre. Vérifiez-la avant d’enregistrer.`,
        });
      }
      if (!own && other) {
        out.push({
          en: `The e-mail ${e} was read as ${c.name}'s, but it looks like ${other.name}'s: check it before saving.`,
          fr: `L’adresse ${e} a été lue comme celle de ${c.name}, mais elle ressemble à celle de ${other.name}\u00a0: vérifiez-la avant d’enregistrer.`,
        });
      }
    }
  }
  return out;
}
