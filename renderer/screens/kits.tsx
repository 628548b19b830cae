import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../api/client.js';
import { useQuery } from '../lib/data.js';
import { formatDate, formatRelative } from '../lib/format.js';
import { href } from '../lib/router.js';
import { NewKitDialog } from '../components/new-kit-dialog.js';

export function KitsScreen() {
  const { t } = useTranslation();
  const kits = useQuery(() => send('kits.list'), []);
  const [creating, setCreating] = useState(false);
  const list = [...(kits.data ?? [])].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  return (
    <section className="screen" aria-labelledby="kits-title">
      <div className="screen-head">
        <div>
          <h1 id="kits-title">{t('nav.kits')}</h1>
          <p className="muted">{t('kits.lead')}</p>
        </div>
        <button type="button" className="btn primary" onClick={() => setCreating(true)}>
          {t('kits.new')}
        </button>
      </div>
      {kits.error && <div className="alert error">{kits.error.message}</div>}
      {list.length === 0 && !kits.loading && <p className="empty">{t('kits.none')}</p>}
      <ul className="kit-grid">
        {list.map((k) => (
          <li key={k.id} className="card kit-card" style={{ borderTopColor: k.theme.accent }}>
            <a href={href({ screen: 'kits', id: k.id })} className="kit-link">
              <h2>{k.name}</h2>
            </a>
            <p className="muted">{[k.event.name, k.event.location, formatDate(k.event.date)].filter(Boolean).join(' · ') || t('kits.noEvent')}</p>
            <div className="kit-facts">
              <span className="lang-tag" title={t(`langs.${k.lang}`)}>{t(`langs.${k.lang}`)}</span>
              <span>{k.pageSize === 'a4' ? 'A4' : t('kits.letter')}</span>
              <span>{t('kits.sectionCount', { count: k.sections.length })}</span>
              <span className="muted">{formatRelative(k.updatedAt)}</span>
            </div>
          </li>
        ))}
      </ul>
      <NewKitDialog open={creating} onClose={() => setCreating(false)} />
    </section>
  );
}
