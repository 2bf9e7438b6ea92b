import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { neighbourhoodGraph } from '../graph/neighbourhood';
import type { ApiAreaGraph } from '../graph/types';
import { NEIGHBOURHOOD_QUERY, neighbourhoodVariables } from './operations';

export interface Neighbourhoods {
  graphs: ApiAreaGraph[];
  /** Ids whose neighbourhood could not be read. */
  failed: string[];
  loading: boolean;
}

/** Fetches the neighbourhood of every expanded node; failures are reported, not fatal. */
export function useNeighbourhoods(
  ids: readonly string[],
  asOf: string | null,
  allTime: boolean,
): Neighbourhoods {
  const client = useApolloClient();
  const [result, setResult] = useState<Neighbourhoods>({ graphs: [], failed: [], loading: false });
  const key = ids.join(',');
  useEffect(() => {
    if (!key) {
      setResult({ graphs: [], failed: [], loading: false });
      return;
    }
    let cancelled = false;
    setResult((r) => ({ ...r, loading: true }));
    const list = key.split(',');
    void Promise.all(
      list.map((id) =>
        client
          .query({
            query: NEIGHBOURHOOD_QUERY,
            variables: neighbourhoodVariables(id, asOf, allTime),
          })
          .then((r) => (r.data?.neighbourhood ? neighbourhoodGraph(r.data.neighbourhood) : null))
          .catch(() => null),
      ),
    ).then((graphs) => {
      if (cancelled) return;
      setResult({
        graphs: graphs.filter((g): g is ApiAreaGraph => g !== null),
        failed: list.filter((_, i) => graphs[i] === null),
        loading: false,
      });
    });
    return () => {
      cancelled = true;
    };
  }, [client, key, asOf, allTime]);
  return result;
}
