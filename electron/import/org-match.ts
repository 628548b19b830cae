import type { LibraryDocument, Organization } from '../model/index.js';
import { newId } from '../model/index.js';
import { Organization as OrganizationSchema } from '../model/index.js';
import { foldKey } from '../model/fold.js';

const LEGAL_SUFFIX =
  /\b(?:inc|incorporated|ltd|limited|llc|llp|plc|gmbh|sas|sa|sarl|corp|corporation|co|ltee|ltée|kk)\.?$/iu;

/** Names compared without case, accents, punctuation or legal suffix: "Acme Inc." is "ACME". */
export function orgKey(name: string): string {
  let s = foldKey(name).trim();
  s = s.replace(/^株式会社|株式会社$/u, '').replace(/[,.]/g, ' ').trim();
  for (let i = 0; i < 2; i++) s = s.replace(LEGAL_SUFFIX, '').trim();
  return s.replace(/^(?:the|la|le|les|l')\s+/u, '').replace(/[^\p{L}\p{N}]/gu, '');
}

export function findOrganization(draft: LibraryDocument, name: string): Organization | undefined {
  const key = orgKey(name);
  if (!key) return undefined;
  return draft.organizations.find((o) => !o.deletedAt && orgKey(o.name) === key);
}

export function findOrCreateOrganization(draft: LibraryDocument, name: string, now: string): { org: Organization; created: boolean } {
  const found = findOrganization(draft, name);
  if (found) return { org: found, created: false };
  const org = OrganizationSchema.parse({ id: newId('organization'), createdAt: now, updatedAt: now, name: name.trim() });
  draft.organizations.push(org);
  return { org, created: true };
}
