import { describe, expect, it } from 'vitest';
import { readContacts } from '../../../electron/import/release-structure-contacts.js';
import { readHeader, takeDateline } from '../../../electron/import/release-structure-header.js';
import { settleOrganizations } from '../../../electron/import/release-structure-organizations.js';
import { classifyTail } from '../../../electron/import/release-structure-tail.js';
import { settleTiming } from '../../../electron/import/release-structure-timing.js';
import type { SourceBlock } from '../../../electron/import/source-blocks.js';

const para = (...lines: string[]): SourceBlock => ({ kind: 'paragraph', lines: lines.map((text) => [{ text }]) });

describe('structure phases, each alone', () => {
  it('header: label, timing, headline and subheadline, then the body starts', () => {
    const h = readHeader([para('NEWS RELEASE', 'FOR IMMEDIATE RELEASE'), para('Harbour trail opens'), { kind: 'heading', level: 2, lines: [[{ text: 'Six kilometres along the water' }]] }, para('HALIFAX, May 4, 2026 – Text.')]);
    expect(h).toMatchObject({ label: 'News Release', immediate: true, embargo: null, headline: 'Harbour trail opens', subheadline: 'Six kilometres along the water' });
    expect(h.rest).toEqual([para('HALIFAX, May 4, 2026 – Text.')]);
    expect(h.warnings).toEqual([]);
  });

  it('dateline: taken out of the first paragraph, a warning when there is none', () => {
    const d = takeDateline([para('HALIFAX, May 4, 2026 – Text.')], { city: '', date: null });
    expect(d.dateline).toEqual({ city: 'Halifax', date: '2026-05-04' });
    expect(d.rest).toEqual([{ kind: 'paragraph', lines: [[{ text: 'Text.' }]] }]);
    expect(takeDateline([para('Text.')], { city: '', date: null }).warnings).toHaveLength(1);
  });

  it('tail: body, end mark, About sections and contacts sorted apart', () => {
    const t = classifyTail([para('Text.'), para('-30-'), para('About Harbour Trails', 'A charity.'), para('Media contact:', 'Ann Lee', 'ann@trails.example.org')]);
    expect(t.body).toEqual([{ type: 'paragraph', content: [{ text: 'Text.' }] }]);
    expect(t.endMark).toBe('-30-');
    expect(t.organizations).toEqual([{ name: 'Harbour Trails', heading: 'About Harbour Trails', paragraphs: ['A charity.'] }]);
    expect(t.contactGroups).toEqual([{ lines: ['Ann Lee', 'ann@trails.example.org'], opens: true }]);
  });

  it('organizations: a 会社概要 section named from inside, a nameless one back to the body', () => {
    const o = settleOrganizations([
      { name: '', heading: '会社概要', paragraphs: ['会社名：株式会社みなと技研\n所在地：横浜市'] },
      { name: '', heading: '会社概要', paragraphs: ['This section has a first line far too long to be the name of any organization at all.'] },
    ]);
    expect(o.organizations).toEqual([{ name: '株式会社みなと技研', heading: '会社概要', boilerplate: '所在地：横浜市' }]);
    expect(o.stray).toHaveLength(1);
    expect(o.warnings).toHaveLength(1);
  });

  it('contacts: the organization guessed from the e-mail domain', () => {
    const c = readContacts([{ lines: ['Ann Lee', 'ann@harbourtrails.example.org'], opens: true }], [{ name: 'Harbour Trails' }]);
    expect(c.contacts).toEqual([{ name: 'Ann Lee', title: '', organization: 'Harbour Trails', emails: ['ann@harbourtrails.example.org'], phones: [], source: 'Ann Lee\nann@harbourtrails.example.org' }]);
  });

  it('timing: an embargo read in the release language, else immediate with a warning when unstated', () => {
    expect(settleTiming('May 4, 2026, 10:00 ET', false, 'en-US').timing.kind).toBe('embargo');
    expect(settleTiming(null, true, 'en-US')).toEqual({ timing: { kind: 'immediate' }, warnings: [] });
    expect(settleTiming(null, false, 'en-US').warnings).toHaveLength(1);
  });
});
