import { useTranslation } from 'react-i18next';

/** A contact as the import review shows it: what was read, and the lines it was read from. */
export interface ReviewContact {
  name: string;
  title: string;
  organization: string;
  emails: string[];
  phones: string[];
  source: string;
}

/**
 * One card into two: the first keeps the name, title, organization, first e-mail and first phone; the
 * second takes the other addresses and numbers, named after the source line its first e-mail sits on
 * ("Imran Aziz, Press Officer — imran@…") when that line starts with a name, else left for the officer.
 */
export function splitContact(c: ReviewContact): [ReviewContact, ReviewContact] {
  const lines = c.source.split('\n');
  const [firstEmail, ...otherEmails] = c.emails;
  const [firstPhone, ...otherPhones] = c.phones;
  const moved = otherEmails[0] ?? otherPhones[0] ?? '';
  const line = moved ? lines.find((l) => l.includes(moved)) ?? '' : '';
  const lead = /^\s*([\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+){1,3})\s*(?:[,–—|-]|$)/u.exec(line)?.[1] ?? '';
  const name = lead && lead !== c.name ? lead : '';
  return [
    { ...c, emails: firstEmail ? [firstEmail] : [], phones: firstPhone ? [firstPhone] : [], source: lines.filter((l) => l !== line || !name).join('\n') },
    { name, title: '', organization: '', emails: otherEmails, phones: otherPhones, source: line },
  ];
}

/** Two cards are one person: the first card's words, both cards' addresses and numbers. */
export function mergeContacts(a: ReviewContact, b: ReviewContact): ReviewContact {
  const union = (x: string[], y: string[]) => [...x, ...y.filter((v) => !x.some((w) => w.toLowerCase() === v.toLowerCase()))];
  return {
    name: a.name || b.name,
    title: a.title || b.title,
    organization: a.organization || b.organization,
    emails: union(a.emails, b.emails),
    phones: union(a.phones, b.phones),
    source: [a.source, b.source].filter(Boolean).join('\n'),
  };
}

const listOf = (s: string): string[] =>
  s
    .split(/[,;\n]/u)
    .map((x) => x.trim())
    .filter(Boolean);

/** The contacts found in a release, as cards the officer can correct, split or merge before anything is saved. */
export function ContactReview({ contacts, onChange }: { contacts: ReviewContact[]; onChange: (next: ReviewContact[]) => void }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<ReviewContact>) => onChange(contacts.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  if (!contacts.length) return <p className="muted">{t('import.noContacts')}</p>;
  return (
    <ol className="contact-cards" aria-label={t('import.contactsFound')}>
      {contacts.map((c, i) => {
        const label = c.name || c.emails[0] || t('import.contactN', { n: i + 1 });
        return (
          <li key={i} className="card contact-card" aria-label={label}>
            <div className="contact-card-fields">
              <label className="field">
                <span>{t('contacts.name')}</span>
                <input value={c.name} onChange={(e) => set(i, { name: e.target.value })} />
              </label>
              <label className="field">
                <span>{t('contacts.title')}</span>
                <input value={c.title} onChange={(e) => set(i, { title: e.target.value })} />
              </label>
              <label className="field">
                <span>{t('contacts.organization')}</span>
                <input value={c.organization} onChange={(e) => set(i, { organization: e.target.value })} />
              </label>
              <label className="field wide">
                <span>{t('import.emails')}</span>
                <input value={c.emails.join(', ')} onChange={(e) => set(i, { emails: listOf(e.target.value) })} />
              </label>
              <label className="field">
                <span>{t('import.phones')}</span>
                <input value={c.phones.join(', ')} onChange={(e) => set(i, { phones: listOf(e.target.value) })} />
              </label>
            </div>
            {c.source && (
              <details className="contact-source">
                <summary>{t('import.readFrom')}</summary>
                <pre>{c.source}</pre>
              </details>
            )}
            <div className="card-actions">
              {(c.emails.length > 1 || c.phones.length > 1) && (
                <button type="button" className="btn small" aria-label={t('import.splitLabel', { name: label })} onClick={() => onChange(contacts.flatMap((x, j) => (j === i ? splitContact(x) : [x])))}>
                  {t('import.split')}
                </button>
              )}
              {i > 0 && (
                <button
                  type="button"
                  className="btn small"
                  aria-label={t('import.sameLabel', { name: label, other: contacts[i - 1]?.name || contacts[i - 1]?.emails[0] || '' })}
                  onClick={() => onChange(contacts.flatMap((x, j) => (j === i - 1 ? [mergeContacts(x, c)] : j === i ? [] : [x])))}
                >
                  {t('import.samePerson')}
                </button>
              )}
              <button type="button" className="btn small danger-ghost" aria-label={t('import.dropLabel', { name: label })} onClick={() => onChange(contacts.filter((_, j) => j !== i))}>
                {t('import.dropContact')}
              </button>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
