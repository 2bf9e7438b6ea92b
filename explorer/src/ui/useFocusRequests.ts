import { useCallback, useEffect, useRef, useState } from 'react';
import type { Highlight } from '../graph/decorations';
import type { ViewGraph } from '../graph/view';
import { focusTarget, type FocusRequest } from '../graph/workspace';
import type { SetExplorerState } from './useExplorerState';

export interface FocusOptions {
  /** Hand the keyboard to the first id once it is in view (a chosen search hit). */
  keyboard?: boolean;
}

/**
 * The workspace's focus requests for its canvas: `focus(ids, select)` from
 * the panels and the search box, and every new highlight (chain, post,
 * finding). What an id means on the drawn view is `focusTarget`
 * (graph/workspace.ts); this hook only numbers the requests.
 */
export function useFocusRequests(
  view: ViewGraph,
  highlight: Highlight | null,
  set: SetExplorerState,
): {
  request: FocusRequest | null;
  focus: (ids: readonly string[], select?: string | null, options?: FocusOptions) => void;
} {
  const [request, setRequest] = useState<FocusRequest | null>(null);
  const nonce = useRef(0);
  const viewRef = useRef(view);
  viewRef.current = view;

  const focus = useCallback(
    (ids: readonly string[], select?: string | null, options: FocusOptions = {}) => {
      const target = focusTarget(viewRef.current, ids, select);
      if (target.select !== undefined) set({ sel: target.select });
      nonce.current += 1;
      setRequest({
        ids: target.nodeIds,
        nonce: nonce.current,
        ...(options.keyboard && ids[0] ? { keyboardFocus: ids[0] } : {}),
      });
    },
    [set],
  );

  // A new highlight (chain, post's bodies, finding) brings its nodes into view.
  useEffect(() => {
    if (!highlight || highlight.nodeIds.size === 0) return;
    nonce.current += 1;
    setRequest({ ids: [...highlight.nodeIds], nonce: nonce.current });
  }, [highlight]);

  return { request, focus };
}
