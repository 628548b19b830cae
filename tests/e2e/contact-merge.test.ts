import { describe, expect, test } from 'vitest';
import { Contact } from '../../electron/model/entities.js';
import { duplicateGroups, mergePatch, remapIds } from '../../renderer/lib/contact-merge.js';

let n = 0;
function contact(fields: Partial<Contact>): Contact {
  n++;
  return Contact.parse({ id: `ctc_test${String(n).padStart(6, '0')}`, createdAt: `2026-01-0${n}T10:00:00Z`, updatedAt: '2026-01-10T10:00:00Z', ...fields });
}

describe('duplicate contacts', () => {
  const elodie = contact({ name: 'Élodie Marchand', emails: ['e.marchand@radio-cotenord.example'], phones: ['418 555-0199'], organization: 'Radio Côte-Nord' });
  const elodie2 = contact({ name: 'ELODIE  MARCHAND', emails: ['elodie@courriel.example'], title: 'Journaliste culturelle' });
  const elodie3 = contact({ name: 'É. Marchand', emails: ['E.Marchand@radio-cotenord.example'], phones: ['(418) 555-0199', '+1 418 555-0100'] });
  const james = contact({ name: 'James Whitfield', emails: ['jwhitfield@atlantic-arts.example'] });
  const sakura = contact({ name: '山本 さくら', emails: ['s.yamamoto@kiba.example.jp'] });

  test('same e-mail in any case, or same name without accents, is one person; chains join', () => {
    const groups = duplicateGroups([james, elodie3, elodie2, elodie, sakura]);
    expect(groups).toHaveLength(1);
    expect(groups[0]!.map((c) => c.id)).toEqual([elodie.id, elodie2.id, elodie3.id]);
  });

  test('the oldest card is kept and gains every address, phone and missing field', () => {
    const { keep, drop, patch } = mergePatch([elodie, elodie2, elodie3]);
    expect(keep.id).toBe(elodie.id);
    expect(drop.map((c) => c.id)).toEqual([elodie2.id, elodie3.id]);
    expect(patch.emails).toEqual(['e.marchand@radio-cotenord.example', 'elodie@courriel.example']);
    expect(patch.phones).toEqual(['418 555-0199', '+1 418 555-0100']);
    expect(patch.title).toBe('Journaliste culturelle');
    expect(patch.organization).toBeUndefined();
  });

  test('references follow the kept contact, in order, without repeats', () => {
    expect(remapIds(['a', 'x', 'b', 'y'], new Set(['x', 'y']), 'a')).toEqual(['a', 'b']);
    expect(remapIds(['x', 'b'], new Set(['x']), 'k')).toEqual(['k', 'b']);
  });
});
