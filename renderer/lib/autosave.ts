import { useCallback, useEffect, useRef, useState } from 'react';
import { send } from '../api/client.js';
import type { MethodInput, MethodOutput } from '../../electron/api/contract.js';
import type { CollectionName } from '../../electron/model/constants.js';
import { errorMessage } from './data.js';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: number } | { kind: 'error'; message: string };

const DEBOUNCE_MS = 600;

export function draftKey(method: string, id: string): string {
  return `mk:unsaved:${method}:${id}`;
}

/** A patch the server has not confirmed yet, kept by the browser so a crash or a closed window loses nothing. */
export function readDraft<T>(method: string, id: string): Partial<T> | null {
  try {
    const raw = localStorage.getItem(draftKey(method, id));
    return raw ? (JSON.parse(raw) as Partial<T>) : null;
  } catch {
    return null;
  }
}

/**
 * Debounced saving of field patches to `<collection>.update`: every edit is kept in localStorage
 * until the server confirms it, failures retry with back-off, and leaving the screen flushes.
 */
/** The methods autosave sends a patch to: one per collection of the entity registry. */
export type UpdateMethod = `${CollectionName}.update`;

export function useAutosave<M extends UpdateMethod, T extends object = MethodOutput<M>>(method: M, id: string, onSaved?: (entity: T) => void) {
  const pending = useRef<Partial<T>>({});
  const inflight = useRef(false);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retries = useRef(0);
  const savedCb = useRef(onSaved);
  savedCb.current = onSaved;
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  const persistDraft = useCallback(() => {
    const key = draftKey(method, id);
    if (Object.keys(pending.current).length) localStorage.setItem(key, JSON.stringify(pending.current));
    else localStorage.removeItem(key);
  }, [method, id]);

  const save = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inflight.current) {
      again.current = true;
      return;
    }
    const patch = pending.current;
    if (!Object.keys(patch).length) return;
    pending.current = {};
    inflight.current = true;
    setState({ kind: 'saving' });
    try {
      // One of six typed methods, chosen by the screen: sent as the union of their inputs.
      const entity = (await send(method as UpdateMethod, { id, patch } as MethodInput<UpdateMethod>)) as T;
      retries.current = 0;
      persistDraft();
      // Edits typed while this one was in flight are still waiting: the indicator keeps saying so.
      setState(Object.keys(pending.current).length ? { kind: 'saving' } : { kind: 'saved', at: Date.now() });
      savedCb.current?.(entity);
    } catch (err) {
      // Newer edits win over the failed patch's values for the same fields.
      pending.current = { ...patch, ...pending.current };
      persistDraft();
      setState({ kind: 'error', message: errorMessage(err) });
      const delay = Math.min(30_000, 2000 * 2 ** retries.current++);
      timer.current = setTimeout(() => void save(), delay);
    } finally {
      inflight.current = false;
      if (again.current) {
        again.current = false;
        void save();
      }
    }
  }, [method, id, persistDraft]);

  const change = useCallback(
    (patch: Partial<T>) => {
      pending.current = { ...pending.current, ...patch };
      persistDraft();
      // "Saving…" from the first keystroke: the edit is not on disk until the server says so.
      setState((s) => (s.kind === 'saving' ? s : { kind: 'saving' }));
      clearTimeout(timer.current);
      retries.current = 0;
      timer.current = setTimeout(() => void save(), DEBOUNCE_MS);
    },
    [persistDraft, save],
  );

  useEffect(() => {
    const flush = () => void save();
    const onHide = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('blur', flush);
    window.addEventListener('beforeunload', flush);
    window.addEventListener('mk:save', flush);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('blur', flush);
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('mk:save', flush);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [save]);

  return { state, change, save, hasPending: () => Object.keys(pending.current).length > 0 };
}

/**
 * Loads an entity for an editor screen and puts back an edit the server never confirmed (the
 * window was closed or the app crashed mid-save): the draft is shown and queued for saving again.
 */
export function useEditableEntity<T extends object>(
  load: () => Promise<T>,
  updateMethod: string,
  id: string,
  autosave: { change(patch: Partial<T>): void; hasPending?(): boolean },
  onRestored: () => void,
) {
  const [entity, setEntity] = useState<T | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Bumped when the team's version replaces what the screen shows: uncontrolled editors remount.
  const [generation, setGeneration] = useState(0);
  const shown = useRef<T | null>(null);
  shown.current = entity;
  useEffect(() => {
    // Another officer's edit arrived through the team library: shown at once, unless this screen
    // holds an edit of its own not yet saved (that one is saved on top, field by field).
    const onTeamChange = () => {
      if (autosave.hasPending?.()) return;
      load().then(
        (loaded) => {
          const current = shown.current as { updatedAt?: string } | null;
          if (!current || current.updatedAt === (loaded as { updatedAt?: string }).updatedAt || autosave.hasPending?.()) return;
          setEntity(loaded);
          setGeneration((g) => g + 1);
        },
        () => undefined,
      );
    };
    window.addEventListener('mk:team-change', onTeamChange);
    return () => window.removeEventListener('mk:team-change', onTeamChange);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [updateMethod, id]);
  useEffect(() => {
    let live = true;
    load().then(
      (loaded) => {
        if (!live) return;
        const draft = readDraft<T>(updateMethod, id);
        if (draft && Object.keys(draft).length) {
          setEntity({ ...loaded, ...draft });
          autosave.change(draft);
          onRestored();
        } else setEntity(loaded);
      },
      (err: unknown) => live && setLoadError(errorMessage(err)),
    );
    return () => {
      live = false;
    };
    // Reload only when the screen shows another entity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [updateMethod, id]);
  return { entity, setEntity, loadError, generation };
}
