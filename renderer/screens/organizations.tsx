import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../api/client.js';
import { BASE_LANGS } from '../../electron/model/constants.js';
import type { Organization } from '../../electron/model/entities.js';
import { useAutosave } from '../lib/autosave.js';
import { dataChanged, errorMessage, useQuery } from '../lib/data.js';
import { href, navigate } from '../lib/router.js';
import { SaveIndicator } from '../components/save-state.js';
import { LogoThumb } from './logos.js';
import { toast } from '../components/toasts.js';

export function OrganizationsScreen({ selected }: { selected?: string }) {
  const { t } = useTranslation();
  const orgs = useQuery(() => send('organizations.list'), []);
  const list = [...(orgs.data ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  const current = list.find((o) => o.id === selected) ?? null;
  const create = async () => {
    try {
      const o = await send('organizations.create', { data: { name: t('organizations.newName') } });
      dataChanged();
      navigate({ screen: 'organizations', id: o.id });
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };
  return (
    <section className="screen" aria-labelledby="orgs-title">
      <div className="screen-head">
        <div>
          <h1 id="orgs-title">{t('nav.organizations')}</h1>
          <p className="muted">{t('organizations.lead')}</p>
        </div>
        <button type="button" className="btn primary" onClick={() => void create()}>
          {t('organizations.new')}
        </button>
      </div>
      <div className="master-detail">
        <nav aria-label={t('nav.organizations')} className="master">
          {list.length === 0 && !orgs.loading && <p className="empty">{t('organizations.none')}</p>}
          <ul>
            {list.map((o) => (
              <li key={o.id}>
                <a href={href({ screen: 'organizations', id: o.id })} aria-current={o.id === selected ? 'page' : undefined}>
                  <strong>{o.name}</strong>
                  <span className="muted">{o.website.replace(/^https?:\/\//, '') || '—'}</span>
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <div className="detail">{current ? <OrganizationForm key={current.id} org={current} /> : list.length > 0 && <p className="empty">{t('organizations.pick')}</p>}</div>
      </div>
    </section>
  );
}

function OrganizationForm({ org }: { org: Organization }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(org);
  const autosave = useAutosave('organizations.update', org.id, () => dataChanged());
  const logos = useQuery(() => send('logos.list'), []);
  useEffect(() => setValue(org), [org.id]); // eslint-disable-line react-hooks/exhaustive-deps
  const set = (patch: Partial<Organization>) => {
    setValue((v) => ({ ...v, ...patch }));
    if (patch.name !== undefined && !patch.name.trim()) return;
    autosave.change(patch);
  };
  const mine = (logos.data ?? []).filter((l) => l.organizationId === org.id);
  return (
    <form className="card form-card" onSubmit={(e) => e.preventDefault()} aria-label={value.name}>
      <div className="card-head">
        <h2>{value.name || t('common.untitled')}</h2>
        <SaveIndicator state={autosave.state} />
      </div>
      <div className="row">
        <label className="field grow">
          <span>{t('organizations.name')}</span>
          <input value={value.name} required onChange={(e) => set({ name: e.target.value })} />
        </label>
        <label className="field">
          <span>{t('organizations.shortName')}</span>
          <input value={value.shortName} onChange={(e) => set({ shortName: e.target.value })} />
        </label>
      </div>
      <label className="field">
        <span>{t('organizations.website')}</span>
        <input type="url" value={value.website} placeholder="https://" onChange={(e) => set({ website: e.target.value })} />
      </label>
      {BASE_LANGS.map((l) => (
        <label className="field" key={l}>
          <span>{t('organizations.boilerplate', { lang: t(`baseLangs.${l}`) })}</span>
          <textarea lang={l} rows={5} value={value.boilerplates[l] ?? ''} onChange={(e) => set({ boilerplates: { ...value.boilerplates, [l]: e.target.value } })} />
        </label>
      ))}
      <div className="field">
        <span className="field-label">{t('nav.logos')}</span>
        {mine.length === 0 ? (
          <p className="muted">{t('organizations.noLogos')}</p>
        ) : (
          <div className="logo-strip">
            {mine.map((l) => (
              <LogoThumb key={l.id} id={l.id} name={l.name} background="light" sha={l.file.sha256} />
            ))}
          </div>
        )}
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="btn danger-ghost"
          onClick={async () => {
            try {
              await send('organizations.delete', { id: org.id });
              dataChanged();
              toast(t('trash.moved'), 'info');
              navigate({ screen: 'organizations' });
            } catch (err) {
              toast(errorMessage(err), 'error');
            }
          }}
        >
          {t('common.delete')}
        </button>
      </div>
    </form>
  );
}
