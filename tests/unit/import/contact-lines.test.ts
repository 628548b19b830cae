import { describe, expect, it } from 'vitest';
import { parseContactLines, type ContactLines } from '../../../electron/import/contact-lines.js';
import { tableGroups } from '../../../electron/import/release-structure-tail.js';
import type { Localized } from '../../../electron/model/errors.js';

const read = (groups: ContactLines[], known: string[] = []) => {
  const warnings: Localized[] = [];
  const contacts = parseContactLines(groups, warnings, known);
  return { people: contacts.map(({ source: _s, ...c }) => c), warnings: warnings.map((w) => (typeof w === 'string' ? w : w.en)) };
};
const block = (...lines: string[]): ContactLines => ({ lines, opens: false });
const section = (...lines: string[]): ContactLines => ({ lines, opens: true });

describe('contact blocks', () => {
  it('one person per line: the second line is someone else, with their own e-mail', () => {
    const { people } = read([
      section('Ann Lee, Press Officer, Harbour Trails — ann@trails.example.org — 0114 496 0101', 'Bo Chen, Director, City Parks — bo@parks.example.org — 0114 496 0102'),
    ]);
    expect(people.map((p) => [p.name, p.title, p.organization, p.emails])).toEqual([
      ['Ann Lee', 'Press Officer', 'Harbour Trails', ['ann@trails.example.org']],
      ['Bo Chen', 'Director', 'City Parks', ['bo@parks.example.org']],
    ]);
  });

  it('"Source :" then "Renseignements :" are two people, never one', () => {
    const { people } = read([section('Marc Roy', 'Conseiller principal, communications'), section('Annie Côté', 'Relations médias', '514 555-0142, poste 221', 'annie@example.ca')]);
    expect(people).toEqual([
      { name: 'Marc Roy', title: 'Conseiller principal, communications', organization: '', emails: [], phones: [] },
      { name: 'Annie Côté', title: 'Relations médias', organization: '', emails: ['annie@example.ca'], phones: ['514 555-0142 poste 221'] },
    ]);
  });

  it('a paragraph per line (Word with space after each paragraph) is still one person', () => {
    const { people } = read([section(), block('Maxime Tardif'), block('Directeur général'), block('mtardif@example.ca'), block('Noémie Caron'), block('noemie@example.ca')]);
    expect(people.map((p) => [p.name, p.title, p.emails])).toEqual([
      ['Maxime Tardif', 'Directeur général', ['mtardif@example.ca']],
      ['Noémie Caron', '', ['noemie@example.ca']],
    ]);
  });

  it('side by side in a table: one person per cell, or per column when each cell is one line', () => {
    const cell = (...lines: string[]) => lines.map((text) => [{ text }]);
    expect(tableGroups([[cell('Ann Lee', 'ann@a.example'), cell('Bo Chen', 'bo@b.example')]]).map((g) => g.lines)).toEqual([
      ['Ann Lee', 'ann@a.example'],
      ['Bo Chen', 'bo@b.example'],
    ]);
    expect(tableGroups([[cell('Org A'), cell('Org B')], [cell('Ann Lee'), cell('Bo Chen')], [cell('ann@a.example'), cell('bo@b.example')]]).map((g) => g.lines)).toEqual([
      ['Org A', 'Ann Lee', 'ann@a.example'],
      ['Org B', 'Bo Chen', 'bo@b.example'],
    ]);
  });

  it('the organization named in the title is said once; a known organization is never taken for a name', () => {
    const { people } = read([section('Kenji Mori', 'Communications Director, Lakeshore Robotics', 'Lakeshore Robotics', 'k.mori@example.com')], ['Lakeshore Robotics']);
    expect(people[0]).toMatchObject({ name: 'Kenji Mori', title: 'Communications Director', organization: 'Lakeshore Robotics' });
    expect(read([section('Lakeshore Robotics', 'Kenji Mori', 'k.mori@example.com')], ['Lakeshore Robotics']).people[0]).toMatchObject({ name: 'Kenji Mori', organization: 'Lakeshore Robotics' });
  });

  it('部署 担当：氏名 is a person with a name, the department their title', () => {
    const { people } = read([section('株式会社みなと技研 広報部 担当：佐藤 美咲', 'TEL：045-555-0134　携帯：090-5555-0101', 'E-mail：press@minato.example.jp')]);
    expect(people).toEqual([{ name: '佐藤 美咲', title: '広報部', organization: '株式会社みなと技研', emails: ['press@minato.example.jp'], phones: ['045-555-0134', '090-5555-0101'] }]);
  });

  it('says so when it is unsure whose address it is, rather than guessing', () => {
    expect(read([section('press@example.org', '555-0100 ext. 4')]).warnings).toContain('The e-mail press@example.org is not beside any name: check whose it is before writing to it.');
    expect(read([section('Ann Lee', 'bo.chen@example.org'), section('Bo Chen', '613-555-0100')]).warnings).toContain(
      "The e-mail bo.chen@example.org was read as Ann Lee's, but it looks like Bo Chen's: check it before saving.",
    );
    expect(read([section('Ann Lee and Bo Chen, ann@example.org, bo@example.org')]).warnings).toContain('"Ann Lee and Bo Chen" may be two people sharing one contact: split them in the review if so.');
    expect(read([section('Ann Lee'), section('Ann Lee', 'ann@example.org')]).warnings).toContain('Ann Lee was read twice: if it is one person, join the two cards in the review.');
  });

  it('people run together on one line, a semicolon between them, are two people (a held-out CNW release read them as one)', () => {
    const { people } = read([section('Tom Becker, Media Relations, Lakehead Port Authority, 807-555-0142, tbecker@port.example.ca; Anika Shah, Communications Advisor, Prairie Grain Alliance, 306-555-0177 ext. 3, anika.shah@grain.example.ca')]);
    expect(people.map((p) => [p.name, p.title, p.organization, p.emails, p.phones])).toEqual([
      ['Tom Becker', 'Media Relations', 'Lakehead Port Authority', ['tbecker@port.example.ca'], ['807-555-0142']],
      ['Anika Shah', 'Communications Advisor', 'Prairie Grain Alliance', ['anika.shah@grain.example.ca'], ['306-555-0177 ext. 3']],
    ]);
    // A semicolon inside one person's facts is not a second person.
    expect(read([section('Lucie Marchand, Relations médias; 418 555-0190; lucie.marchand@example.ca')]).people).toHaveLength(1);
  });

  it('says so when a card holds an address in its own name and one in somebody else\'s', () => {
    const { warnings } = read([section('Tom Becker', 'Media Relations', 'tbecker@port.example.ca', 'anika.shah@grain.example.ca')]);
    expect(warnings.some((w) => w.includes('anika.shah@grain.example.ca') && w.includes('someone else'))).toBe(true);
  });

  it('a department line, then 担当 alone on the next line: one person of that department', () => {
    const { people } = read([section('株式会社しまなみ造船\u3000総務部広報課', '担当：村上 真理子', 'TEL：0848-55-0123', 'E-mail：koho@shimanami.example.jp')]);
    expect(people).toEqual([{ name: '村上 真理子', title: '総務部広報課', organization: '株式会社しまなみ造船', emails: ['koho@shimanami.example.jp'], phones: ['0848-55-0123'] }]);
  });

  it('an organization named in the plural ("Councils Network") is an organization, not a title', () => {
    const { people } = read([section('Lauren Mills', 'Columbia Watershed Councils Network', '(360) 555-0164', 'lmills@cwcn.example.org')]);
    expect(people[0]).toMatchObject({ title: '', organization: 'Columbia Watershed Councils Network' });
  });
});
