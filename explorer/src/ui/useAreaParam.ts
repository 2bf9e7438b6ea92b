import { useCallback, useEffect, useState } from 'react';

/** The query parameter that keeps the chosen area in the URL (`?area=wiltshire`). */
export const AREA_PARAM = 'area';

export function readAreaParam(search: string): string | null {
  const value = new URLSearchParams(search).get(AREA_PARAM)?.trim();
  return value ? value : null;
}

export type HistoryMode = 'push' | 'replace';

/**
 * The area named in the URL, and a setter that writes it back (a new history
 * entry by default, so Back returns to the previous area).
 */
export function useAreaParam(): [string | null, (id: string, mode?: HistoryMode) => void] {
  const [area, setArea] = useState(() => readAreaParam(window.location.search));

  useEffect(() => {
    const onPopState = (): void => setArea(readAreaParam(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback((id: string, mode: HistoryMode = 'push') => {
    const url = new URL(window.location.href);
    if (url.searchParams.get(AREA_PARAM) !== id) {
      url.searchParams.set(AREA_PARAM, id);
      if (mode === 'push') window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
    }
    setArea(id);
  }, []);

  return [area, update];
}
