import { useTranslation } from 'react-i18next';
import type { PreviewState } from '../lib/preview.js';

/** The print HTML in a sandbox with no scripts and no same-origin access. */
export function PreviewFrame({ state, title }: { state: PreviewState; title: string }) {
  const { t } = useTranslation();
  if (state.kind === 'unavailable') return <p className="empty">{t('preview.unavailable')}</p>;
  if (state.kind === 'error') return <div className="alert error">{state.message}</div>;
  if (state.kind === 'loading') return <p className="empty">{t('common.loading')}</p>;
  return <iframe className="preview-frame" title={title} sandbox="" srcDoc={state.html} />;
}
