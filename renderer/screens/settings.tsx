import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { send } from '../api/client.js';
import { TeamLibrarySettings } from '../components/team-library.js';
import { BackupsList } from '../components/backups-list.js';
import { toast } from '../components/toasts.js';
import { errorMessage, useQuery } from '../lib/data.js';

/** Settings: the officer's name, the sender of outreach e-mails, and the team library. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const settings = useQuery(() => send('settings.get'), []);
  const [form, setForm] = useState({ displayName: '', name: '', email: '', signature: '' });
  useEffect(() => {
    const s = settings.data;
    if (s) setForm({ displayName: s.displayName, name: s.sender.name, email: s.sender.email, signature: s.sender.signature });
  }, [settings.data]);

  const save = async () => {
    try {
      await send('settings.update', { displayName: form.displayName, sender: { name: form.name, email: form.email, signature: form.signature } });
      toast(t('settings.saved'), 'success');
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };

  return (
    <section className="screen settings" aria-labelledby="settings-title">
      <div className="screen-head">
        <div>
          <h1 id="settings-title">{t('settings.title')}</h1>
          <p className="muted">{t('settings.lead')}</p>
        </div>
      </div>
      {settings.error && <div className="alert error">{settings.error.message}</div>}
      <form
        className="form-card"
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset className="field-group">
          <legend>{t('settings.you')}</legend>
          <label className="field">
            <span>{t('settings.displayName')}</span>
            <input value={form.displayName} maxLength={120} onChange={(e) => setForm({ ...form, displayName: e.target.value })} aria-describedby="display-name-hint" />
            <small id="display-name-hint" className="muted">{t('settings.displayNameHint')}</small>
          </label>
        </fieldset>
        <fieldset className="field-group">
          <legend>{t('settings.sender')}</legend>
          <label className="field">
            <span>{t('settings.senderName')}</span>
            <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} autoComplete="name" />
          </label>
          <label className="field">
            <span>{t('settings.senderEmail')}</span>
            <input type="email" value={form.email} onChange={(e) => setForm({ ...form, email: e.target.value })} autoComplete="email" />
          </label>
          <label className="field">
            <span>{t('settings.signature')}</span>
            <textarea rows={4} value={form.signature} onChange={(e) => setForm({ ...form, signature: e.target.value })} />
          </label>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="btn primary">
            {t('common.save')}
          </button>
        </div>
      </form>
      <TeamLibrarySettings />
      <BackupsList />
    </section>
  );
}
