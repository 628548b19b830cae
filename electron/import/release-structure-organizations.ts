import type { Localized } from '../model/errors.js';
import type { Block } from '../model/index.js';
import { paragraphText, type RawOrganization } from './release-structure-tail.js';

export interface Organizations {
  organizations: { name: string; heading: string; boilerplate: string }[];
  /** Paragraphs of sections that named no organization: they go back to the body. */
  stray: Block[];
  warnings: Localized[];
}

/** Organizations phase: names settled (Japanese 会社概要 sections name the company inside), boilerplates joined. */
export function settleOrganizations(found: readonly RawOrganization[]): Organizations {
  const out: Organizations = { organizations: [], stray: [], warnings: [] };
  for (const raw of found) {
    const org = nameFromInside(raw);
    if (!org.name) {
      out.warnings.push({
        en: 'An "About" section without an organization name was dropped into the body.',
        fr: 'Une section «\u00a0À propos\u00a0» sans nom d’organisation a été versée dans le texte.',
      });
      for (const p of org.paragraphs) out.stray.push({ type: 'paragraph', content: [{ text: p }] });
      continue;
    }
    out.organizations.push({ name: org.name, heading: org.heading, boilerplate: org.paragraphs.filter(Boolean).join('\n\n') });
  }
  return out;
}

/** "会社名：株式会社…" inside a 会社概要 section, or a short first line, names the company. */
function nameFromInside(org: RawOrganization): RawOrganization {
  if (org.name) return org;
  const all = org.paragraphs.flatMap((p) => p.split('\n'));
  let name = '';
  const idx = all.findIndex((l) => /^(?:会社名|社名|商号|名称|団体名|法人名)\s*[:：]/u.test(l));
  if (idx >= 0) {
    name = (all[idx] ?? '').replace(/^[^:：]+[:：]\s*/u, '').trim();
    all.splice(idx, 1);
  } else if (all[0] && all[0].length <= 60) {
    name = all.shift() as string;
  }
  return { name, heading: org.heading, paragraphs: all.length ? [paragraphText(all)] : [] };
}
