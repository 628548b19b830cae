import { describe, expect, it } from 'vitest';
import {
  aboutHeading,
  formatDate,
  formatDateline,
  formatTimingLine,
  labelsFor,
} from '../../../electron/locale/index.js';

describe('dates in each language', () => {
  it('writes ISO dates as each language does', () => {
    expect(formatDate('2025-06-16', 'fr-CA')).toBe('16 juin 2025');
    expect(formatDate('2025-06-16', 'fr-FR')).toBe('16 juin 2025');
    expect(formatDate('2025-06-16', 'en-US')).toBe('June 16, 2025');
    expect(formatDate('2025-06-16', 'en-GB')).toBe('16 June 2025');
    expect(formatDate('2025-06-16', 'ja')).toBe('2025年6月16日');
    expect(formatDate('2025-07-01', 'fr-CA')).toBe('1er juillet 2025');
  });
  it('writes datelines', () => {
    expect(formatDateline('Boston', '2025-06-16', 'fr-CA')).toBe('Boston, le 16 juin 2025 –');
    // American wires: an em dash; British: an en dash (#20).
    expect(formatDateline('Boston', '2025-06-16', 'en-US')).toBe('BOSTON, June 16, 2025 —');
    expect(formatDateline('London', '2026-06-16', 'en-GB')).toBe('LONDON, 16 June 2026 –');
    // Japanese: no Western "date –" run-in; the place in 【】, the date on a line of its own.
    expect(formatDateline('東京', '2025-06-16', 'ja')).toBe('【東京】');
    expect(formatDateline('', null, 'fr-CA')).toBe('');
  });
  it('writes timing lines, immediate and embargoed', () => {
    expect(formatTimingLine({ kind: 'immediate' }, 'fr-CA')).toBe('Pour diffusion immédiate');
    expect(formatTimingLine({ kind: 'immediate' }, 'en-GB')).toBe('FOR IMMEDIATE RELEASE');
    const utc = { kind: 'embargo', until: '2026-05-12T00:01:00Z', zone: 'UTC' } as const;
    // The word embargo printed, as prominent as the English one (#20).
    expect(formatTimingLine(utc, 'fr-CA')).toBe('SOUS EMBARGO jusqu’au 12 mai 2026, 0 h 01 (UTC)');
    expect(formatTimingLine(utc, 'fr-FR')).toBe('SOUS EMBARGO jusqu’au 12 mai 2026, 0 h 01 (UTC)');
    expect(formatTimingLine(utc, 'en-GB')).toBe('EMBARGOED UNTIL 00:01 GMT, 12 May 2026');
    const ny = { kind: 'embargo', until: '2026-05-12T00:01:00-04:00', zone: 'America/New_York' } as const;
    expect(formatTimingLine(ny, 'en-US')).toBe('EMBARGOED UNTIL 12:01 a.m. EDT, May 12, 2026');
    const tokyo = { kind: 'embargo', until: '2026-05-12T10:00:00+09:00', zone: 'Asia/Tokyo' } as const;
    expect(formatTimingLine(tokyo, 'ja')).toBe('報道解禁：2026年5月12日 10時00分（日本時間）');
  });
});

describe('labels', () => {
  it('elides "de" before a vowel or mute h in French', () => {
    expect(aboutHeading('Bioalliance Laurentides', 'fr-CA')).toBe('À propos de Bioalliance Laurentides');
    expect(aboutHeading('Umeda Bio Cluster', 'fr-CA')).toBe('À propos d’Umeda Bio Cluster');
    expect(aboutHeading('Hydro-Québec', 'fr-FR')).toBe('À propos d’Hydro-Québec');
    expect(aboutHeading('Bioalliance Laurentides', 'en-US')).toBe('About Bioalliance Laurentides');
    expect(aboutHeading('大阪バイオ本部', 'ja')).toContain('会社概要');
  });
  it('has the release conventions of each language', () => {
    expect(labelsFor('fr-CA').releaseLabel).toBe('Communiqué de presse');
    expect(labelsFor('fr-CA').contactsHeading).toBe('Renseignements\u00A0:');
    expect(labelsFor('fr-CA').endMark).toBe('-30-');
    expect(labelsFor('en-US').endMark).toBe('###');
    expect(labelsFor('en-GB').endMark).toBe('ENDS');
    expect(labelsFor('ja').releaseLabel).toBe('プレスリリース');
    expect(labelsFor('fr-CA').page(3, 7)).toBe('Page 3 de 7');
    expect(labelsFor('en-GB').page(3, 7)).toBe('Page 3 of 7');
  });
});
