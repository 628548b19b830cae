import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export function TagInput({ label, tags, onChange, suggestions = [] }: { label: string; tags: string[]; onChange: (tags: string[]) => void; suggestions?: string[] }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const id = useId();
  const add = () => {
    const parts = text.split(',').map((s) => s.trim()).filter(Boolean);
    const next = [...tags];
    for (const p of parts) if (!next.includes(p)) next.push(p);
    if (next.length !== tags.length) onChange(next);
    setText('');
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="tag-input">
        {tags.map((tag) => (
          <span key={tag} className="chip">
            {tag}
            <button type="button" aria-label={t('common.removeItem', { name: tag })} onClick={() => onChange(tags.filter((x) => x !== tag))}>
              ×
            </button>
          </span>
        ))}
        <input
          id={id}
          list={`${id}-list`}
          value={text}
          placeholder={t('releases.tagPlaceholder')}
          onChange={(e) => setText(e.target.value)}
          onBlur={add}
          onKeyDown={(e) => {
            if (e.key === 'Enter' || e.key === ',') {
              e.preventDefault();
              add();
            } else if (e.key === 'Backspace' && !text && tags.length) onChange(tags.slice(0, -1));
          }}
        />
        <datalist id={`${id}-list`}>
          {suggestions.filter((s) => !tags.includes(s)).map((s) => (
            <option key={s} value={s} />
          ))}
        </datalist>
      </div>
    </div>
  );
}
