import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The native <dialog>: focus trap, Escape and the backdrop come from the browser. */
export function Dialog({ title, open, onClose, children, footer, wide }: { title: string; open: boolean; onClose: () => void; children: ReactNode; footer?: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  const { t } = useTranslation();
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      // showModal focuses the first focusable element (the close button): a form says where to start.
      d.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    }
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className={wide ? 'dialog wide' : 'dialog'} aria-labelledby="dialog-title" onClose={onClose} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      {open && (
        <>
          <header className="dialog-head">
            <h2 id="dialog-title">{title}</h2>
            <button type="button" className="icon-btn" onClick={onClose} aria-label={t('common.close')}>
              ×
            </button>
          </header>
          <div className="dialog-body">{children}</div>
          {footer && <footer className="dialog-foot">{footer}</footer>}
        </>
      )}
    </dialog>
  );
}

/** The primary button either submits the dialog's form (so Enter in a field works too) or runs an action. */
type Confirm = { form: string; onConfirm?: never } | { onConfirm: () => unknown; form?: never };

/**
 * A dialog's footer: Cancel (or Close), any secondary buttons, then the primary action. While the action
 * runs the primary button is disabled and may say so ("Saving…"); Cancel never is, so the officer can leave.
 * `autoFocus` marks the primary button for `Dialog` to focus when nothing in the body should have it.
 */
export function DialogActions({
  onCancel,
  cancelLabel,
  label,
  busyLabel,
  busy = false,
  disabled = false,
  autoFocus = false,
  children,
  ...confirm
}: {
  onCancel: () => void;
  cancelLabel?: string;
  label: string;
  busyLabel?: string;
  busy?: boolean;
  disabled?: boolean;
  autoFocus?: boolean;
  children?: ReactNode;
} & Confirm) {
  const { t } = useTranslation();
  const { form, onConfirm } = confirm;
  return (
    <>
      <button type="button" className="btn" onClick={onCancel}>
        {cancelLabel ?? t('common.cancel')}
      </button>
      {children}
      <button
        type={form ? 'submit' : 'button'}
        form={form}
        className="btn primary"
        disabled={busy || disabled}
        // Called without the click event: an action's optional first argument is not an event.
        onClick={onConfirm ? () => void onConfirm() : undefined}
        data-autofocus={autoFocus || undefined}
      >
        {busy && busyLabel ? busyLabel : label}
      </button>
    </>
  );
}

/**
 * The form in a dialog's body that `DialogActions` with `form={id}` submits, so Enter in a field saves
 * as the button does. noValidate: the dialog says what is missing in its own words, beside the field.
 */
export function DialogForm({ id, onSubmit, children }: { id: string; onSubmit: () => unknown; children: ReactNode }) {
  return (
    <form
      id={id}
      className="dialog-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      {children}
    </form>
  );
}
