import { useTranslation } from 'react-i18next';
import { send } from '../api/client.js';
import { dataChanged, errorMessage, useQuery } from '../lib/data.js';
import { formatDateTime } from '../lib/format.js';
import { toast } from '../components/toasts.js';

export function TrashScreen() {
  const { t } = useTranslation();
  const trash = useQuery(() => send('trash.list'), []);
  const items = trash.data ?? [];
  const act = async (fn: () => Promise<unknown>, done: string) => {
    try {
      await fn();
      dataChanged();
      toast(done, 'success');
    } catch (err) {
      toast(errorMessage(err), 'error');
    }
  };
  const restore = (collection: (typeof items)[number]['collection'], id: string) => {
    const m = `${collection}.restore` as const;
    return send(m, { id });
  };
  return (
    <section className="screen" aria-labelledby="trash-title">
      <div className="screen-head">
        <div>
          <h1 id="trash-title">{t('nav.trash')}</h1>
          <p className="muted">{t('trash.lead')}</p>
        </div>
        {items.length > 0 && (
          <button
            type="button"
            className="btn danger"
            onClick={() => {
              if (window.confirm(t('trash.emptyConfirm', { count: items.length }))) void act(() => send('trash.purge', {}), t('trash.emptied'));
            }}
          >
            {t('trash.empty')}
          </button>
        )}
      </div>
      {trash.error && <div className="alert error">{trash.error.message}</div>}
      {items.length === 0 && !trash.loading ? (
        <p className="empty">{t('trash.none')}</p>
      ) : (
        <table className="data-table">
          <caption className="sr-only">{t('nav.trash')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('trash.item')}</th>
              <th scope="col">{t('trash.kind')}</th>
              <th scope="col">{t('trash.deletedAt')}</th>
              <th scope="col">
                <span className="sr-only">{t('common.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={`${item.collection}-${item.id}`}>
                <td>{item.title || t('common.untitled')}</td>
                <td>
                  <span className={`badge badge-${item.collection}`}>{t(`collections.${item.collection}`)}</span>
                </td>
                <td>{formatDateTime(item.deletedAt)}</td>
                <td className="actions">
                  <button type="button" className="btn small" onClick={() => void act(() => restore(item.collection, item.id), t('trash.restored', { name: item.title }))}>
                    {t('trash.restore')}
                  </button>
                  <button
                    type="button"
                    className="btn small danger-ghost"
                    onClick={() => {
                      if (window.confirm(t('trash.purgeConfirm', { name: item.title }))) void act(() => send('trash.purge', { collection: item.collection, id: item.id }), t('trash.purged'));
                    }}
                  >
                    {t('trash.purge')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
