import type { Localized } from '../model/errors.js';
import { emailsIn } from './email.js';

export interface ParsedContact {
  name: string;
  title: string;
  organization: string;
  emails: string[];
  phones: string[];
}

const PHONE_LABEL =
  /^(?:t[ée]l[ée]phone|t[ée]l|phone|cellulaire|cell|mobile|portable|bureau|office phone|office|direct|fax|電話番号|電話|携帯|ＴＥＬ|[tpmcdo](?![\p{L}]))\.?\s*(?:\([^)]*\))?\s*[:：.]?\s*/iu;
const EMAIL_LABEL = /^(?:e-?mail|courriel|mail|adresse [ée]lectronique|メール(?:アドレス)?|Ｅ-?ｍａｉｌ)\s*[:：.]?\s*/iu;
const PHONE = /^\+?\(?\d[\d\s().\-–/]{5,}\d(?:\s*(?:ext\.?|poste|p\.|x|内線)\s*\d+)?$/iu;
/** Words that name an organization rather than a person or a job. */
const ORG_CUE =
  /株式会社|有限会社|合同会社|財団|協会|大学|本部|機構|\b(?:Inc|Ltd|LLC|LLP|plc|GmbH|S\.?A\.?S?|SARL|Corp|Corporation|Company|Group|Groupe|Ltée|Limited|University|Université|Institute|Institut|Foundation|Fondation|Association|Agency|Agence|Ministry|Ministère|Bureau|Council|Conseil|Headquarters|Laboratories|Therapeutics|Biosciences|Genomics|Technologies)\b/iu;

export function looksLikeOrganization(s: string): boolean {
  return ORG_CUE.test(s);
}

function phoneOf(part: string): string | null {
  const stripped = part.replace(PHONE_LABEL, '').trim();
  const normalized = stripped.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[－ー]/g, '-');
  if (PHONE.test(normalized) && (normalized.match(/\d/g)?.length ?? 0) >= 7) return normalized;
  return null;
}

/**
 * One fact per line, as contact blocks are written: name, then title, then organization, then
 * e-mail and phone lines. A text line after an e-mail or a phone starts the next person.
 */
export function parseContactLines(lines: readonly string[][], warnings: Localized[]): ParsedContact[] {
  const contacts: ParsedContact[] = [];
  let cur: ParsedContact | null = null;
  const fresh = (): ParsedContact => {
    const c: ParsedContact = { name: '', title: '', organization: '', emails: [], phones: [] };
    contacts.push(c);
    return c;
  };
  for (const group of lines) {
    for (const raw of group) {
      const line = raw.trim();
      if (!line) continue;
      // A line carrying an e-mail or a phone is a list of facts: split it more eagerly ("Jane Doe, jane@acme.com, 555-0100").
      const facts = /@/.test(line) || /\+?\(?\d[\d\s().-]{6,}\d/.test(line);
      const separators = facts ? /\s+[|•·／/–—-]\s+|\t+|\s{3,}|[;；]\s*|,\s+|\s+[,，]\s*/u : /\s+[|•·／]\s+|\t+|\s{3,}|[;；]\s*/u;
      const parts = line.split(separators).map((p) => p.trim()).filter(Boolean);
      const texts: string[] = [];
      let reached = false;
      for (const part of parts) {
        const emails = EMAIL_LABEL.test(part) || part.includes('@') ? emailsIn(part) : [];
        if (emails.length) {
          cur ??= fresh();
          for (const e of emails) if (!cur.emails.includes(e)) cur.emails.push(e);
          reached = true;
          continue;
        }
        const phone = phoneOf(part);
        if (phone) {
          cur ??= fresh();
          cur.phones.push(phone);
          reached = true;
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
      if (!texts.length) continue;
      if (reached) {
        // "Jane Doe, jane@acme.com" on one line: the text belongs to the same person.
        for (const t of texts) placeText(cur ??= fresh(), t);
        continue;
      }
      for (const t of texts) {
        if (!cur || cur.emails.length || cur.phones.length) cur = fresh();
        placeText(cur, t);
      }
    }
  }
  return contacts.filter((c) => {
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
}

function placeText(c: ParsedContact, text: string): void {
  const t = text.replace(/[,;:：]\s*$/u, '').trim();
  if (!t) return;
  if (!c.name) {
    if (looksLikeOrganization(t) && !c.organization && !/,/.test(t)) {
      c.organization = t;
      return;
    }
    // "Jane Doe, Director of Communications, Acme Inc."
    const pieces = t.split(/\s*,\s*/u);
    c.name = pieces[0] ?? t;
    if (pieces.length > 1) placeText(c, pieces.slice(1).join(', '));
    return;
  }
  if (!c.title) {
    const pieces = t.split(/\s*,\s*/u);
    const last = pieces[pieces.length - 1] ?? '';
    if (pieces.length > 1 && looksLikeOrganization(last) && !c.organization) {
      c.title = pieces.slice(0, -1).join(', ');
      c.organization = last;
    } else if (looksLikeOrganization(t) && !c.organization) c.organization = t;
    else c.title = t;
    return;
  }
  if (!c.organization) {
    c.organization = t;
    return;
  }
  c.title = `${c.title}, ${t}`;
}
