import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../electron/api/contract';
import { send } from '../api/client.js';
import { toast } from '../components/toasts.js';
import { dataChanged, useQuery } from '../lib/data.js';
import { formatDateTime } from '../lib/format.js';
import { refreshSyncStatus } from '../lib/sync-status.js';
import { useAction } from '../lib/use-action.js';

type ConflictView = MethodOutput<'sync.conflicts'>[number];

/** The words of a field's value, whatever its shape: text, lists, rich-text blocks, small records. */
function readable(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(readable).filter(Boolean).join(value.every((v) => typeof v === 'string') ? ', ' : '\n');
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.text === 'string') return o.text;
    for (const key of ['content', 'items']) if (Array.isArray(o[key])) return readable(o[key]);
    return Object.entries(o)
      .filter(([, v]) => v !== '' && v !== null && v !== undefined)
      .map(([k, v]) => `${k}: ${readable(v)}`)
      .join(' · ');
  }
  return '';
}

const FIELD_KEYS: Record<string, string> = {
  headline: 'releases.headline',
  subheadline: 'editor.subheadline',
  label: 'editor.label',
  timing: 'editor.timing',
  dateline: 'editor.dateline',
  body: 'editor.body',
  endMark: 'editor.endMark',
  status: 'releases.status',
  tags: 'releases.tags',
  name: 'contacts.name',
  title: 'contacts.title',
  organization: 'contacts.organization',
  emails: 'contacts.email',
  phones: 'contacts.phone',
  website: 'organizations.website',
};

function Resolver({ conflict }: { conflict: ConflictView }) {
  const { t } = useTranslation();
  const [pick, setPick] = useState<Record<string, 'mine' | 'theirs'>>(() => Object.fromEntries(conflict.fields.map((f) => [f, 'mine'])));
  const { busy, run } = useAction();
  const title = readable(conflict.mine.entity.headline ?? conflict.mine.entity.name ?? conflict.id);
  const who = (by: string) => (by ? t('conflicts.byWhom', { name: by }) : t('conflicts.byWhom', { name: t('conflicts.unknown') }));
  const label = (field: string) => (FIELD_KEYS[field] ? t(FIELD_KEYS[field]!) : field);

  const resolve = (input: Parameters<typeof send<'sync.resolve'>>[1]) =>
    run(async () => {
      await send('sync.resolve', input);
      toast(t('conflicts.resolved'), 'success');
      dataChanged();
      await refreshSyncStatus();
    });

  return (
    <article className="card conflict" aria-labelledby={`conflict-${conflict.id}`}>
      <div className="card-head">
        <h2 id={`conflict-${conflict.id}`}>
          <span className={`badge badge-${conflict.collection}`}>{t(`collections.${conflict.collection}`)}</span> {title}
        </h2>
        <span className="muted">{formatDateTime(conflict.since)}</span>
      </div>
      <table className="data-table conflict-table">
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('conflicts.field')}</th>
            <th scope="col">
              {t('conflicts.mine')} <span className="by">{who(conflict.mine.by)}</span>
            </th>
            <th scope="col">
              {t('conflicts.theirs')} <span className="by">{who(conflict.theirs.by)}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {conflict.fields.map((field) => (
            <tr key={field}>
              <th scope="row">{label(field)}</th>
              {(['mine', 'theirs'] as const).map((side) => {
                const text = readable(conflict[side].entity[field]);
                return (
                  <td key={side} className={pick[field] === side ? 'picked' : undefined}>
                    <label className="conflict-pick">
                      <input
                        type="radio"
                        name={`${conflict.id}-${field}`}
                        checked={pick[field] === side}
                        onChange={() => setPick({ ...pick, [field]: side })}
                        aria-label={t(side === 'mine' ? 'conflicts.pickMine' : 'conflicts.pickTheirs', { field: label(field) })}
                      />
                      <span className="conflict-value">{text || <em className="muted">{t('conflicts.empty')}</em>}</span>
                    </label>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="card-actions">
        <button type="button" className="btn" disabled={busy} onClick={() => void resolve({ id: conflict.id, choice: 'mine' })}>
          {t('conflicts.keepMine')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void resolve({ id: conflict.id, choice: 'theirs' })}>
          {t('conflicts.keepTheirs')}
        </button>
        <button type="button" className="btn primary" disabled={busy} onClick={() => void resolve({ id: conflict.id, choice: 'merge', fields: pick })}>
          {t('conflicts.merge')}
        </button>
      </div>
    </article>
  );
}

/** Every entity two libraries changed at once, each with its two versions side by side. */
export function ConflictsScreen() {
  const { t } = useTranslation();
  const conflicts = useQuery(() => send('sync.conflicts').catch(() => [] as ConflictView[]), []);
  const list = conflicts.data ?? [];
  return (
    <section className="screen" aria-labelledby="conflicts-title">
      <div className="screen-head">
        <div>
          <h1 id="conflicts-title">{t('conflicts.title')}</h1>
          <p className="muted">{t('conflicts.lead')}</p>
        </div>
      </div>
      {list.length === 0 && !conflicts.loading ? <p className="empty">{t('conflicts.none')}</p> : list.map((c) => <Resolver key={`${c.id}-${c.mine.rev}-${c.theirs.rev}`} conflict={c} />)}
    </section>
  );
}
