/**
 * Network measures of the drawn graph with graphology and
 * graphology-metrics (not hand-written): degree (ties per node) and
 * betweenness (how many shortest paths between other nodes run through a
 * node, normalised to 0..1, ties read both ways). A node with a high
 * betweenness is a single point of failure: take it away and others lose
 * their shortest (often their only) line to each other. Pure.
 */
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness';
import type { ViewGraph } from './view';

export interface NodeMeasures {
  id: string;
  degree: number;
  betweenness: number;
}

export function measureGraph(view: Pick<ViewGraph, 'nodes' | 'edges'>): Map<string, NodeMeasures> {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  for (const n of view.nodes) graph.addNode(n.id);
  for (const e of view.edges) {
    if (e.source === e.target || !graph.hasNode(e.source) || !graph.hasNode(e.target)) continue;
    graph.mergeEdge(e.source, e.target);
  }
  const betweenness =
    graph.order > 2
      ? betweennessCentrality(graph, { normalized: true })
      : ({} as Record<string, number>);
  const out = new Map<string, NodeMeasures>();
  graph.forEachNode((id) => {
    out.set(id, { id, degree: graph.degree(id), betweenness: betweenness[id] ?? 0 });
  });
  return out;
}

/**
 * The single points of failure: nodes with a betweenness of at least
 * `threshold`, most central first (then by degree, then id), at most `limit`.
 */
export function singlePointsOfFailure(
  measures: ReadonlyMap<string, NodeMeasures>,
  limit = 5,
  threshold = 0.1,
): NodeMeasures[] {
  return [...measures.values()]
    .filter((m) => m.betweenness >= threshold)
    .sort((a, b) => b.betweenness - a.betweenness || b.degree - a.degree || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}
