import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface PickItem {
  id: string;
  label: string;
  hint?: string;
}

/** An ordered choice: the chosen items in order (moved with buttons), and a menu to add more. */
export function OrderedPicker({ label, items, selected, onChange, addLabel }: { label: string; items: PickItem[]; selected: string[]; onChange: (ids: string[]) => void; addLabel: string }) {
  const { t } = useTranslation();
  const id = useId();
  const byId = new Map(items.map((i) => [i.id, i]));
  const move = (from: number, to: number) => {
    if (to < 0 || to >= selected.length) return;
    const next = [...selected];
    const [x] = next.splice(from, 1);
    next.splice(to, 0, x!);
    onChange(next);
  };
  const available = items.filter((i) => !selected.includes(i.id));
  return (
    <fieldset className="picker">
      <legend>{label}</legend>
      {selected.length > 0 && (
        <ol className="picker-list">
          {selected.map((sid, i) => {
            const item = byId.get(sid);
            const name = item?.label ?? t('common.missing');
            return (
              <li key={sid}>
                <span className="picker-label">
                  {name}
                  {item?.hint && <span className="muted"> · {item.hint}</span>}
                </span>
                <span className="picker-actions">
                  <button type="button" className="icon-btn" aria-label={t('common.moveUp', { name })} disabled={i === 0} onClick={() => move(i, i - 1)}>
                    ↑
                  </button>
                  <button type="button" className="icon-btn" aria-label={t('common.moveDown', { name })} disabled={i === selected.length - 1} onClick={() => move(i, i + 1)}>
                    ↓
                  </button>
                  <button type="button" className="icon-btn" aria-label={t('common.removeItem', { name })} onClick={() => onChange(selected.filter((x) => x !== sid))}>
                    ×
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <label className="sr-only" htmlFor={id}>
        {addLabel}
      </label>
      <select
        id={id}
        value=""
        disabled={available.length === 0}
        onChange={(e) => {
          if (e.target.value) onChange([...selected, e.target.value]);
        }}
      >
        <option value="">{available.length ? `+ ${addLabel}` : t('common.nothingToAdd')}</option>
        {available.map((i) => (
          <option key={i.id} value={i.id}>
            {i.label}
            {i.hint ? ` · ${i.hint}` : ''}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
