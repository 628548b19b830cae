import { useTranslation } from 'react-i18next';
import { send } from '../api/client.js';
import { dataChanged } from '../lib/data.js';
import { useAction } from '../lib/use-action.js';
import { toast } from './toasts.js';
import { openFilePicker } from './import-center.js';

export function FirstRun({ onNew }: { onNew: () => void }) {
  const { t } = useTranslation();
  const { busy, run } = useAction();
  const load = () =>
    run(async () => {
      await send('sample.load', {});
      toast(t('firstRun.loaded'), 'success');
      dataChanged();
    });
  return (
    <section className="screen first-run" aria-labelledby="first-run-title">
      <div className="welcome">
        <h1 id="first-run-title">{t('firstRun.title')}</h1>
        <p className="lead">{t('firstRun.lead')}</p>
        <div className="welcome-actions">
          <button type="button" className="btn primary large" onClick={() => void load()} disabled={busy} aria-busy={busy}>
            {busy ? t('firstRun.loading') : t('firstRun.sample')}
          </button>
          <button type="button" className="btn large" onClick={onNew}>
            {t('firstRun.blank')}
          </button>
          <button type="button" className="btn large" onClick={openFilePicker}>
            {t('firstRun.import')}
          </button>
        </div>
        <p className="muted">{t('firstRun.hint')}</p>
      </div>
    </section>
  );
}
