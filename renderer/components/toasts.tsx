import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

interface Toast {
  id: number;
  kind: 'info' | 'error' | 'success';
  text: string;
}
let toasts: Toast[] = [];
let next = 1;
const listeners = new Set<() => void>();
function emit() {
  for (const l of listeners) l();
}

export function toast(text: string, kind: Toast['kind'] = 'info'): void {
  const id = next++;
  // A burst of messages (a folder of files dropped at once) keeps only the latest few on screen.
  toasts = [...toasts, { id, kind, text }].slice(-4);
  emit();
  setTimeout(() => dismiss(id), kind === 'error' ? 9000 : 3500);
}
function dismiss(id: number) {
  toasts = toasts.filter((t) => t.id !== id);
  emit();
}

export function Toasts() {
  const { t } = useTranslation();
  const list = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => toasts,
  );
  return (
    <div className="toasts" role="status" aria-live="polite">
      {list.map((item) => (
        <div key={item.id} className={`toast toast-${item.kind}`}>
          <span>{item.text}</span>
          <button type="button" className="icon-btn" aria-label={t('common.close')} onClick={() => dismiss(item.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
