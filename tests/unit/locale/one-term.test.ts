import { describe, expect, it } from 'vitest';
import { labelsFor } from '../../../electron/locale/labels.js';
import { ENTITY_KINDS } from '../../../electron/model/constants.js';
import { defaultTemplate } from '../../../electron/outreach/templates.js';
import { en } from '../../../renderer/i18n/en.js';
import { fr } from '../../../renderer/i18n/fr.js';

/** Every string of an i18n table, flattened. */
function strings(table: object): string[] {
  return Object.values(table).flatMap((v) => (typeof v === 'string' ? [v] : strings(v as object)));
}

describe('one term per thing per locale, in the interface, the exports and the templates', () => {
  it('the interface’s French is Québec’s: « trousse média » and « Relations médias », as the fr-CA exports say', () => {
    const fcA = labelsFor('fr-CA');
    expect(fcA.pressKit).toBe('Trousse média');
    expect(fcA.contacts).toBe('Relations médias');
    expect(strings(fr).filter((s) => /dossiers? de presse/i.test(s))).toEqual([]);
    expect(fr.nav.kits).toBe('Trousses médias');
    expect(fr.sectionTypes.contacts).toBe(fcA.contacts);
    expect(fr.editor.contacts).toBe(fcA.contacts);
    expect(fr.preview.kitFrame).toContain(fcA.pressKit.toLowerCase());
    expect(ENTITY_KINDS.kits.nouns.fr).toBe(fcA.pressKit.toLowerCase());
  });

  it('the interface’s English is American: “media kit” and “Media contacts”, as the en-US exports say', () => {
    const us = labelsFor('en-US');
    expect(strings(en).filter((s) => /press kit/i.test(s))).toEqual([]);
    expect(en.sectionTypes.contacts).toBe(us.contacts);
    expect(en.editor.contacts).toBe(us.contacts);
    expect(en.nav.kits.toLowerCase()).toBe(`${us.pressKit.toLowerCase()}s`);
  });

  it('each locale’s e-mail template names the kit as its exports do', () => {
    expect(defaultTemplate('fr-CA').subject).toBe('Trousse média\u00a0: {{kitName}}');
    expect(defaultTemplate('fr-CA').body).toContain('ci-joint la trousse média');
    expect(defaultTemplate('fr-FR').subject).toBe('Dossier de presse\u00a0: {{kitName}}');
    expect(defaultTemplate('fr-FR').body).toContain('ci-joint le dossier de presse');
    expect(defaultTemplate('fr-FR').body).not.toMatch(/trousse/i);
    expect(defaultTemplate('fr-CA').body).not.toMatch(/dossier de presse/i);
    expect(defaultTemplate('en-US').subject).toBe('Media kit: {{kitName}}');
    expect(defaultTemplate('en-GB').subject).toBe('Press kit: {{kitName}}');
    expect(defaultTemplate('ja').subject).toContain(labelsFor('ja').pressKit);
    for (const lang of ['fr-CA', 'fr-FR', 'en-US', 'en-GB', 'ja'] as const) expect(defaultTemplate(lang).subject).toContain(labelsFor(lang).pressKit);
  });
});
