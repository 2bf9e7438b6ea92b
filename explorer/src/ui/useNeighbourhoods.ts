import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { NEIGHBOURHOOD_QUERY, type NeighbourhoodData } from '../data/queries';
import type { ApiAreaGraph } from '../graph/types';

/** The API's neighbourhood as a graph the view selector can merge. Pure. */
export function neighbourhoodGraph(
  n: NonNullable<NeighbourhoodData['neighbourhood']>,
): ApiAreaGraph {
  return {
    nodes: n.nodes
      .filter((x) => ['Body', 'Post', 'Organisation', 'Person'].includes(x.__typename))
      .map((x) => ({
        id: x.id,
        label: x.__typename,
        name: x.name ?? x.id,
        kind: x.kind ?? null,
        function: x.function ?? null,
      })),
    edges: n.edges.map((e) => ({
      id: e.id,
      type: e.type,
      source: e.fromId,
      target: e.toId,
      documentId: e.documentId ?? null,
    })),
  };
}

/** Fetches the neighbourhood of every expanded node; failures are reported, not fatal. */
export function useNeighbourhoods(
  ids: readonly string[],
  asOf: string | null,
  allTime: boolean,
): { graphs: ApiAreaGraph[]; failed: string[]; loading: boolean } {
  const client = useApolloClient();
  const [result, setResult] = useState<{
    graphs: ApiAreaGraph[];
    failed: string[];
    loading: boolean;
  }>({ graphs: [], failed: [], loading: false });
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
          .query({ query: NEIGHBOURHOOD_QUERY, variables: { id, asOf, allTime } })
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
