import { useCallback, useEffect, useRef, useState } from 'react';
import { parseState, serializeState, type ExplorerState } from '../graph/urlState';

export type HistoryMode = 'push' | 'replace';
export type StateUpdate = Partial<ExplorerState> | ((s: ExplorerState) => ExplorerState);
export type SetExplorerState = (update: StateUpdate, mode?: HistoryMode) => void;

/**
 * The explorer's state, kept in the URL (graph/urlState): every change is a
 * history entry (unless `replace`), and Back/Forward restore the view.
 */
export function useExplorerState(): [ExplorerState, SetExplorerState] {
  const [state, setState] = useState(() => parseState(window.location.search));
  const current = useRef(state);
  current.current = state;

  useEffect(() => {
    const onPopState = (): void => setState(parseState(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback<SetExplorerState>((change, mode = 'push') => {
    const prev = current.current;
    const next = typeof change === 'function' ? change(prev) : { ...prev, ...change };
    const search = serializeState(next);
    if (search !== window.location.search) {
      const url = `${window.location.pathname}${search}${window.location.hash}`;
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    current.current = next;
    setState(next);
  }, []);

  return [state, update];
}
