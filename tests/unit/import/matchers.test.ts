import { describe, expect, it } from 'vitest';
import { isNotesHeader, matchAbout, matchContactsHeader } from '../../../electron/import/about-sections.js';
import { detectLang } from '../../../electron/import/detect-lang.js';
import { isEndMark, isSeparator } from '../../../electron/import/end-mark.js';
import { matchLabel } from '../../../electron/import/header-lines.js';
import { embargoRest, isImmediate, parseEmbargo } from '../../../electron/import/timing.js';
import { localize, type Localized } from '../../../electron/model/errors.js';

describe('header and section lines', () => {
  it('recognizes labels, alone or with the headline on the same line', () => {
    expect(matchLabel('COMMUNIQUÉ DE PRESSE')).toEqual({ label: 'Communiqué de presse', rest: '', alternatives: ['Communiqué de presse'] });
    expect(matchLabel('COMMUNIQUÉ DE PRESSE: Une nouvelle entente')).toMatchObject({ label: 'Communiqué de presse', rest: 'Une nouvelle entente' });
    expect(matchLabel('PRESS RELEASE / プレスリリース')).toEqual({ label: 'Press Release', rest: '', alternatives: ['Press Release', 'プレスリリース'] });
    expect(matchLabel('Avis aux médias')).toMatchObject({ label: 'Avis aux médias', rest: '' });
    expect(matchLabel('MEDIA ADVISORY')?.label).toBe('Media Advisory');
    expect(matchLabel('【プレスリリース】')?.label).toBe('プレスリリース');
    expect(matchLabel('Communiqué publié hier par la ministre')).toBeNull();
  });

  it('recognizes timing lines', () => {
    expect(isImmediate('Pour diffusion immédiate')).toBe(true);
    expect(isImmediate('FOR IMMEDIATE RELEASE')).toBe(true);
    expect(isImmediate('For immediate release.')).toBe(true);
    expect(embargoRest('EMBARGOED UNTIL 00:01 GMT, 12 May 2026')).toBe('00:01 GMT, 12 May 2026');
    expect(embargoRest('Embargo : 12 mai 2026, 9 h')).toBe('12 mai 2026, 9 h');
    expect(embargoRest('Embargo policy applies to all news')).toBeNull();
    const w: Localized[] = [];
    expect(parseEmbargo('10:00 a.m. ET, June 3, 2026', 'en-US', w)).toEqual({ kind: 'embargo', until: '2026-06-03T10:00:00-04:00', zone: 'America/New_York' });
    expect(parseEmbargo('2026年9月18日 15時', 'ja', w)).toEqual({ kind: 'embargo', until: '2026-09-18T15:00:00+09:00', zone: 'Asia/Tokyo' });
    expect(w.map((x) => localize(x, 'en'))).toEqual([expect.stringMatching(/names no time zone: Asia\/Tokyo assumed/)]);
    // Winter in London is GMT, summer is BST.
    expect(parseEmbargo('12 January 2026, 09:00 UK time', 'en-GB', [])).toMatchObject({ until: '2026-01-12T09:00:00+00:00' });
    expect(parseEmbargo('12 July 2026, 09:00 UK time', 'en-GB', [])).toMatchObject({ until: '2026-07-12T09:00:00+01:00', zone: 'Europe/London' });
  });

  it('recognizes About, notes, contacts headers and end marks in three languages', () => {
    expect(matchAbout('À propos de Bioalliance Laurentides')).toEqual({ name: 'Bioalliance Laurentides', heading: 'À propos de Bioalliance Laurentides', rest: '' });
    expect(matchAbout("À propos d'Umeda Bio Cluster")).toEqual({ name: 'Umeda Bio Cluster', heading: "À propos d'Umeda Bio Cluster", rest: '' });
    expect(matchAbout('À propos du Réseau santé numérique du Québec')).toMatchObject({ name: 'Réseau santé numérique du Québec', heading: 'À propos du Réseau santé numérique du Québec' });
    expect(matchAbout('About the Kansai Medical Devices Cluster')).toMatchObject({ name: 'Kansai Medical Devices Cluster', heading: 'About the Kansai Medical Devices Cluster' });
    expect(matchAbout('About Acme, Inc.')).toMatchObject({ name: 'Acme, Inc.' });
    expect(matchAbout('About Acme: Acme makes widgets.')).toEqual({ name: 'Acme', heading: 'About Acme', rest: 'Acme makes widgets.' });
    expect(matchAbout('【会社概要】')).toEqual({ name: '', heading: '会社概要', rest: '' });
    expect(matchAbout('【株式会社みなと技研について】')).toEqual({ name: '株式会社みなと技研', heading: '株式会社みなと技研について', rest: '' });
    expect(matchAbout('About 200 guests attended the gala.')).toBeNull();
    expect(isNotesHeader('Notes to editors:')).toBe(true);
    expect(isNotesHeader('NOTES TO EDITORS')).toBe(true);
    for (const h of ['CONTACTS', 'Source :', 'Renseignements :', 'Media Contacts:', 'Press contact', 'お問い合わせ', '報道関係者お問い合わせ先', '【報道関係者からのお問い合わせ先】', '【本件に関するお問い合わせ先】', 'For more information, please contact:']) {
      expect(matchContactsHeader(h), h).not.toBeNull();
    }
    expect(matchContactsHeader('Source : Marie Tremblay')).toEqual({ rest: 'Marie Tremblay' });
    expect(matchContactsHeader('Information technology is changing fast.')).toBeNull();
    expect(matchContactsHeader('Sources say the deal is close.')).toBeNull();
    for (const m of ['-30-', '– 30 –', '- 30 -', '###', 'ENDS', '- FIN -', '以上']) expect(isEndMark(m), m).toBe(true);
    expect(isEndMark('—')).toBe(false);
    expect(isSeparator('—')).toBe(true);
    expect(isSeparator('* * *')).toBe(true);
  });

  it('detects the language and its regional variant', () => {
    expect(detectLang('Le projet est financé par la Ville de Montréal et les partenaires du Québec pour les familles.')).toBe('fr-CA');
    expect(detectLang('Le projet est financé par la Région et les partenaires pour les familles. Contact : 01 45 67 89 10, presse@exemple.fr', 'Paris')).toBe('fr-FR');
    expect(detectLang('The programme will help the organisation and its partners. London, 12 May 2026.')).toBe('en-GB');
    expect(detectLang('The program will help the organization and its partners. Boston, May 12, 2026.')).toBe('en-US');
    expect(detectLang('株式会社さくらバイオは、大阪に新しい研究拠点を開設したことをお知らせいたします。')).toBe('ja');
  });
});
