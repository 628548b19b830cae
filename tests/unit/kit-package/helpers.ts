import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createContext } from '../../../electron/host/context.js';
import { Library } from '../../../electron/library/library.js';
import { call } from '../../helpers/api.js';
import { tempDir } from '../../helpers/temp-dir.js';

export const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A real library in a temp folder, with the API context a door gives. */
export async function openLibrary(name: string) {
  const dir = await tempDir(`mediakit-mkit-${name}-`);
  const library = await Library.open(dir, { app: `mkit test ${name}` });
  const ctx = createContext(library, 'cli');
  return { dir, library, ctx };
}

/** The sample library of the first run, its kit given outreach templates, a log and private notes that must stay home. */
export async function sampleLibrary() {
  const a = await openLibrary('sender');
  await call(a.ctx, 'sample.load', {});
  const kit = a.library.doc.kits[0]!;
  await call(a.ctx, 'kits.update', {
    id: kit.id,
    patch: {
      outreach: {
        templates: { fr: { subject: 'Trousse — {{kit}}', body: 'Bonjour {{prénom}},\n\nVoici notre trousse.' }, en: { subject: 'Kit — {{kit}}', body: 'Dear {{greeting}},' } },
        log: [{ at: '2026-02-10T14:00:00.000Z', to: [{ contactId: null, name: 'Journaliste', email: 'redaction@quotidien.example' }], mode: 'bcc', files: [], subject: 'Trousse' }],
      },
    },
  });
  const contact = a.library.doc.contacts[0]!;
  await call(a.ctx, 'contacts.update', { id: contact.id, patch: { notes: 'Préfère les appels après 17 h — ne pas partager' } });
  return { ...a, kitId: kit.id };
}

export async function exportPackage(ctx: ReturnType<typeof createContext>, kitId: string): Promise<{ path: string; bytes: Uint8Array }> {
  const out = await tempDir('mediakit-mkit-out-');
  const r = await call(ctx, 'export.kit', { id: kitId, formats: ['mkit'], outDir: out });
  const file = r.files[0]!;
  return { path: file.path, bytes: new Uint8Array(await readFile(file.path)) };
}
