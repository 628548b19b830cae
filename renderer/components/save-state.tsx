import { useTranslation } from 'react-i18next';
import type { SaveState } from '../lib/autosave.js';

export function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const text =
    state.kind === 'saving' ? t('save.saving') : state.kind === 'saved' ? t('save.saved') : state.kind === 'error' ? t('save.error', { message: state.message }) : t('save.idle');
  return (
    <span className={`save-state save-${state.kind}`} role="status" aria-live="polite" data-testid="save-state">
      <span className="dot" aria-hidden="true" />
      {text}
    </span>
  );
}
