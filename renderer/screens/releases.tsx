import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { send } from '../api/client.js';
import { LANGS, RELEASE_STATUSES } from '../../electron/model/constants.js';
import type { Release } from '../../electron/model/entities.js';
import { useQuery } from '../lib/data.js';
import { formatDate, formatRelative, formatNumber } from '../lib/format.js';
import { href } from '../lib/router.js';
import { FirstRun } from '../components/first-run.js';
import { useSyncStatus } from '../lib/sync-status.js';

type SortKey = 'headline' | 'status' | 'lang' | 'date' | 'updatedAt';

function dateOf(r: Release): string {
  return r.dateline.date ?? r.createdAt.slice(0, 10);
}

export function ReleasesScreen({ onNew }: { onNew: () => void }) {
  const { t, i18n } = useTranslation();
  const releases = useQuery(() => send('releases.list'), []);
  const info = useQuery(() => send('library.info'), []);
  const sync = useSyncStatus();
  const conflicted = useMemo(() => new Set(sync?.conflicts.map((c) => c.id)), [sync]);
  const [status, setStatus] = useState('');
  const [lang, setLang] = useState('');
  const [tag, setTag] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: 'updatedAt', dir: -1 });

  const all = releases.data ?? [];
  const tags = useMemo(() => [...new Set(all.flatMap((r) => r.tags))].sort((a, b) => a.localeCompare(b)), [all]);
  const rows = useMemo(() => {
    const list = all.filter(
      (r) => (!status || r.status === status) && (!lang || r.lang === lang) && (!tag || r.tags.includes(tag)) && (!from || dateOf(r) >= from) && (!to || dateOf(r) <= to),
    );
    const value = (r: Release): string => (sort.key === 'date' ? dateOf(r) : sort.key === 'status' ? String(RELEASE_STATUSES.indexOf(r.status)) : String(r[sort.key]));
    // Accents and case do not split the order, and "no 163" comes before "no 1603".
    const collator = new Intl.Collator(i18n.language, { numeric: true, sensitivity: 'base' });
    return list.sort((a, b) => collator.compare(value(a), value(b)) * sort.dir);
  }, [all, status, lang, tag, from, to, sort, i18n.language]);

  const parentRef = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => parentRef.current, estimateSize: () => 60, overscan: 10 });

  // Only a library that never held anything is new: one whose items are all in the trash is not.
  const empty = info.data && info.data.trash === 0 && Object.values(info.data.counts).every((n) => n === 0);
  if (empty) return <FirstRun onNew={onNew} />;

  const header = (key: SortKey, label: string) => (
    <div role="columnheader" aria-sort={sort.key === key ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none'} className={`col col-${key}`}>
      <button type="button" className="sort-btn" onClick={() => setSort((s) => ({ key, dir: s.key === key ? ((-s.dir) as 1 | -1) : 1 }))}>
        {label}
        <span aria-hidden="true" className="sort-arrow">{sort.key === key ? (sort.dir === 1 ? '↑' : '↓') : ''}</span>
      </button>
    </div>
  );

  return (
    <section className="screen" aria-labelledby="releases-title">
      <div className="screen-head">
        <div>
          <h1 id="releases-title">{t('nav.releases')}</h1>
          <p className="muted">{t('releases.count', { count: rows.length, shown: formatNumber(rows.length), total: formatNumber(all.length) })}</p>
        </div>
      </div>
      <div className="filters" role="group" aria-label={t('releases.filters')}>
        <label className="field-compact">
          <span>{t('releases.status')}</span>
          <select value={status} onChange={(e) => setStatus(e.target.value)}>
            <option value="">{t('common.all')}</option>
            {RELEASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field-compact">
          <span>{t('releases.language')}</span>
          <select value={lang} onChange={(e) => setLang(e.target.value)}>
            <option value="">{t('common.all')}</option>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {t(`langs.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field-compact">
          <span>{t('releases.tag')}</span>
          <select value={tag} onChange={(e) => setTag(e.target.value)}>
            <option value="">{t('common.all')}</option>
            {tags.map((x) => (
              <option key={x} value={x}>
                {x}
              </option>
            ))}
          </select>
        </label>
        <label className="field-compact">
          <span>{t('releases.from')}</span>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label className="field-compact">
          <span>{t('releases.to')}</span>
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        {(status || lang || tag || from || to) && (
          <button type="button" className="btn ghost" onClick={() => { setStatus(''); setLang(''); setTag(''); setFrom(''); setTo(''); }}>
            {t('releases.clearFilters')}
          </button>
        )}
      </div>
      {releases.error && <div className="alert error">{releases.error.message}</div>}
      <div className="table" role="table" aria-label={t('nav.releases')} aria-rowcount={rows.length + 1}>
        <div className="table-head" role="rowgroup">
          <div className="table-row release-row" role="row">
            {header('headline', t('releases.headline'))}
            {header('status', t('releases.status'))}
            {header('lang', t('releases.language'))}
            {header('date', t('releases.date'))}
            {header('updatedAt', t('releases.updated'))}
          </div>
        </div>
        <div ref={parentRef} className="table-body" role="rowgroup">
          {rows.length === 0 && !releases.loading && <p className="empty">{all.length ? t('releases.noMatch') : t('releases.empty')}</p>}
          <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
            {virtual.getVirtualItems().map((item) => {
              const r = rows[item.index]!;
              return (
                <div key={r.id} role="row" aria-rowindex={item.index + 2} className="table-row release-row" style={{ position: 'absolute', top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` }}>
                  <div role="cell" className="col col-headline">
                    <a href={href({ screen: 'releases', id: r.id })} className="row-link">
                      {r.headline || <em className="muted">{t('common.untitled')}</em>}
                    </a>
                    <span className="row-sub">
                      {conflicted.has(r.id) && <span className="badge badge-conflict">{t('sync.inConflict')}</span>}
                      {r.label && <span>{r.label}</span>}
                      {r.tags.map((x) => (
                        <span key={x} className="chip small">
                          {x}
                        </span>
                      ))}
                    </span>
                  </div>
                  <div role="cell" className="col col-status">
                    <span className={`status status-${r.status}`}>{t(`status.${r.status}`)}</span>
                  </div>
                  <div role="cell" className="col col-lang">
                    <span className="lang-tag">{r.lang}</span>
                  </div>
                  <div role="cell" className="col col-date">
                    {formatDate(dateOf(r))}
                  </div>
                  <div role="cell" className="col col-updatedAt muted">
                    {formatRelative(r.updatedAt)}
                  </div>
                </div>
              );
            })}
          </div>
        </div>
      </div>
    </section>
  );
}
