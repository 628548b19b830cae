import type { Localized } from '../model/errors.js';
import {
  baseLang,
  ContactSheet,
  newId,
  Release as ReleaseSchema,
  type LibraryDocument,
  type Release,
} from '../model/index.js';
import { spokespeopleSheetName } from '../locale/labels.js';
import { upsertContact } from './apply-contacts.js';
import { isJapaneseName, splitName } from './contact-draft.js';
import { aboutHeading } from '../locale/labels.js';
import { findOrCreateOrganization, findOrganization } from './org-match.js';
import type { ImportedRelease } from './release-structure.js';

export interface ApplyReleaseOptions {
  now: string;
  source?: { fileName: string; sha256: string } | undefined;
  /** Collects what the officer should know (a boilerplate that was not overwritten…). */
  warnings?: Localized[] | undefined;
}

function sameText(a: string, b: string): boolean {
  const n = (s: string): string => s.replace(/\s+/g, ' ').trim();
  return n(a) === n(b);
}

/**
 * Writes an imported release into a draft library (the store's `mutate` gives the draft): organizations
 * matched by name or created with their boilerplate, contacts matched by e-mail or created, a contact
 * sheet for the release, and the release itself.
 */
export function applyReleaseImport(draft: LibraryDocument, imported: ImportedRelease, options: ApplyReleaseOptions): Release {
  const { now } = options;
  const warnings = options.warnings ?? [];
  const r = imported.release;
  const base = baseLang(r.lang);

  const organizationIds: string[] = [];
  for (const o of imported.organizations) {
    const { org, created } = findOrCreateOrganization(draft, o.name, now);
    const existing = org.boilerplates[base];
    if (o.boilerplate) {
      if (!existing) {
        org.boilerplates = { ...org.boilerplates, [base]: o.boilerplate };
        if (!created) org.updatedAt = now;
      } else if (!sameText(existing, o.boilerplate)) {
        warnings.push({
          en: `${org.name}: the library already has a different "${base}" boilerplate; it was kept and the one in the release was not saved.`,
          fr: `${org.name}\u00a0: la bibliothèque a déjà un texte «\u00a0À propos\u00a0» différent en «\u00a0${base}\u00a0»; il a été conservé et celui du communiqué n’a pas été enregistré.`,
        });
      }
    }
    // The About line as written keeps its article (« À propos du Réseau… », "About the …"); kept only
    // where the name alone would not give it back, and never over one the officer already set.
    const heading = o.heading.trim();
    if (heading && heading.includes(org.name) && heading !== aboutHeading(org.name, r.lang) && !org.aboutHeadings?.[base]) {
      org.aboutHeadings = { ...org.aboutHeadings, [base]: heading };
      if (!created) org.updatedAt = now;
    }
    if (!organizationIds.includes(org.id)) organizationIds.push(org.id);
  }

  const contactIds: string[] = [];
  for (const c of imported.contacts) {
    const japanese = isJapaneseName(c.name);
    const { contact } = upsertContact(
      draft,
      {
        name: c.name,
        ...splitName(c.name, japanese),
        honorific: '',
        title: c.title,
        organization: c.organization,
        emails: c.emails,
        phones: c.phones,
        lang: r.lang,
        notes: '',
        tags: [],
      },
      now,
    );
    if (!contact.organizationId && contact.organization) contact.organizationId = findOrganization(draft, contact.organization)?.id ?? null;
    if (!contactIds.includes(contact.id)) contactIds.push(contact.id);
  }

  const release = ReleaseSchema.parse({
    id: newId('release'),
    createdAt: now,
    updatedAt: now,
    lang: r.lang,
    label: r.label,
    timing: r.timing,
    headline: r.headline,
    subheadline: r.subheadline,
    dateline: r.dateline,
    body: r.body,
    addressee: r.addressee,
    notes: r.notes,
    organizationIds,
    contactIds,
    endMark: r.endMark,
    source: options.source ?? null,
    history: [{ at: now, event: 'imported', detail: options.source?.fileName ?? '' }],
  });
  draft.releases.push(release);

  if (contactIds.length) {
    draft.sheets.push(
      ContactSheet.parse({
        id: newId('sheet'),
        createdAt: now,
        updatedAt: now,
        // The issuer's own people, not a media list: marked so outreach never proposes them as recipients.
        name: spokespeopleSheetName(release.lang, release.headline, options.source?.fileName),
        description: options.source ? options.source.fileName : '',
        contactIds,
        role: 'spokespeople',
        releaseId: release.id,
        nameFollowsRelease: true,
      }),
    );
  }
  return release;
}
