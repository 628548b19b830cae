import { readableBase } from './file-names.js';
import {
  AppError,
  type Block,
  type Contact,
  type Inline,
  type Kit,
  type Lang,
  type LibraryDocument,
  type Logo,
  type Organization,
  type Release,
  baseLang,
} from '../model/index.js';
import type { CollectionName } from '../model/constants.js';
import { warning, type Warning } from '../model/warnings.js';
import {
  aboutHeading,
  formatDate,
  formatDateline,
  formatTimingLine,
  labelsFor,
  typeset,
  typesetRuns,
} from '../locale/index.js';
import type {
  Boilerplate,
  ImageRef,
  KitContact,
  KitDocument,
  KitSectionDoc,
  PageSize,
  ReleaseSection,
} from './kit-document.js';

/** Turns library entities into a KitDocument: every id resolved, every label written, every text typeset. */

interface Ctx {
  doc: LibraryDocument;
  /** Warnings are read by the officer in the interface's language. */
  uiLang: 'fr' | 'en';
  warnings: Warning[];
  contacts: Map<string, KitContact>;
  logos: Map<string, ImageRef>;
  /** The library id behind each About text and contact written, so a kit prints each once. */
  keys: WeakMap<Boilerplate | KitContact, string>;
}

/**
 * Positions of entities by id, per collection array: a kit names dozens of contacts out of
 * thousands, and a find() over 10,000 contacts for each was most of resolving a kit. Collections
 * are replaced, not changed, when the library changes (immer), so an index lives as long as its
 * array; a position is checked before it is trusted, so an array changed in place is still right.
 */
const POSITIONS = new WeakMap<readonly unknown[], Map<string, number>>();

function byId<T extends { id: string }>(items: readonly T[], id: string): T | undefined {
  let index = POSITIONS.get(items);
  if (!index) {
    const made = new Map<string, number>();
    // The first of two entities with one id wins, as find() does.
    items.forEach((item, n) => {
      if (!made.has(item.id)) made.set(item.id, n);
    });
    POSITIONS.set(items, made);
    index = made;
  }
  const n = index.get(id);
  const hit = n === undefined ? undefined : items[n];
  if (hit?.id === id) return hit;
  POSITIONS.delete(items);
  return items.find((i) => i.id === id);
}


function live<T extends { id: string; deletedAt: string | null }>(
  ctx: Ctx,
  items: readonly T[],
  id: string,
  collection: CollectionName,
): T | undefined {
  const found = byId(items, id);
  if (!found || found.deletedAt) {
    ctx.warnings.push(warning(found ? 'ENTITY_IN_TRASH' : 'ENTITY_MISSING', { collection, id }));
    return undefined;
  }
  return found;
}

export function typesetBlocks(blocks: readonly Block[], lang: Lang): Block[] {
  const runs = (content: readonly Inline[]): Inline[] => {
    // Link texts that are themselves addresses stay untouched: typeset protects them anyway.
    const texts = typesetRuns(
      content.map((i) => i.text),
      lang,
    );
    return content.map((i, n) => ({ ...i, text: texts[n] ?? i.text }));
  };
  return blocks.map((b): Block => {
    switch (b.type) {
      case 'paragraph':
        return { type: 'paragraph', content: runs(b.content) };
      case 'heading':
        return { type: 'heading', level: b.level, content: runs(b.content) };
      case 'list':
        return { type: 'list', ordered: b.ordered, items: b.items.map(runs) };
      case 'quote':
        return b.attribution === undefined
          ? { type: 'quote', content: runs(b.content) }
          : { type: 'quote', content: runs(b.content), attribution: typeset(b.attribution, lang) };
      case 'table':
        return { type: 'table', header: b.header, rows: b.rows.map((row) => row.map(runs)) };
    }
  });
}

/**
 * A title that ends with the organization's name ("Communications Director, Lakeshore Robotics")
 * goes out without it: the card prints the organization on its own line, once (#20). The rest of
 * the title is left exactly as stored.
 */
export function titleWithoutOrganization(title: string, organization: string): string {
  const org = organization.trim();
  if (!org || !title.trim()) return title;
  if (title.trim().toLocaleLowerCase() === org.toLocaleLowerCase()) return '';
  const escaped = org.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const tail = new RegExp(`\\s*(?:,|–|—|-|\\||·|\\bat|\\bchez)\\s+${escaped}\\s*$`, 'iu');
  const kept = title.replace(tail, '');
  return kept.trim() ? kept : title;
}

function kitContact(ctx: Ctx, c: Contact, lang: Lang): KitContact {
  const name = c.name || [c.firstName, c.lastName].filter(Boolean).join(' ');
  const organization = c.organization || orgName(ctx.doc, c.organizationId);
  const kc: KitContact = {
    name,
    // Data, not prose: a title or an organization goes out exactly as stored (issue #21.9).
    title: titleWithoutOrganization(c.title, organization),
    organization,
    emails: [...c.emails],
    phones: [...c.phones],
    lang: c.lang,
  };
  if (!ctx.contacts.has(c.id)) ctx.contacts.set(c.id, kc);
  ctx.keys.set(kc, c.id);
  return kc;
}

function orgName(doc: LibraryDocument, id: string | null): string {
  if (!id) return '';
  return doc.organizations.find((o) => o.id === id && !o.deletedAt)?.name ?? '';
}

function imageRef(ctx: Ctx, logo: Logo, lang: Lang): ImageRef {
  const labels = labelsFor(lang);
  const ref: ImageRef = {
    sha256: logo.file.sha256,
    format: logo.file.format,
    width: logo.file.width,
    height: logo.file.height,
    name: logo.name,
    variant: labels.variants[logo.variant],
    variantKey: logo.variant,
    bytes: logo.file.bytes,
    organization: orgName(ctx.doc, logo.organizationId),
    originalFileName: logo.originalFileName || `${logo.name}.${logo.file.format === 'jpeg' ? 'jpg' : logo.file.format}`,
  };
  if (!ctx.logos.has(logo.id)) ctx.logos.set(logo.id, ref);
  return ref;
}

/** Boilerplates are written per language family; an organization without one in this family is skipped, with a warning. */
function boilerplate(ctx: Ctx, org: Organization, lang: Lang): Boilerplate | undefined {
  const text = org.boilerplates[baseLang(lang)];
  if (!text || !text.trim()) {
    ctx.warnings.push(warning('BOILERPLATE_MISSING', { organization: org.name, lang: baseLang(lang) }));
    return undefined;
  }
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .map((p) => typeset(p, lang));
  // The heading as the organization wrote it (« À propos du Réseau… »), else one built from the name.
  const own = org.aboutHeadings?.[baseLang(lang)];
  const b: Boilerplate = { heading: own ? typeset(own, lang) : typesetAround(aboutHeading(org.name, lang), org.name, lang), paragraphs };
  // The same organization's About in another language is another text (a bilingual kit prints both).
  ctx.keys.set(b, `${org.id}:${baseLang(lang)}`);
  return b;
}

/** Typesets the words of a heading built around a name, and leaves the name as stored. */
function typesetAround(text: string, name: string, lang: Lang): string {
  const at = text.lastIndexOf(name);
  return at < 0 ? typeset(text, lang) : typeset(text.slice(0, at), lang) + name + typeset(text.slice(at + name.length), lang);
}

/** `kitEndMark`: in a kit, the kit's language decides the end mark of every release (one style per kit). */
function releaseSection(ctx: Ctx, release: Release, headerLogos: ImageRef[], kitEndMark?: string): ReleaseSection {
  const lang = release.lang;
  const labels = labelsFor(lang);
  const boilerplates = release.organizationIds
    .map((id) => live(ctx, ctx.doc.organizations, id, 'organizations'))
    .filter((o): o is Organization => o !== undefined)
    .map((o) => boilerplate(ctx, o, lang))
    .filter((b): b is Boilerplate => b !== undefined);
  const contacts = release.contactIds
    .map((id) => live(ctx, ctx.doc.contacts, id, 'contacts'))
    .filter((c): c is Contact => c !== undefined)
    .map((c) => kitContact(ctx, c, lang));
  return {
    type: 'release',
    id: release.id,
    lang,
    label: typeset(release.label.trim() || labels.releaseLabel, lang),
    addressee: typeset(release.addressee.trim() || labels.addressee, lang),
    timingLine: typeset(formatTimingLine(release.timing, lang), lang),
    headline: typeset(release.headline, lang),
    subheadline: typeset(release.subheadline, lang),
    datelineText: formatDateline(release.dateline.city, release.dateline.date, lang),
    dateLine: lang === 'ja' && release.dateline.date ? formatDate(release.dateline.date, lang) : '',
    body: typesetBlocks(release.body, lang),
    notes: release.notes ? { heading: typeset(release.notes.heading, lang), body: typesetBlocks(release.notes.body, lang) } : null,
    boilerplates,
    contactsHeading: labels.contactsHeading,
    contacts,
    contactsElsewhere: '',
    endMark: kitEndMark ?? (release.endMark.trim() || labels.endMark),
    headerLogos,
  };
}

/** `what` in each language: « La trousse média », « Le communiqué ». */
function notFound(what: { en: string; fr: string }, id: string): AppError {
  return new AppError('NOT_FOUND', { en: `${what.en} ${id} was not found in the library.`, fr: `${what.fr} ${id} est introuvable dans la bibliothèque.` }, { id });
}

function newCtx(doc: LibraryDocument, uiLang: 'fr' | 'en' = 'en'): Ctx {
  return { doc, uiLang, warnings: [], contacts: new Map(), logos: new Map(), keys: new WeakMap() };
}

function kitLabels(lang: Lang): KitDocument['labels'] {
  const l = labelsFor(lang);
  const [before = '', between = '', after = ''] = l.page('\u0000', '\u0001').split(/\u0000|\u0001/);
  return { page: { before, between, after }, contents: l.contents, pressKit: l.pressKit };
}

export function resolveKit(doc: LibraryDocument, kitId: string, options: { uiLang?: 'fr' | 'en' } = {}): KitDocument {
  const kit = doc.kits.find((k) => k.id === kitId);
  if (!kit) throw notFound({ en: 'Media kit', fr: 'La trousse média' }, kitId);
  if (kit.deletedAt) {
    throw new AppError(
      'NOT_FOUND',
      { en: `Media kit "${kit.name}" is in the trash.`, fr: `La trousse média «\u00a0${kit.name}\u00a0» est dans la corbeille. Restaurez-la d’abord.` },
      { id: kitId },
    );
  }
  const ctx = newCtx(doc, options.uiLang);
  const lang = kit.lang;
  const labels = labelsFor(lang);
  const coverLogos = kit.cover.logoIds
    .map((id) => live(ctx, doc.logos, id, 'logos'))
    .filter((l): l is Logo => l !== undefined)
    .map((l) => imageRef(ctx, l, lang));
  const sections = printOnce(
    ctx,
    kit.sections.map((s) => kitSection(ctx, kit, s, coverLogos)).filter((s): s is KitSectionDoc => s !== undefined),
    kit.printOnce,
  );
  const title = typeset(kit.name, lang);
  const eventLine = typeset(kit.event.name, lang);
  const dateText = kit.event.date ? formatDate(kit.event.date, lang) : '';
  const subject = [eventLine, dateText, kit.event.location].filter(Boolean).join(' · ');
  const author = coverLogos[0]?.organization || firstReleaseOrg(doc, kit) || '';
  return {
    sourceId: kit.id,
    kind: 'kit',
    lang,
    title,
    slugBase: readableBase([kit.name, kit.event.name, author], `media-kit-${kit.event.date || kit.createdAt.slice(0, 10)}`),
    pageSize: kit.pageSize,
    theme: { ...kit.theme },
    ...(kit.cover.show
      ? {
          cover: {
            title,
            subtitle: typeset(kit.cover.subtitle, lang),
            eventLine,
            dateText,
            location: typeset(kit.event.location, lang),
            kitLabel: labels.pressKit,
            logos: coverLogos,
          },
        }
      : {}),
    sections,
    labels: kitLabels(lang),
    metadata: { title, subject: subject || labels.pressKit, author, lang, keywords: [labels.pressKit] },
    allContacts: [...ctx.contacts.values()],
    allLogos: [...ctx.logos.values()],
    warnings: ctx.warnings,
  };
}

/**
 * A kit prints each About text and each contact once (#16). Where a release page and the kit's own
 * About or Contacts section both carry one, `mode` says which keeps it; the first place in that order
 * wins, so two releases of one organization do not print its About text twice either. A kit section
 * left empty is dropped, and with it its line in the contents. A release whose contacts went to the
 * kit's section says where they are.
 */
function printOnce(ctx: Ctx, sections: KitSectionDoc[], mode: Kit['printOnce'] = 'kit-sections'): KitSectionDoc[] {
  const seen = { about: new Set<string>(), contact: new Set<string>() };
  const firstTime = (kind: 'about' | 'contact', item: Boilerplate | KitContact): boolean => {
    const key = ctx.keys.get(item);
    if (key === undefined) return true;
    if (seen[kind].has(key)) return false;
    seen[kind].add(key);
    return true;
  };
  const out = sections.map((s): KitSectionDoc => ({ ...s }) as KitSectionDoc);
  const isKitSection = (s: KitSectionDoc) => s.type === 'boilerplates' || s.type === 'contacts';
  const order = [...out.filter((s) => isKitSection(s) === (mode === 'kit-sections')), ...out.filter((s) => isKitSection(s) !== (mode === 'kit-sections'))];
  const contactsSection = out.find((s) => s.type === 'contacts');
  const inKitSection = new Set(contactsSection?.type === 'contacts' ? contactsSection.contacts.map((c) => ctx.keys.get(c)) : []);
  for (const s of order) {
    if (s.type === 'boilerplates') s.boilerplates = s.boilerplates.filter((b) => firstTime('about', b));
    else if (s.type === 'contacts') s.contacts = s.contacts.filter((c) => firstTime('contact', c));
    else if (s.type === 'release') {
      s.boilerplates = s.boilerplates.filter((b) => firstTime('about', b));
      const moved = s.contacts.some((c) => inKitSection.has(ctx.keys.get(c)));
      s.contacts = s.contacts.filter((c) => firstTime('contact', c));
      if (!s.contacts.length && moved && contactsSection) s.contactsElsewhere = labelsFor(s.lang).seeSection(contactsSection.title);
    }
  }
  return out.filter((s) => !(s.type === 'boilerplates' && !s.boilerplates.length) && !(s.type === 'contacts' && !s.contacts.length));
}

function firstReleaseOrg(doc: LibraryDocument, kit: Kit): string {
  for (const s of kit.sections) {
    if (s.type !== 'release') continue;
    const rel = doc.releases.find((r) => r.id === s.releaseId && !r.deletedAt);
    const org = rel?.organizationIds[0];
    if (org) return orgName(doc, org);
  }
  return '';
}

function kitSection(ctx: Ctx, kit: Kit, s: Kit['sections'][number], coverLogos: ImageRef[]): KitSectionDoc | undefined {
  const lang = kit.lang;
  const labels = labelsFor(lang);
  switch (s.type) {
    case 'release': {
      const rel = live(ctx, ctx.doc.releases, s.releaseId, 'releases');
      // 以上 closes a Japanese text where a Western end mark would not: it keeps its own.
      const endMark = rel && baseLang(rel.lang) !== 'ja' && baseLang(lang) !== 'ja' ? labels.endMark : undefined;
      return rel ? releaseSection(ctx, rel, coverLogos, endMark) : undefined;
    }
    case 'logos': {
      const logos = s.logoIds
        .map((id) => live(ctx, ctx.doc.logos, id, 'logos'))
        .filter((l): l is Logo => l !== undefined)
        .map((l) => {
          const ref = imageRef(ctx, l, lang);
          return { ...ref, caption: labels.dimensions(ref.format, ref.width, ref.height) };
        });
      return { type: 'logos', id: s.id, lang, title: typeset(s.title || labels.logos, lang), logos };
    }
    case 'contacts': {
      const sheet = live(ctx, ctx.doc.sheets, s.sheetId, 'sheets');
      if (!sheet) return undefined;
      const contacts = sheet.contactIds
        .map((id) => live(ctx, ctx.doc.contacts, id, 'contacts'))
        .filter((c): c is Contact => c !== undefined)
        .map((c) => kitContact(ctx, c, lang));
      return {
        type: 'contacts',
        id: s.id,
        lang,
        // A sheet's name is the officer's own filing label ("Journalistes santé QC"), not a heading for journalists.
        title: typeset(s.title || labels.contacts, lang),
        columns: {
          name: labels.name,
          title: labels.title,
          organization: labels.organization,
          email: labels.email,
          phone: labels.phone,
        },
        contacts,
      };
    }
    case 'boilerplates': {
      const boilerplates = s.organizationIds
        .map((id) => live(ctx, ctx.doc.organizations, id, 'organizations'))
        .filter((o): o is Organization => o !== undefined)
        .map((o) => boilerplate(ctx, o, lang))
        .filter((b): b is Boilerplate => b !== undefined);
      return { type: 'boilerplates', id: s.id, lang, title: typeset(s.title || labels.boilerplates, lang), boilerplates };
    }
    case 'text':
      return { type: 'text', id: s.id, lang, title: typeset(s.title, lang), body: typesetBlocks(s.body, lang) };
  }
}

export function resolveRelease(
  doc: LibraryDocument,
  releaseId: string,
  options: { pageSize?: PageSize; logoIds?: string[]; uiLang?: 'fr' | 'en' } = {},
): KitDocument {
  const release = doc.releases.find((r) => r.id === releaseId);
  if (!release) throw notFound({ en: 'Release', fr: 'Le communiqué' }, releaseId);
  if (release.deletedAt) {
    throw new AppError(
      'NOT_FOUND',
      { en: `Release "${release.headline}" is in the trash.`, fr: `Le communiqué «\u00a0${release.headline}\u00a0» est dans la corbeille. Restaurez-le d’abord.` },
      { id: releaseId },
    );
  }
  const ctx = newCtx(doc, options.uiLang);
  const lang = release.lang;
  // A release alone carries its organizations' primary logos in its header.
  const logoIds =
    options.logoIds ??
    release.organizationIds.flatMap((orgId) => {
      const logos = doc.logos.filter((l) => l.organizationId === orgId && !l.deletedAt);
      const best = logos.find((l) => l.variant === 'primary') ?? logos.find((l) => l.variant === 'horizontal') ?? logos[0];
      return best ? [best.id] : [];
    });
  const headerLogos = logoIds
    .map((id) => live(ctx, doc.logos, id, 'logos'))
    .filter((l): l is Logo => l !== undefined)
    .map((l) => imageRef(ctx, l, lang));
  const section = releaseSection(ctx, release, headerLogos);
  const pageSize: PageSize = options.pageSize ?? (lang === 'en-US' || lang === 'fr-CA' ? 'letter' : 'a4');
  const author = release.organizationIds.map((id) => orgName(doc, id)).find(Boolean) ?? '';
  return {
    sourceId: release.id,
    kind: 'release',
    lang,
    title: section.headline || section.label,
    slugBase: readableBase(
      [release.headline, ...release.organizationIds.map((id) => orgName(doc, id)), section.label],
      `press-release-${release.dateline.date || release.createdAt.slice(0, 10)}`,
    ),
    pageSize,
    theme: { accent: '#1f4e79', font: 'sans' },
    sections: [section],
    labels: kitLabels(lang),
    metadata: {
      title: section.headline || section.label,
      subject: [section.label, section.subheadline].filter(Boolean).join(' – '),
      author,
      lang,
      keywords: [section.label],
    },
    allContacts: [...ctx.contacts.values()],
    allLogos: [...ctx.logos.values()],
    warnings: ctx.warnings,
  };
}
