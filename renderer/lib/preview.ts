import { useEffect, useState } from 'react';
import { send } from '../api/client.js';
import { errorMessage } from './data.js';

export type PreviewState = { kind: 'loading' } | { kind: 'ready'; html: string } | { kind: 'error'; message: string };

/** The print HTML the PDF is made from, refreshed when `revision` changes. */
export function usePreview(method: 'preview.release' | 'preview.kit', id: string, revision: number): PreviewState {
  const [state, setState] = useState<PreviewState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      (method === 'preview.kit' ? send('preview.kit', { id }) : send('preview.release', { id })).then(
        (r) => live && setState({ kind: 'ready', html: r.html }),
        (err: unknown) => live && setState({ kind: 'error', message: errorMessage(err) }),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [method, id, revision]);
  return state;
}
