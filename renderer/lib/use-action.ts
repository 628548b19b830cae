import { useCallback, useRef, useState } from 'react';
import { toast } from '../components/toasts.js';
import { errorMessage } from './data.js';

export interface ActionOptions {
  /**
   * Where a failure is told. By default a toast; a form that shows its errors beside its fields
   * passes its own setter. The backend already wrote the message in the interface's language.
   */
  onError?: (message: string) => void;
}

function toastError(message: string): void {
  toast(message, 'error');
}

/**
 * One busy state shared by several actions of a screen (Join, Sync now, Pause…): `busy` says which
 * one runs, so its button can read "Syncing…" while the others are merely disabled.
 */
export function useActions<K extends string>(options: ActionOptions = {}): { busy: K | null; run: (kind: K, step: () => Promise<unknown>) => Promise<void> } {
  const [busy, setBusy] = useState<K | null>(null);
  // A click (or Enter) that lands before React has re-rendered the disabled button must not send twice.
  const running = useRef(false);
  const onError = useRef(options.onError);
  onError.current = options.onError;
  const run = useCallback(async (kind: K, step: () => Promise<unknown>) => {
    if (running.current) return;
    running.current = true;
    setBusy(kind);
    try {
      await step();
    } catch (err) {
      (onError.current ?? toastError)(errorMessage(err));
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);
  return { busy, run };
}

/**
 * A button's action against the backend: busy while it runs (the button disabled, its label "Saving…"),
 * a failure told to the officer rather than lost in the console, and busy cleared whatever happens.
 * What follows a success (toast, close, navigate) is the step's own last lines.
 */
export function useAction(options: ActionOptions = {}): { busy: boolean; run: (step: () => Promise<unknown>) => Promise<void> } {
  const { busy, run } = useActions<'busy'>(options);
  const runStep = useCallback((step: () => Promise<unknown>) => run('busy', step), [run]);
  return { busy: busy !== null, run: runStep };
}
