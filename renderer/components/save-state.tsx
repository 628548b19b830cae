import { useTranslation } from 'react-i18next';
import type { SaveState } from '../lib/autosave.js';

/**
 * Where the open document stands. The labels are laid out in one grid cell, only the current one
 * visible, so the indicator is as wide as its longest label and the buttons beside it never move; a
 * failure's message takes no width of its own (cut with an ellipsis, given in full on hover). The
 * labels are drawn by CSS from their data-label; the one text node is the current state, for
 * screen readers and tests alike.
 */
export function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const labels = { idle: t('save.idle'), saving: t('save.saving'), saved: t('save.saved') };
  const text = state.kind === 'error' ? t('save.error', { message: state.message }) : labels[state.kind];
  return (
    <span className={`save-state save-${state.kind}`} role="status" aria-live="polite" data-testid="save-state" title={state.kind === 'error' ? text : undefined}>
      <span className="dot" aria-hidden="true" />
      <span className="save-labels">
        {(Object.keys(labels) as (keyof typeof labels)[]).map((k) => (
          <span key={k} className="save-label" aria-hidden="true" data-label={labels[k]} data-shown={k === state.kind || undefined} />
        ))}
        <span className="save-label save-label-error" aria-hidden="true" data-label={state.kind === 'error' ? text : ''} data-shown={state.kind === 'error' || undefined} />
        <span className="sr-only">{text}</span>
      </span>
    </span>
  );
}
