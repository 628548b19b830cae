import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../../electron/library/library.js';
import { createContext } from '../../../electron/host/context.js';
import { planOutreach } from '../../../electron/outreach/index.js';
import { call } from '../../helpers/api.js';
import { tempDir } from '../../helpers/temp-dir.js';

const NOW = new Date('2030-05-01T14:00:00Z');
const open: { lib: Library; ctx: ReturnType<typeof createContext> }[] = [];
afterEach(async () => {
  while (open.length) {
    const o = open.pop()!;
    await o.ctx.dispose();
    await o.lib.close();
  }
});

async function library() {
  const lib = await Library.open(await tempDir());
  const ctx = createContext(lib, 'cli');
  open.push({ lib, ctx });
  return { lib, ctx };
}

function greetingOf(text: string): string {
  return text.split('\n').find((l) => l.trim()) ?? '';
}

describe('greetings use the given name (contacts have given and family names)', () => {
  it('“Bonjour Marie,” from a full name typed in once; “Dear Ms Tremblay,” where the template asks; 田中様 in Japanese', async () => {
    const { lib, ctx } = await library();
    // Typed in as one full name: split once on creation.
    const marie = await call(ctx, 'contacts.create', { data: { name: 'Marie Tremblay', emails: ['m.tremblay@ledevoir.example'] } });
    expect(marie).toMatchObject({ firstName: 'Marie', lastName: 'Tremblay' });
    const tanaka = await call(ctx, 'contacts.create', { data: { name: '田中 太郎', emails: ['tanaka@nikkan.example.jp'], lang: 'ja' } });
    expect(tanaka).toMatchObject({ firstName: '太郎', lastName: '田中' });
    const sheet = await call(ctx, 'sheets.create', { data: { name: 'Médias', contactIds: [marie.id] } });
    const fr = await call(ctx, 'kits.create', { data: { name: 'Portes ouvertes', lang: 'fr-CA' } });
    const plan = (kitId: string, sheetId: string, body?: string) =>
      planOutreach(lib.doc, { kitId, sheetId, mode: 'per-recipient', ...(body ? { body } : {}) }, [], { now: NOW, uiLang: 'fr' });

    expect(greetingOf(plan(fr.id, sheet.id).drafts[0]!.text)).toBe('Bonjour Marie,');

    // The officer corrects the split by hand and gives the honorific; a formal template addresses her by it.
    await call(ctx, 'contacts.update', { id: marie.id, patch: { honorific: 'Ms' } });
    const en = await call(ctx, 'kits.create', { data: { name: 'Open house', lang: 'en-GB' } });
    expect(greetingOf(plan(en.id, sheet.id, 'Dear {{formalName}},\n\nPlease find attached…').drafts[0]!.text)).toBe('Dear Ms Tremblay,');
    // Without an honorific, the formal greeting uses the full name rather than a bare family name.
    await call(ctx, 'contacts.update', { id: marie.id, patch: { honorific: '' } });
    expect(greetingOf(plan(en.id, sheet.id, 'Dear {{formalName}},\n\nPlease find attached…').drafts[0]!.text)).toBe('Dear Marie Tremblay,');

    const ja = await call(ctx, 'kits.create', { data: { name: '京都説明会', lang: 'ja' } });
    const jaSheet = await call(ctx, 'sheets.create', { data: { name: '日本のメディア', contactIds: [tanaka.id] } });
    expect(plan(ja.id, jaSheet.id).drafts[0]!.text).toMatch(/^田中様$/m);
  });

  it('a new full name is split again only while the names are still the automatic split', async () => {
    const { ctx } = await library();
    const c = await call(ctx, 'contacts.create', { data: { name: 'Jean Roy' } });
    const renamed = await call(ctx, 'contacts.update', { id: c.id, patch: { name: 'Jean-Luc Roy' } });
    expect(renamed).toMatchObject({ firstName: 'Jean-Luc', lastName: 'Roy' });
    // Corrected by hand: a later change of the full name leaves the hand-made names alone.
    await call(ctx, 'contacts.update', { id: c.id, patch: { firstName: 'J.-Luc', lastName: 'Roy' } });
    const again = await call(ctx, 'contacts.update', { id: c.id, patch: { name: 'Jean-Luc Roy-Gagné' } });
    expect(again).toMatchObject({ firstName: 'J.-Luc', lastName: 'Roy' });
  });
});

describe('the sheet of a release’s contact block', () => {
  it('follows the release’s headline until the officer renames it', async () => {
    const { ctx } = await library();
    const person = await call(ctx, 'contacts.create', { data: { name: 'Karine Dubé', emails: ['k.dube@bioalliance.example'] } });
    const release = await call(ctx, 'releases.create', { data: { lang: 'fr-CA', headline: 'Première annonce', contactIds: [person.id] } });
    const sheet = await call(ctx, 'sheets.create', {
      data: { name: 'Relations médias – Première annonce', contactIds: [person.id], role: 'spokespeople', releaseId: release.id, nameFollowsRelease: true },
    });
    await call(ctx, 'releases.update', { id: release.id, patch: { headline: 'Bioalliance annonce trois projets' } });
    expect((await call(ctx, 'sheets.get', { id: sheet.id })).name).toBe('Relations médias – Bioalliance annonce trois projets');
    await call(ctx, 'sheets.update', { id: sheet.id, patch: { name: 'Porte-parole Bioalliance' } });
    await call(ctx, 'releases.update', { id: release.id, patch: { headline: 'Bioalliance annonce quatre projets' } });
    const kept = await call(ctx, 'sheets.get', { id: sheet.id });
    expect(kept).toMatchObject({ name: 'Porte-parole Bioalliance', nameFollowsRelease: false, role: 'spokespeople' });
  });
});
