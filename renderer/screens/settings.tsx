import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../api/client.js';
import type { Lang } from '../../electron/model/common.js';
import { TeamLibrarySettings } from '../components/team-library.js';
import { BackupsList } from '../components/backups-list.js';
import { Field } from '../components/editor-parts.js';
import { toast } from '../components/toasts.js';
import { errorMessage, useQuery } from '../lib/data.js';

const SIGNATURE_LANGS = ['fr', 'en', 'ja'] as const;
type SignatureLang = (typeof SIGNATURE_LANGS)[number];

interface Form {
  displayName: string;
  name: string;
  email: string;
  signature: string;
  signatures: Record<SignatureLang, string>;
  pageSize: 'letter' | 'a4' | '';
  lang: Lang | '';
}

const EMPTY: Form = { displayName: '', name: '', email: '', signature: '', signatures: { fr: '', en: '', ja: '' }, pageSize: '', lang: '' };

/**
 * Settings, one section each: you (the name history and the outreach log carry), the sender of
 * outreach e-mails with a signature per language, what a new kit starts with, the team library and
 * backups. Sections are listed in a table of contents so later ones (team library) have a place.
 */
export function SettingsScreen() {
  const { t } = useTranslation();
  const settings = useQuery(() => send('settings.get'), []);
  const [form, setForm] = useState<Form>(EMPTY);
  const loaded = useRef(false);
  useEffect(() => {
    const s = settings.data;
    // Filled from disk once; later reloads (after a save) must not undo what is being typed.
    if (!s || loaded.current) return;
    loaded.current = true;
    setForm({
      displayName: s.displayName,
      name: s.sender.name,
      email: s.sender.email,
      signature: s.sender.signature,
      signatures: { fr: s.signatures.fr ?? '', en: s.signatures.en ?? '', ja: s.signatures.ja ?? '' },
      pageSize: s.defaults.pageSize ?? '',
      lang: s.defaults.lang ?? '',
    });
  }, [settings.data]);

  const save = async () => {
    try {
      await send('settings.update', {
        displayName: form.displayName,
        sender: { name: form.name, email: form.email, signature: form.signature },
        signatures: form.signatures,
        defaults: { pageSize: form.pageSize || null, lang: form.lang || null },
      });
      toast(t('settings.saved'), 'success');
      settings.reload();
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };

  const sections = [
    { id: 'settings-you', label: t('settings.you') },
    { id: 'settings-sender', label: t('settings.sender') },
    { id: 'settings-kits', label: t('settings.newKits') },
    { id: 'settings-team', label: t('sync.title') },
    { id: 'settings-backups', label: t('backups.title') },
  ];

  return (
    <section className="screen settings" aria-labelledby="settings-title">
      <div className="screen-head">
        <div>
          <h1 id="settings-title">{t('settings.title')}</h1>
          <p className="muted">{t('settings.lead')}</p>
        </div>
      </div>
      <nav className="settings-toc" aria-label={t('settings.sections')}>
        <ul>
          {sections.map((s) => (
            <li key={s.id}>
              <a
                href={`#${s.id}`}
                onClick={(e) => {
                  // Hash links would change the route: scroll instead.
                  e.preventDefault();
                  document.getElementById(s.id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
                }}
              >
                {s.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {settings.error && <div className="alert error">{settings.error.message}</div>}
      {/* Shown once the saved settings are in: typing into a form that is then filled from disk would lose the typing. */}
      {!settings.data && !settings.error && <p className="muted">{t('common.loading')}</p>}
      {settings.data && (
      <form
        className="form-card settings-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset className="field-group" id="settings-you">
          <legend>{t('settings.you')}</legend>
          <Field label={t('settings.displayName')} hint={t('settings.displayNameHint')}>
            {(c) => <input {...c} value={form.displayName} maxLength={120} onChange={(e) => setForm({ ...form, displayName: e.target.value })} />}
          </Field>
        </fieldset>
        <fieldset className="field-group" id="settings-sender">
          <legend>{t('settings.sender')}</legend>
          <div className="row">
            <Field label={t('settings.senderName')} className="grow">
              {(c) => <input {...c} value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} autoComplete="name" />}
            </Field>
            <Field label={t('settings.senderEmail')} className="grow">
              {(c) => <input {...c} type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} autoComplete="email" />}
            </Field>
          </div>
          {SIGNATURE_LANGS.map((l) => (
            <Field key={l} label={t('settings.signatureIn', { lang: t(`baseLangs.${l}`) })}>
              {(c) => (
                <textarea
                  {...c}
                  rows={4}
                  lang={l === 'fr' ? 'fr-CA' : l}
                  value={form.signatures[l]}
                  placeholder={l === 'fr' ? t('settings.signaturePlaceholderFr') : l === 'en' ? t('settings.signaturePlaceholderEn') : ''}
                  onChange={(e) => setForm({ ...form, signatures: { ...form.signatures, [l]: e.target.value } })}
                />
              )}
            </Field>
          ))}
          <Field label={t('settings.signature')} hint={t('settings.signatureHint')}>
            {(c) => <textarea {...c} rows={3} value={form.signature} onChange={(e) => setForm({ ...form, signature: e.target.value })} />}
          </Field>
        </fieldset>
        <fieldset className="field-group" id="settings-kits">
          <legend>{t('settings.newKits')}</legend>
          <p className="hint">{t('settings.newKitsHint')}</p>
          <div className="row">
            <Field label={t('settings.defaultLang')}>
              {(c) => (
                <select {...c} value={form.lang} onChange={(e) => setForm({ ...form, lang: e.target.value as Lang | '' })}>
                  <option value="">{t('settings.langFromReleases')}</option>
                  {(['fr-CA', 'fr-FR', 'en-US', 'en-GB', 'ja'] as const).map((l) => (
                    <option key={l} value={l}>
                      {t(`langs.${l}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={t('settings.defaultPageSize')}>
              {(c) => (
                <select {...c} value={form.pageSize} onChange={(e) => setForm({ ...form, pageSize: e.target.value as Form['pageSize'] })}>
                  <option value="">{t('settings.pageSizeByLang')}</option>
                  <option value="letter">{t('kits.letter')}</option>
                  <option value="a4">A4</option>
                </select>
              )}
            </Field>
          </div>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="btn primary">
            {t('common.save')}
          </button>
        </div>
      </form>
      )}
      <div id="settings-team">
        <TeamLibrarySettings />
      </div>
      <div id="settings-backups">
        <BackupsList />
      </div>
    </section>
  );
}

