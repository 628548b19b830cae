import { useTranslation } from 'react-i18next';
import { send } from '../api/client.js';
import { dataChanged, errorMessage, useQuery } from '../lib/data.js';
import { formatBytes, formatDateTime } from '../lib/format.js';
import { toast } from './toasts.js';

/** Settings → Backups: the running app restores a backup itself, under its own lock. */
export function BackupsList() {
  const { t, i18n } = useTranslation();
  const backups = useQuery(() => send('library.backups'), []);
  const list = backups.data ?? [];
  const restore = async (name: string, when: string) => {
    if (!window.confirm(t('backups.restoreConfirm', { when }))) return;
    try {
      await send('library.restore', { name });
      toast(t('backups.restored', { when }), 'success');
      dataChanged();
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };
  return (
    <section className="field-group" aria-labelledby="backups-title">
      <h2 id="backups-title">{t('backups.title')}</h2>
      <p className="muted">{t('backups.lead')}</p>
      {backups.error && <div className="alert error">{backups.error.message}</div>}
      {list.length === 0 && !backups.loading ? (
        <p className="empty">{t('backups.none')}</p>
      ) : (
        <table className="data-table">
          <caption className="sr-only">{t('backups.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('backups.savedAt')}</th>
              <th scope="col">{t('backups.size')}</th>
              <th scope="col">
                <span className="sr-only">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.map((b) => {
              const when = formatDateTime(b.savedAt);
              return (
                <tr key={b.name}>
                  <td>{when}</td>
                  <td>{formatBytes(b.bytes)}</td>
                  <td className="actions">
                    {b.good ? (
                      <button type="button" className="btn small" aria-label={t('backups.restoreLabel', { when })} onClick={() => void restore(b.name, when)}>
                        {t('backups.restore')}
                      </button>
                    ) : (
                      <span className="warning-text">{t('backups.damaged', { why: b.problem ? (i18n.language === 'fr' ? b.problem.fr : b.problem.en) : '' })}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
