import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../api/client.js';
import { LOGO_VARIANTS, type LogoVariant } from '../../electron/model/constants.js';
import type { Logo } from '../../electron/model/entities.js';
import { dataChanged, errorMessage, useQuery } from '../lib/data.js';
import { formatBytes } from '../lib/format.js';
import { openFilePicker } from '../components/import-center.js';
import { fileToBase64 } from '../lib/files.js';
import { toast } from '../components/toasts.js';

const cache = new Map<string, Promise<string>>();
function thumbnail(id: string, sha: string): Promise<string> {
  const key = `${id}:${sha}`;
  let p = cache.get(key);
  if (!p) {
    p = send('logos.image', { id, size: 'thumbnail' }).then((r) => r.dataUrl);
    p.catch(() => cache.delete(key));
    cache.set(key, p);
  }
  return p;
}

export function LogoThumb({ id, name, background, sha = '' }: { id: string; name: string; background: 'light' | 'dark'; sha?: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    thumbnail(id, sha).then((s) => live && setSrc(s), () => undefined);
    return () => {
      live = false;
    };
  }, [id, sha]);
  return <div className={`logo-bg logo-bg-${background}`}>{src ? <img src={src} alt={name} /> : <span className="muted">…</span>}</div>;
}

export function LogosScreen() {
  const { t } = useTranslation();
  const logos = useQuery(() => send('logos.list'), []);
  const orgs = useQuery(() => send('organizations.list'), []);
  const groups = new Map<string, Logo[]>();
  for (const l of logos.data ?? []) {
    const key = l.organizationId ?? '';
    groups.set(key, [...(groups.get(key) ?? []), l]);
  }
  const orgName = (id: string) => (id ? (orgs.data ?? []).find((o) => o.id === id)?.name ?? t('common.missing') : t('logos.noOrganization'));
  const keys = [...groups.keys()].sort((a, b) => (!a ? 1 : !b ? -1 : orgName(a).localeCompare(orgName(b))));
  return (
    <section className="screen" aria-labelledby="logos-title">
      <div className="screen-head">
        <div>
          <h1 id="logos-title">{t('nav.logos')}</h1>
          <p className="muted">{t('logos.lead')}</p>
        </div>
        <button type="button" className="btn primary" onClick={openFilePicker}>
          {t('logos.add')}
        </button>
      </div>
      {logos.error && <div className="alert error">{logos.error.message}</div>}
      {(logos.data ?? []).length === 0 && !logos.loading && <p className="empty">{t('logos.none')}</p>}
      {keys.map((key) => (
        <section key={key || 'none'} className="logo-group" aria-labelledby={`org-${key || 'none'}`}>
          <h2 id={`org-${key || 'none'}`}>{orgName(key)}</h2>
          <ul className="logo-grid">
            {groups.get(key)!.map((l) => (
              <LogoCard key={l.id} logo={l} orgs={(orgs.data ?? []).map((o) => ({ id: o.id, name: o.name }))} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

/** A new file for the same logo, swapped in place: kits and sheets naming the logo show the new image. */
async function replaceLogo(logo: Logo, file: File): Promise<void> {
  await send('logos.replace', { id: logo.id, fileName: file.name, contentBase64: await fileToBase64(file) });
}

function LogoCard({ logo, orgs }: { logo: Logo; orgs: { id: string; name: string }[] }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(logo.name);
  const [notes, setNotes] = useState(logo.usageNotes);
  const update = async (patch: Partial<Pick<Logo, 'name' | 'usageNotes' | 'variant' | 'organizationId'>>) => {
    try {
      await send('logos.update', { id: logo.id, patch });
      dataChanged();
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };
  return (
    <li className="logo-card card">
      <div className="logo-previews">
        <LogoThumb id={logo.id} name={t('logos.onLight', { name: logo.name })} background="light" sha={logo.file.sha256} />
        <LogoThumb id={logo.id} name={t('logos.onDark', { name: logo.name })} background="dark" sha={logo.file.sha256} />
      </div>
      <div className="logo-meta">
        {editing ? (
          <form
            className="inline-form"
            onSubmit={(e) => {
              e.preventDefault();
              if (name.trim()) void update({ name: name.trim() });
              setEditing(false);
            }}
          >
            <label className="sr-only" htmlFor={`name-${logo.id}`}>
              {t('logos.name')}
            </label>
            <input id={`name-${logo.id}`} autoFocus value={name} onChange={(e) => setName(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setEditing(false)} />
            <button type="submit" className="btn small">
              {t('common.save')}
            </button>
          </form>
        ) : (
          <h3 className="logo-name">{logo.name}</h3>
        )}
        <div className="logo-facts">
          <span className={`badge variant-${logo.variant}`}>{t(`variants.${logo.variant}`)}</span>
          <span>
            {logo.file.width} × {logo.file.height} px
          </span>
          <span>{logo.file.format.toUpperCase()}</span>
          <span>{formatBytes(logo.file.bytes)}</span>
        </div>
        <label className="field compact">
          <span>{t('logos.variant')}</span>
          <select value={logo.variant} onChange={(e) => void update({ variant: e.target.value as LogoVariant })}>
            {LOGO_VARIANTS.map((v) => (
              <option key={v} value={v}>
                {t(`variants.${v}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field compact">
          <span>{t('logos.organization')}</span>
          <select value={logo.organizationId ?? ''} onChange={(e) => void update({ organizationId: e.target.value || null })}>
            <option value="">{t('logos.noOrganization')}</option>
            {orgs.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
        <label className="field compact">
          <span>{t('logos.usage')}</span>
          <textarea rows={2} value={notes} placeholder={t('logos.usagePlaceholder')} onChange={(e) => setNotes(e.target.value)} onBlur={() => notes !== logo.usageNotes && void update({ usageNotes: notes })} />
        </label>
        <div className="card-actions">
          <button type="button" className="btn small" onClick={() => setEditing(true)}>
            {t('common.rename')}
          </button>
          <label className="btn small">
            {t('logos.replace')}
            <input
              type="file"
              className="sr-only"
              accept=".png,.jpg,.jpeg,.svg,.webp,.gif"
              aria-label={t('logos.replaceLabel', { name: logo.name })}
              onChange={async (e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (!file) return;
                try {
                  await replaceLogo(logo, file);
                  toast(t('logos.replaced', { name: logo.name }), 'success');
                } catch (err) {
                  toast(errorMessage(err), 'error');
                } finally {
                  dataChanged();
                }
              }}
            />
          </label>
          <button
            type="button"
            className="btn small danger-ghost"
            onClick={async () => {
              try {
                await send('logos.delete', { id: logo.id });
                dataChanged();
                toast(t('trash.moved'), 'info');
              } catch (err) {
                toast(errorMessage(err), 'error');
              }
            }}
          >
            {t('common.delete')}
          </button>
        </div>
      </div>
    </li>
  );
}
