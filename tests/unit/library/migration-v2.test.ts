import { copyFile, readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/library/library.js';
import { SCHEMA_VERSION } from '../../../electron/model/library-document.js';
import { splitFullName } from '../../../electron/model/person-name.js';
import { tempDir } from '../../helpers/temp-dir.js';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('migration v1 → v2: given and family names, spokespeople sheets', () => {
  it('splits full names once, marks the sheet of a release’s contact block, keeps the original aside', async () => {
    const dir = await tempDir();
    await copyFile(path.resolve(here, '../../fixtures/library/v1-library.json'), path.join(dir, 'library.json'));
    const lib = await Library.open(dir);
    expect(lib.migrated).toHaveLength(SCHEMA_VERSION - 1); // v1 → v2, then every later step
    expect(lib.doc.schemaVersion).toBe(SCHEMA_VERSION);
    const byId = new Map(lib.doc.contacts.map((c) => [c.id, c]));
    expect(byId.get('ctc_v1Lavoie001')).toMatchObject({ name: 'Anne-Sophie Lavoie', firstName: 'Anne-Sophie', lastName: 'Lavoie', honorific: '' });
    // Japanese: family name first.
    expect(byId.get('ctc_v1Sato00001')).toMatchObject({ firstName: '美咲', lastName: '佐藤' });
    expect(byId.get('ctc_v1Fontain1')).toMatchObject({ firstName: 'Luc', lastName: 'de la Fontaine' });
    // A desk is not a person: left whole, greetings use the full name.
    expect(byId.get('ctc_v1Desk00001')).toMatchObject({ firstName: '', lastName: '' });
    // Names already given by hand are kept as they were.
    expect(byId.get('ctc_v1Hand00001')).toMatchObject({ firstName: 'Mary Ellen', lastName: "O'Brien" });

    const [spokes, grown] = lib.doc.sheets;
    expect(spokes).toMatchObject({ role: 'spokespeople', releaseId: 'rel_v1Program01', nameFollowsRelease: true });
    // A sheet once made by an import and since grown into a media list stays a media list.
    expect(grown).toMatchObject({ role: 'media', releaseId: null, nameFollowsRelease: false });
    expect(lib.doc.settings.signatures).toEqual({});
    expect(lib.doc.settings.defaults).toEqual({ pageSize: null, lang: null });

    const saved = JSON.parse(await readFile(lib.file, 'utf8')) as { schemaVersion: number };
    expect(saved.schemaVersion).toBe(SCHEMA_VERSION);
    const aside = (await readdir(lib.backupsDir)).filter((n) => n.startsWith('pre-migration-'));
    expect(aside).toHaveLength(1);
    expect(JSON.parse(await readFile(path.join(lib.backupsDir, aside[0]!), 'utf8')).schemaVersion).toBe(1);
    await lib.close();

    // Split once: opening again changes nothing.
    const again = await Library.open(dir);
    expect(again.migrated).toEqual([]);
    expect(again.doc.contacts).toEqual(lib.doc.contacts);
    await again.close();
  });

  it('splits names as a press list writes them', () => {
    expect(splitFullName('Marie Tremblay')).toEqual({ firstName: 'Marie', lastName: 'Tremblay' });
    expect(splitFullName('Jean-François Côté')).toEqual({ firstName: 'Jean-François', lastName: 'Côté' });
    expect(splitFullName('Jean de la Fontaine')).toEqual({ firstName: 'Jean', lastName: 'de la Fontaine' });
    expect(splitFullName('Ludwig van Beethoven')).toEqual({ firstName: 'Ludwig', lastName: 'van Beethoven' });
    expect(splitFullName('田中 太郎')).toEqual({ firstName: '太郎', lastName: '田中' });
    expect(splitFullName('田中太郎')).toEqual({ firstName: '', lastName: '田中太郎' });
    expect(splitFullName('Cher')).toEqual({ firstName: 'Cher', lastName: '' });
    expect(splitFullName('Service de presse')).toEqual({ firstName: '', lastName: '' });
  });
});
