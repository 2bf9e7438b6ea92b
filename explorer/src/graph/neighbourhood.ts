/** The API's neighbourhood of a node as a graph the view selector can merge. Pure. */
import type { ApiAreaGraph, ApiNeighbourhood } from './types';

/** Labels the canvas draws; the neighbourhood's documents, duties and areas are left out. */
const DRAWN = new Set(['Body', 'Post', 'Organisation', 'Person']);

export function neighbourhoodGraph(n: ApiNeighbourhood): ApiAreaGraph {
  return {
    nodes: n.nodes
      .filter((x) => DRAWN.has(x.__typename))
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
      basis: e.basis,
      interpretation: e.interpretation ?? null,
    })),
  };
}
