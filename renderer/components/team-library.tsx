import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isDesktop, send } from '../api/client.js';
import { dataChanged } from '../lib/data.js';
import { formatDateTime } from '../lib/format.js';
import { href } from '../lib/router.js';
import { refreshSyncStatus, useSyncStatus, type SyncStatus } from '../lib/sync-status.js';
import { useActions } from '../lib/use-action.js';
import { toast } from './toasts.js';

/** A status line in the interface language: "Up to date", "Syncing 12", "Offline…". */
export function phaseText(status: SyncStatus, t: (key: string, o?: Record<string, unknown>) => string): string {
  if (status.phase === 'syncing' && status.pending > 0) return t('sync.phase.syncingCount', { count: status.pending });
  return t(`sync.phase.${status.phase}`);
}

export function localized(text: string | { en: string; fr: string }, lang: string): string {
  return typeof text === 'string' ? text : lang === 'fr' ? text.fr : text.en;
}

/** Which button's action runs: its label says so ("Syncing…"), the others are only disabled. */
type TeamAction = 'join' | 'sync' | 'toggle' | 'leave';

/** Settings → Team library: join one, see how it is doing, sync now, pause, leave. */
export function TeamLibrarySettings() {
  const { t, i18n } = useTranslation();
  const status = useSyncStatus();
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const actions = useActions<TeamAction>();
  const busy = actions.busy;

  const run = async (what: TeamAction, step: () => Promise<unknown>, done?: string) => {
    await actions.run(what, async () => {
      await step();
      if (done) toast(done, 'success');
      dataChanged();
    });
    // Failed or not, the status line shows where the team library stands now.
    await refreshSyncStatus();
  };

  const join = (e: FormEvent) => {
    e.preventDefault();
    void run(
      'join',
      async () => {
        await send('sync.setup', { url, user, ...(password ? { password } : {}) });
        setPassword('');
        await send('sync.start');
      },
      t('sync.joined'),
    );
  };

  const passwordHint = isDesktop ? t('sync.passwordHint.keychain') : t('sync.passwordHint.environment');

  if (!status?.configured) {
    return (
      <form className="field-group" onSubmit={join} aria-labelledby="team-title">
        <h2 id="team-title">{t('sync.title')}</h2>
        <p className="muted">{t('sync.lead')}</p>
        <label className="field">
          <span>{t('sync.url')}</span>
          <input type="url" required value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://couch.example.org/presse" aria-describedby="team-url-hint" />
          <small id="team-url-hint" className="muted">{t('sync.urlHint')}</small>
        </label>
        <label className="field">
          <span>{t('sync.user')}</span>
          <input value={user} onChange={(e) => setUser(e.target.value)} autoComplete="username" />
        </label>
        <label className="field">
          <span>{t('sync.password')}</span>
          <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" aria-describedby="team-password-hint" />
          <small id="team-password-hint" className="muted">{passwordHint}</small>
        </label>
        <div className="form-actions">
          <button type="submit" className="btn primary" disabled={busy !== null}>
            {busy === 'join' ? t('sync.joining') : t('sync.join')}
          </button>
        </div>
      </form>
    );
  }

  const lang = i18n.language;
  return (
    <section className="field-group" aria-labelledby="team-title">
      <h2 id="team-title">{t('sync.title')}</h2>
      <p>
        <strong>{phaseText(status, t)}</strong> · {t('sync.connectedAs', { url: status.url, user: status.user ?? '—' })}
      </p>
      <p className="muted">{status.lastSync ? t('sync.lastSync', { when: formatDateTime(status.lastSync.at) }) : t('sync.never')}</p>
      {status.lastError && <div className="alert warning" role="status">{localized(status.lastError.message, lang)}</div>}
      {!status.passwordKnown && (
        <form
          className="field"
          onSubmit={(e) => {
            e.preventDefault();
            void run('join', async () => {
              await send('sync.setup', { url: status.url ?? '', user: status.user ?? '', password });
              setPassword('');
              await send('sync.start');
            });
          }}
        >
          <label className="field">
            <span>{t('sync.password')}</span>
            <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" aria-describedby="team-password-hint" />
            <small id="team-password-hint" className="muted">{t('sync.enterPassword')} {passwordHint}</small>
          </label>
          <div className="form-actions">
            <button type="submit" className="btn primary" disabled={busy !== null || !password}>
              {t('sync.savePassword')}
            </button>
          </div>
        </form>
      )}
      {status.conflicts.length > 0 && (
        <div className="alert warning">
          <a href={href({ screen: 'conflicts' })}>{t('sync.conflicts', { count: status.conflicts.length })}</a>
        </div>
      )}
      {status.notices.map((n) => (
        <p key={`${n.id}-${n.at}`} className="muted">
          {t('sync.editKept', { id: n.id })}
        </p>
      ))}
      {status.refused.length > 0 && (
        <details>
          <summary>{t('sync.refused', { count: status.refused.length })}</summary>
          <p className="muted">{t('sync.refusedLead')}</p>
          <ul>
            {status.refused.map((r) => (
              <li key={r.id}>
                <code>{r.id}</code>: {localized(r.reason, lang)}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="form-actions">
        <button type="button" className="btn" disabled={busy !== null} onClick={() => void run('sync', async () => {
          const r = await send('sync.run');
          toast(t('sync.synced', { pushed: r.sent, pulled: r.received }), 'success');
        })}>
          {busy === 'sync' ? t('sync.syncing') : t('sync.syncNow')}
        </button>
        <button type="button" className="btn" disabled={busy !== null} onClick={() => void run('toggle', () => (status.live ? send('sync.stop') : send('sync.start')))}>
          {status.live ? t('sync.pause') : t('sync.resume')}
        </button>
        <button
          type="button"
          className="btn danger-ghost"
          disabled={busy !== null}
          onClick={() => {
            if (window.confirm(t('sync.leaveConfirm'))) void run('leave', () => send('sync.leave'), t('sync.left'));
          }}
        >
          {t('sync.leave')}
        </button>
      </div>
    </section>
  );
}

/** The sidebar's line: where the team library stands, a link to it, and to the conflicts. */
export function SyncIndicator() {
  const { t } = useTranslation();
  const status = useSyncStatus();
  if (!status?.configured) return null;
  return (
    <div className={`sync-indicator sync-${status.phase}`} role="status" aria-live="polite">
      <a href={href({ screen: 'settings' })}>
        <span className="sync-dot" aria-hidden="true" /> {phaseText(status, t)}
      </a>
      {status.conflicts.length > 0 && (
        <a className="sync-conflicts" href={href({ screen: 'conflicts' })}>
          {t('sync.conflicts', { count: status.conflicts.length })}
        </a>
      )}
    </div>
  );
}
