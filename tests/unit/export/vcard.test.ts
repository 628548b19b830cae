import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { contactToVcard, foldLine, vcardText, type VcardContact } from '../../../electron/export/vcard.js';
import { readContactsFile } from '../../../electron/import/index.js';
import { readableTel, splitExtension, telUri } from '../../../electron/model/phone.js';

/**
 * The app's one vCard encoder (electron/export/vcard.ts): a kit's contacts.vcf and the officer's own
 * export (contacts.vcard). Every card is read back by ical.js and by the app's own vCard reader.
 */

const blank: VcardContact = { name: '', title: '', organization: '', emails: [], phones: [], lang: null };
const utf8 = new TextEncoder();

function parse(text: string): ICAL.Component[] {
  const parsed = ICAL.parse(text) as unknown[];
  return (Array.isArray(parsed[0]) ? parsed : [parsed]).map((c) => new ICAL.Component(c as never));
}

describe('phones: the extension stays with the number (issue #20)', () => {
  it.each([
    // French (Québec): « poste », « p. », after a comma or not.
    ['+1 514 555-0142 poste 221', 'tel:+1-514-555-0142;ext=221'],
    ['+1 514 555-0142, p. 221', 'tel:+1-514-555-0142;ext=221'],
    ['+1 418 555-0199 poste221', 'tel:+1-418-555-0199;ext=221'],
    // English: ext., extension, x, #.
    ['+44 20 7946 0958 ext. 12', 'tel:+44-20-7946-0958;ext=12'],
    ['+1 (212) 555-0188 x45', 'tel:+1-212-555-0188;ext=45'],
    ['+1 212 555 0188 extension 7', 'tel:+1-212-555-0188;ext=7'],
    ['+1 514 555 0142 #221', 'tel:+1-514-555-0142;ext=221'],
    // Japanese: 内線, in brackets, in full-width digits and an ideographic space.
    ['+81 3-1234-5678（内線203）', 'tel:+81-3-1234-5678;ext=203'],
    ['＋８１\u3000３－１２３４－５６７８\u3000内線２０３', 'tel:+81-3-1234-5678;ext=203'],
    // No extension; France's trunk "(0)" is not a digit of the international number.
    ['+33 (0)1 23 45 67 89', 'tel:+33-1-23-45-67-89'],
    ['+81-6-6123-4567', 'tel:+81-6-6123-4567'],
  ])('%s → %s', (phone, uri) => {
    expect(telUri(phone)).toBe(uri);
  });

  it('keeps as text what it cannot read without guessing: no country code, words, a number its country does not have', () => {
    for (const phone of ['514 555-0142 poste 221', '06-6123-4567', '(619) 555-0142', '+1 800 FLOWERS', '+1 514 555-0142 (cell)', '+1 514 555', 'voir la réception']) {
      expect(telUri(phone), phone).toBeNull();
    }
    expect(splitExtension('514 555-0142 poste 221')).toEqual({ main: '514 555-0142', ext: '221' });
    expect(splitExtension('poste 221')).toEqual({ main: 'poste 221', ext: null });
  });

  it('leaves a hostile value of thousands of characters as text, without reading it', () => {
    const hostile = `+1 ${', '.repeat(50_000)}x 1a`;
    expect(telUri(hostile)).toBeNull();
    expect(splitExtension(hostile).ext).toBeNull();
    const card = contactToVcard({ ...blank, name: 'X', phones: [hostile] });
    expect(card).toContain('TEL;VALUE=text;');
  });

  it('reads a tel: URI back as a person writes it, the extension in the contact’s language', () => {
    expect(readableTel('tel:+1-514-555-0142;ext=221', 'fr-CA')).toBe('+1-514-555-0142 poste 221');
    expect(readableTel('tel:+44-20-7946-0958;ext=12', 'en-GB')).toBe('+44-20-7946-0958 ext. 12');
    expect(readableTel('tel:+81-3-1234-5678;ext=203', 'ja')).toBe('+81-3-1234-5678 内線203');
    expect(readableTel('tel:+1-212-555-0188;ext=45', null)).toBe('+1-212-555-0188 ext. 45');
    expect(readableTel('tel:+81-6-6123-4567', 'ja')).toBe('+81-6-6123-4567');
    // A local number's context is part of its meaning: left as it is.
    expect(readableTel('tel:555-0142;phone-context=+1-514', 'fr-CA')).toBe('555-0142;phone-context=+1-514');
    expect(readableTel('514 555-0142 poste 221', 'fr-CA')).toBe('514 555-0142 poste 221');
  });
});

describe('the vCard encoder', () => {
  it('writes phones as tel: URIs with their extension, never digits run together; the others as the text written', () => {
    const card = contactToVcard({ ...blank, name: 'Annie Côté', phones: ['+1 514 555-0142 poste 221', '514 555-0199, poste 12', '  '] });
    expect(card).toContain('TEL;VALUE=uri;TYPE="voice,work";PREF=1:tel:+1-514-555-0142;ext=221\r\n');
    // The comma of a text value is escaped (RFC 6350 §3.4).
    expect(card).toContain('TEL;VALUE=text;TYPE="voice,work":514 555-0199\\, poste 12\r\n');
    // The old encoder stripped every non-digit: "+15145550142221", a wrong number.
    expect(card).not.toMatch(/tel:\+?15145550142221/);
    expect(card.match(/^TEL/gm)).toHaveLength(2);
  });

  it('escapes text and structured values', () => {
    const card = contactToVcard({
      ...blank,
      name: 'Élodie Tremblay, M.Sc.',
      firstName: 'Élodie',
      lastName: 'Tremblay; fille',
      honorific: 'Mme',
      title: 'Cheffe de pupitre\nsanté, sciences',
      organization: 'Dupont; Fils, inc.',
      note: 'Ligne 1\r\nLigne 2 \\ fin, virgule; point-virgule',
    });
    expect(card).toContain('FN:Élodie Tremblay\\, M.Sc.\r\n');
    expect(card).toContain('N:Tremblay\\; fille;Élodie;;Mme;\r\n');
    expect(card).toContain('TITLE:Cheffe de pupitre\\nsanté\\, sciences\r\n');
    expect(card).toContain('ORG:Dupont\\; Fils\\, inc.\r\n');
    expect(card).toContain('NOTE:Ligne 1\\nLigne 2 \\\\ fin\\, virgule; point-virgule\r\n');
    const [c] = parse(card);
    expect(c!.getFirstPropertyValue('fn')).toBe('Élodie Tremblay, M.Sc.');
    expect(c!.getFirstPropertyValue('note')).toBe('Ligne 1\nLigne 2 \\ fin, virgule; point-virgule');
    expect(c!.getFirstPropertyValue('title')).toBe('Cheffe de pupitre\nsanté, sciences');
  });

  it('folds every line at 75 octets on character boundaries, in French and Japanese', () => {
    const long = `NOTE:${'東京本社広報部'.repeat(10)}`;
    const folded = foldLine(long);
    for (const line of folded.split('\r\n')) expect(utf8.encode(line).length).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(long);

    const text = vcardText([
      { ...blank, name: '山田 花子', organization: '株式会社さくらバイオ 大阪本社 広報・IR部 メディアリレーションズグループ', lang: 'ja', note: '日本語と英語で対応可能。取材依頼はメールで、午前十時以降にお願いします。'.repeat(2) },
      { ...blank, name: 'Marie-Ève Lévesque-Bélanger', title: 'Conseillère principale aux communications et aux relations de presse, Québec', lang: 'fr-CA' },
    ]);
    const lines = text.split('\r\n');
    expect(lines.length).toBeGreaterThan(14);
    for (const line of lines) expect(utf8.encode(line).length).toBeLessThanOrEqual(75);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(text).toMatch(/\r\n /);
    // Valid UTF-8 on every line: no character cut in two.
    for (const line of lines) expect(new TextDecoder('utf-8', { fatal: true }).decode(utf8.encode(line))).toBe(line);
    const cards = parse(text);
    expect(cards.map((c) => c.getFirstPropertyValue('fn'))).toEqual(['山田 花子', 'Marie-Ève Lévesque-Bélanger']);
    expect(cards[0]!.getFirstPropertyValue('n')).toEqual(['山田', '花子', '', '', '']);
  });

  it('carries a note only when one is given: a kit’s contact has none', () => {
    const kit = contactToVcard({ ...blank, name: 'Karine Dubé', emails: ['kdube@bioalliance.example'] });
    expect(kit).not.toContain('NOTE');
    expect(contactToVcard({ ...blank, name: 'Karine Dubé', note: '   ' })).not.toContain('NOTE');
  });
});

describe('round trip through the app’s own vCard reader', () => {
  it('gives back names, organization, e-mails, phones with their extension and the notes', () => {
    const contacts: VcardContact[] = [
      {
        name: 'Élodie Tremblay',
        firstName: 'Élodie',
        lastName: 'Tremblay',
        honorific: 'Mme',
        title: 'Journaliste santé, Le Devoir',
        organization: 'Le Quotidien; édition de Montréal',
        emails: ['elodie.tremblay@quotidien.example', 'etremblay@pigiste.example'],
        phones: ['+1 514 555-0142 poste 221', '514 555-0199, poste 12'],
        lang: 'fr-CA',
        note: 'Couvre la santé.\nPréfère les courriels avant 10 h, jamais d’appel le lundi.',
      },
      {
        name: 'James Whitfield',
        firstName: 'James',
        lastName: 'Whitfield',
        title: 'Science Editor',
        organization: 'The Northern Courier',
        emails: ['j.whitfield@courier.example'],
        phones: ['+1 (212) 555-0188 x45', '+44 20 7946 0958 ext. 12'],
        lang: 'en-US',
      },
      {
        name: '佐藤 美咲',
        firstName: '美咲',
        lastName: '佐藤',
        title: '広報部',
        organization: '株式会社みなと技研',
        emails: ['press@minato.example.jp'],
        phones: ['+81 3-1234-5678（内線203）', '045-555-0134'],
        lang: 'ja',
        note: '英語と日本語で対応可。',
      },
    ];
    const read = readContactsFile('mes-contacts.vcf', utf8.encode(vcardText(contacts)));
    expect(read.skipped).toEqual([]);
    expect(read.contacts.map((c) => ({ name: c.name, firstName: c.firstName, lastName: c.lastName, honorific: c.honorific, title: c.title, organization: c.organization, emails: c.emails, lang: c.lang, notes: c.notes }))).toEqual(
      contacts.map((c) => ({ name: c.name, firstName: c.firstName, lastName: c.lastName, honorific: c.honorific ?? '', title: c.title, organization: c.organization, emails: c.emails, lang: c.lang, notes: c.note ?? '' })),
    );
    expect(read.contacts.map((c) => c.phones)).toEqual([
      ['+1-514-555-0142 poste 221', '514 555-0199, poste 12'],
      ['+1-212-555-0188 ext. 45', '+44-20-7946-0958 ext. 12'],
      ['+81-3-1234-5678 内線203', '045-555-0134'],
    ]);
    // The same numbers and extensions as were written, whatever the wording.
    read.contacts.forEach((c, i) => expect(c.phones.map(telUri)).toEqual(contacts[i]!.phones.map(telUri)));
  });
});
