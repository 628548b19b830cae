import { cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { Library } from '../../electron/library/library.js';
import type { Block, Inline } from '../../electron/model/blocks.js';
import type { Lang } from '../../electron/model/common.js';
import type { Contact, ContactSheet, Kit, Logo, Organization, Release } from '../../electron/model/entities.js';
import { Rng } from './rng.js';
import {
  BOILERPLATE, CITIES, HEADINGS, LIST_ITEMS, OUTLETS, QUOTES, TAGS, TITLES,
  headline, orgName, person, sentence, subheadline, type Family,
} from './corpus.js';

export const SCALES = {
  small: { releases: 50, contacts: 500, logos: 20 },
  target: { releases: 2_000, contacts: 10_000, logos: 500 },
  stress: { releases: 10_000, contacts: 100_000, logos: 2_000 },
} as const;
export type ScaleName = keyof typeof SCALES;
export interface Scale {
  releases: number;
  contacts: number;
  logos: number;
}

export interface Generated {
  dir: string;
  counts: Scale & { organizations: number; sheets: number; kits: number };
  /** One release of each language family, for the single-release exports. */
  releaseIds: Record<Family, string>;
  /** The first 100 releases, for the CLI's batch export (`export release ID… --format docx`). */
  batchIds: string[];
  /** A kit of five releases with a logo sheet and a contact sheet. */
  kitId: string;
  seconds: number;
}

const LANGS: readonly Lang[] = ['fr-CA', 'fr-FR', 'en-US', 'en-GB', 'ja'];
const family = (lang: Lang): Family => lang.slice(0, 2) as Family;
const BATCH = 100;
const BASE = Date.UTC(2024, 0, 8, 14, 0, 0);

function iso(rng: Rng): string {
  return new Date(BASE + rng.int(0, 700) * 86_400_000 + rng.int(0, 86_399) * 1000).toISOString();
}

function paragraph(rng: Rng, fam: Family, org: string, site: string): Inline[] {
  const out: Inline[] = [];
  const n = rng.int(2, 4);
  for (let i = 0; i < n; i++) {
    const sep = fam === 'ja' || i === 0 ? '' : ' ';
    if (i === 1 && rng.chance(0.5)) {
      out.push({ text: sep + (fam === 'ja' ? '詳細は' : fam === 'fr' ? 'Détails sur ' : 'Details at ') });
      out.push({ text: site.replace(/^https:\/\//, ''), href: site });
      out.push({ text: fam === 'ja' ? 'をご覧ください。' : '.' });
      continue;
    }
    if (i === 0 && rng.chance(0.4)) out.push({ text: org, bold: true }, { text: fam === 'ja' ? 'は、' : ' — ' });
    out.push({ text: sep + sentence(rng, fam) });
  }
  return out;
}

export function releaseBody(rng: Rng, fam: Family, org: string, site: string): Block[] {
  const body: Block[] = [];
  body.push({ type: 'paragraph', content: paragraph(rng, fam, org, site) });
  body.push({ type: 'paragraph', content: paragraph(rng, fam, org, site) });
  body.push({ type: 'heading', level: 2, content: [{ text: rng.pick(HEADINGS[fam]) }] });
  body.push({ type: 'list', ordered: rng.chance(0.5), items: rng.some(LIST_ITEMS[fam], rng.int(3, 5)).map((t) => [{ text: t }]) });
  const q = person(rng, fam);
  body.push({ type: 'quote', content: [{ text: rng.pick(QUOTES[fam]) }], attribution: `${q.first} ${q.last}, ${org}` });
  for (let i = rng.int(1, 4); i > 0; i--) body.push({ type: 'paragraph', content: paragraph(rng, fam, org, site) });
  return body;
}

function svgLogo(rng: Rng, name: string, width: number, height: number): string {
  const color = `#${rng.hex(6)}`;
  const accent = `#${rng.hex(6)}`;
  const initials = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).slice(0, 3).map((w) => w[0]).join('') || 'MK';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="#ffffff"/><circle cx="${height / 2}" cy="${height / 2}" r="${height / 2 - 4}" fill="${color}"/>` +
    `<path d="M${height * 0.3} ${height * 0.7} L${height / 2} ${height * 0.25} L${height * 0.7} ${height * 0.7} Z" fill="${accent}"/>` +
    `<text x="${height + 10}" y="${height * 0.62}" font-family="sans-serif" font-size="${Math.round(height * 0.38)}" fill="${color}">${initials}</text></svg>`;
}

/**
 * Writes a library of the given size into `dir` (which must not hold one yet): organizations with
 * FR/EN/JA boilerplates, releases in five locales with headings, lists, quotes and links, contacts
 * with unique e-mails, logos as real PNG (rendered by sharp) and SVG files stored by hash through
 * the library, contact sheets and kits. Same seed, same library.
 */
export async function generateLibrary(dir: string, scale: Scale, seed = 20251126): Promise<Generated> {
  const started = performance.now();
  const rng = new Rng(seed);
  const library = await Library.open(dir, { app: 'the benchmark generator' });
  try {
    const orgCount = Math.max(5, Math.round(scale.releases / 40));
    const organizations: Organization[] = [];
    for (let i = 0; i < orgCount; i++) {
      const name = orgName(rng, i);
      const slug = name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      const at = iso(rng);
      organizations.push({
        id: rng.id('org'), createdAt: at, updatedAt: at, deletedAt: null, name, shortName: '',
        website: `https://www.${slug}.example.org`,
        boilerplates: { fr: BOILERPLATE.fr(name), en: BOILERPLATE.en(name), ja: BOILERPLATE.ja(name) },
      });
    }

    const contacts: Contact[] = [];
    for (let i = 0; i < scale.contacts; i++) {
      const fam = rng.pick<Family>(['fr', 'fr', 'en', 'en', 'ja']);
      const p = person(rng, fam);
      const outlet = rng.pick(OUTLETS);
      const domain = outlet.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]+/g, '') || 'media';
      const at = iso(rng);
      const name = fam === 'ja' ? `${p.last} ${p.first}` : `${p.first} ${p.last}`;
      contacts.push({
        id: rng.id('ctc'), createdAt: at, updatedAt: at, deletedAt: null,
        name, firstName: p.first, lastName: p.last, honorific: '', title: rng.pick(TITLES[fam]), organization: outlet, organizationId: null,
        emails: [`${p.ascii}.${i}@${domain}.example.com`],
        phones: [fam === 'fr' ? `514 555-${String(rng.int(0, 9999)).padStart(4, '0')}` : fam === 'en' ? `+1 416 555 ${String(rng.int(0, 9999)).padStart(4, '0')}` : `03-5555-${String(rng.int(0, 9999)).padStart(4, '0')}`],
        lang: fam === 'fr' ? rng.pick<Lang>(['fr-CA', 'fr-FR']) : fam === 'en' ? rng.pick<Lang>(['en-US', 'en-GB']) : 'ja',
        notes: rng.chance(0.2) ? (fam === 'fr' ? 'Préfère les courriels aux appels.' : fam === 'en' ? 'Prefers e-mail, not calls.' : '電話よりメールを希望。') : '',
        tags: rng.some(['médias', 'press', 'national', 'régional', 'tech', 'culture', 'business'], rng.int(0, 2)),
        optedOut: rng.chance(0.02),
      });
    }

    const logos: Logo[] = [];
    for (let i = 0; i < scale.logos; i++) {
      const org = organizations[i % organizations.length]!;
      const width = rng.pick([240, 320, 400]);
      const height = rng.pick([80, 100, 120]);
      const svg = svgLogo(rng, `${org.name} ${i}`, width, height);
      const png = i % 2 === 0;
      const bytes = png ? new Uint8Array(await sharp(Buffer.from(svg)).png().toBuffer()) : new TextEncoder().encode(svg);
      const sha256 = await library.putFile(bytes);
      const at = iso(rng);
      const variant = rng.pick(['primary', 'horizontal', 'monochrome', 'reversed', 'icon'] as const);
      logos.push({
        id: rng.id('logo'), createdAt: at, updatedAt: at, deletedAt: null, organizationId: org.id,
        name: `${org.name} — ${variant}`, variant,
        file: { sha256, format: png ? 'png' : 'svg', bytes: bytes.byteLength, width, height },
        thumbnailSha256: null, background: 'light', usageNotes: '', originalFileName: `logo-${i}.${png ? 'png' : 'svg'}`,
      });
    }

    const releases: Release[] = [];
    const releaseIds: Partial<Record<Family, string>> = {};
    for (let i = 0; i < scale.releases; i++) {
      const lang = LANGS[i % LANGS.length]!;
      const fam = family(lang);
      const org = organizations[rng.int(0, organizations.length - 1)]!;
      const at = iso(rng);
      const date = at.slice(0, 10);
      const id = rng.id('rel');
      releaseIds[fam] ??= id;
      releases.push({
        id, createdAt: at, updatedAt: at, deletedAt: null, lang,
        label: fam === 'fr' ? 'COMMUNIQUÉ DE PRESSE' : fam === 'en' ? 'NEWS RELEASE' : 'プレスリリース',
        timing: rng.chance(0.15) ? { kind: 'embargo', until: `${date}T09:00:00-05:00`, zone: 'America/Toronto' } : { kind: 'immediate' },
        headline: headline(rng, fam, org.name), subheadline: subheadline(rng, fam),
        dateline: { city: rng.pick(CITIES[fam]), date },
        body: releaseBody(rng, fam, org.name, org.website), addressee: fam === 'ja' ? '報道関係者各位' : '', notes: null,
        organizationIds: [org.id], contactIds: [contacts[rng.int(0, contacts.length - 1)]!.id],
        endMark: fam === 'fr' ? '-30-' : fam === 'en' ? '-30-' : '以上',
        status: rng.pick(['draft', 'in-review', 'approved', 'published', 'published', 'archived'] as const),
        tags: rng.some(TAGS, rng.int(1, 3)), translationGroup: null, source: null,
        history: [{ at, event: 'created', detail: '' }],
      });
    }

    const sheets: ContactSheet[] = [];
    for (let i = 0; i < Math.max(2, Math.round(scale.contacts / 1000)); i++) {
      const at = iso(rng);
      sheets.push({
        id: rng.id('sht'), createdAt: at, updatedAt: at, deletedAt: null,
        name: `${rng.pick(['Médias nationaux', 'Presse régionale', 'Tech press', '日本のメディア'])} ${i + 1}`, description: '',
        contactIds: rng.some(contacts, Math.min(25, contacts.length)).map((c) => c.id),
        role: 'media', releaseId: null, nameFollowsRelease: false,
      });
    }

    const kits: Kit[] = [];
    const kitReleases = releases.filter((r) => r.lang === 'fr-CA').slice(0, 3).concat(releases.filter((r) => r.lang === 'en-US').slice(0, 2));
    const kitLogos = logos.slice(0, 4).map((l) => l.id);
    const kitId = rng.id('kit');
    const kitAt = iso(rng);
    kits.push({
      id: kitId, createdAt: kitAt, updatedAt: kitAt, deletedAt: null, name: 'Mission Québec–Japon 2025', lang: 'fr-CA', pageSize: 'letter',
      event: { name: 'Mission économique Québec–Japon', date: '2025-06-12', location: 'Tokyo' },
      cover: { show: true, logoIds: kitLogos.slice(0, 2), subtitle: 'Trousse média' },
      sections: [
        ...kitReleases.map((r) => ({ id: rng.id('sec'), type: 'release' as const, releaseId: r.id })),
        { id: rng.id('sec'), type: 'logos' as const, title: '', logoIds: kitLogos },
        { id: rng.id('sec'), type: 'contacts' as const, title: '', sheetId: sheets[0]!.id },
      ],
      theme: { accent: '#1f4e79', font: 'sans' },
      outreach: { templates: {}, log: [] },
    });

    await library.mutate((draft) => {
      draft.organizations = organizations;
      draft.contacts = contacts;
      draft.logos = logos;
      draft.releases = releases;
      draft.sheets = sheets;
      draft.kits = kits;
    });
    return {
      dir,
      counts: { ...scale, organizations: organizations.length, sheets: sheets.length, kits: kits.length },
      releaseIds: releaseIds as Record<Family, string>,
      batchIds: releases.slice(0, BATCH).map((r) => r.id),
      kitId,
      seconds: (performance.now() - started) / 1000,
    };
  } finally {
    await library.close();
  }
}

/** A library generated earlier (`--keep`), copied so the measures never change the original. */
export async function reuseLibrary(from: string, dir: string): Promise<Generated> {
  const started = performance.now();
  await cp(from, dir, { recursive: true });
  await rm(path.join(dir, '.lock'), { force: true });
  const doc = JSON.parse(await readFile(path.join(dir, 'library.json'), 'utf8')) as {
    releases: { id: string; lang: Lang }[]; contacts: unknown[]; logos: unknown[]; organizations: unknown[]; sheets: unknown[]; kits: { id: string }[];
  };
  const releaseIds: Partial<Record<Family, string>> = {};
  for (const r of doc.releases) releaseIds[family(r.lang)] ??= r.id;
  return {
    dir,
    counts: { releases: doc.releases.length, contacts: doc.contacts.length, logos: doc.logos.length, organizations: doc.organizations.length, sheets: doc.sheets.length, kits: doc.kits.length },
    releaseIds: releaseIds as Record<Family, string>,
    batchIds: doc.releases.slice(0, BATCH).map((r) => r.id),
    kitId: doc.kits[0]!.id,
    seconds: (performance.now() - started) / 1000,
  };
}
