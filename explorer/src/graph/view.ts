/**
 * The one selector both the canvas and the table read: from an area's graph
 * (plus any expanded neighbourhoods) to exactly the nodes and edges shown,
 * after the relationship-type filter, collapsed nodes and the diff's
 * documents. Pure; a test compares the canvas's and the table's ids.
 */
import type { ApiAreaGraph, ApiGraphEdge, ApiGraphNode } from './types';

/** One drawn edge: one tie (type, source, target), stated by one or more documents. */
export interface ViewEdge {
  /** The id of the first statement (API relationship id). */
  id: string;
  type: string;
  source: string;
  target: string;
  /** Every statement drawn by this edge. */
  apiEdgeIds: string[];
  documentIds: string[];
  /**
   * The reason when every statement drawn by this edge is INTERPRETED (our
   * reading, decision 0026); null when any document states it.
   */
  interpretation: string | null;
}

export interface ViewGraph {
  nodes: ApiGraphNode[];
  edges: ViewEdge[];
  /** For each collapsed node, how many neighbours it hides. */
  hiddenBy: Map<string, number>;
  /** Relationship types present before filtering (for the filter's checkboxes). */
  types: string[];
  /** Statements whose ends are not among the nodes. */
  droppedEdgeIds: string[];
}

export interface ViewOptions {
  /** Relationship types not drawn. */
  hiddenTypes?: readonly string[];
  /** Nodes whose leaf neighbours (connected to nothing else) are hidden. */
  collapsed?: readonly string[];
  /** Extra graphs merged in (expanded neighbourhoods). */
  extra?: readonly ApiAreaGraph[];
  /** Only statements of these documents (the diff overlay). */
  documentIds?: readonly string[] | null;
  /**
   * The overview of a large area: posts and people are folded into the
   * bodies they are tied to (each body counts them as hidden), except the
   * ones in `keep` (what is selected or highlighted).
   */
  overview?: { keep: ReadonlySet<string> } | null;
}

/** Areas with more nodes than this open as an overview (posts and people folded). */
export const OVERVIEW_ABOVE = 30;

/** Node labels the overview folds into the bodies they are tied to. */
const FOLDED_LABELS: ReadonlySet<string> = new Set(['Post', 'Person']);

/** True when this graph opens as an overview unless the full graph is asked for. */
export function opensAsOverview(graph: ApiAreaGraph): boolean {
  return graph.nodes.length > OVERVIEW_ABOVE;
}

/**
 * Folds posts and people (not in `keep`) into their neighbours: returns the
 * nodes and edges left and, for each node left, how many it now stands for.
 */
export function foldPeople(
  nodes: readonly ApiGraphNode[],
  edges: readonly ApiGraphEdge[],
  keep: ReadonlySet<string>,
): { nodes: ApiGraphNode[]; edges: ApiGraphEdge[]; folded: Map<string, number> } {
  const gone = new Set(
    nodes.filter((n) => FOLDED_LABELS.has(n.label) && !keep.has(n.id)).map((n) => n.id),
  );
  const into = new Map<string, Set<string>>();
  for (const e of edges) {
    for (const [a, b] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      if (gone.has(a) && !gone.has(b)) {
        const set = into.get(b) ?? new Set<string>();
        set.add(a);
        into.set(b, set);
      }
    }
  }
  const folded = new Map([...into].map(([id, set]) => [id, set.size]));
  return {
    nodes: nodes.filter((n) => !gone.has(n.id)),
    edges: edges.filter((e) => !gone.has(e.source) && !gone.has(e.target)),
    folded,
  };
}

/** Merge graphs, first occurrence of an id wins. */
export function mergeGraphs(base: ApiAreaGraph, extra: readonly ApiAreaGraph[]): ApiAreaGraph {
  if (extra.length === 0) return base;
  const nodes = new Map<string, ApiGraphNode>();
  const edges = new Map<string, ApiGraphEdge>();
  for (const g of [base, ...extra]) {
    for (const n of g.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of g.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

export function selectViewGraph(graph: ApiAreaGraph, options: ViewOptions = {}): ViewGraph {
  const merged = mergeGraphs(graph, options.extra ?? []);
  const nodeIds = new Set<string>();
  const nodes: ApiGraphNode[] = [];
  for (const n of merged.nodes) {
    if (nodeIds.has(n.id)) continue;
    nodeIds.add(n.id);
    nodes.push(n);
  }
  const dropped: string[] = [];
  const docs = options.documentIds ? new Set(options.documentIds) : null;
  let edges = merged.edges.filter((e) => {
    if (!nodeIds.has(e.source) || !nodeIds.has(e.target)) {
      dropped.push(e.id);
      return false;
    }
    return !docs || (e.documentId != null && docs.has(e.documentId));
  });
  const types = [...new Set(edges.map((e) => e.type))].sort();

  // Nodes that take part in some statement before filtering by type.
  const hadEdges = new Set<string>();
  for (const e of edges) {
    hadEdges.add(e.source);
    hadEdges.add(e.target);
  }
  const hidden = new Set(options.hiddenTypes ?? []);
  edges = edges.filter((e) => !hidden.has(e.type));

  let kept = nodes.filter((n) => {
    if (docs) return hadEdges.has(n.id);
    return true;
  });
  // Nodes left with no edge by the type filter are not drawn.
  const hasEdge = new Set<string>();
  for (const e of edges) {
    hasEdge.add(e.source);
    hasEdge.add(e.target);
  }
  kept = kept.filter((n) => hasEdge.has(n.id) || !hadEdges.has(n.id));

  const hiddenBy = new Map<string, number>();
  if (options.overview) {
    const fold = foldPeople(kept, edges, options.overview.keep);
    kept = fold.nodes;
    edges = fold.edges;
    for (const [id, n] of fold.folded) hiddenBy.set(id, n);
  }

  // Collapse: hide neighbours whose only neighbour is the collapsed node.
  const collapsed = (options.collapsed ?? []).filter((id) => hasEdge.has(id));
  if (collapsed.length) {
    const neighbours = new Map<string, Set<string>>();
    const link = (a: string, b: string): void => {
      if (a === b) return;
      const set = neighbours.get(a) ?? new Set<string>();
      set.add(b);
      neighbours.set(a, set);
    };
    for (const e of edges) {
      link(e.source, e.target);
      link(e.target, e.source);
    }
    const gone = new Set<string>();
    for (const c of collapsed) {
      let count = 0;
      for (const n of neighbours.get(c) ?? []) {
        const ns = neighbours.get(n);
        if (collapsed.includes(n) || !ns) continue;
        if ([...ns].every((m) => m === c)) {
          gone.add(n);
          count += 1;
        }
      }
      hiddenBy.set(c, (hiddenBy.get(c) ?? 0) + count);
    }
    kept = kept.filter((n) => !gone.has(n.id));
    edges = edges.filter((e) => !gone.has(e.source) && !gone.has(e.target));
  }

  return { nodes: kept, edges: mergeParallel(edges), hiddenBy, types, droppedEdgeIds: dropped };
}

const interpreted = (e: ApiGraphEdge) => e.basis === 'INTERPRETED';

/** One view edge per (type, source, target): a tie stated in two documents is drawn once. */
export function mergeParallel(edges: readonly ApiGraphEdge[]): ViewEdge[] {
  const byKey = new Map<string, ViewEdge>();
  for (const e of edges) {
    const key = `${e.type}|${e.source}|${e.target}`;
    const existing = byKey.get(key);
    if (existing) {
      existing.apiEdgeIds.push(e.id);
      if (!interpreted(e)) existing.interpretation = null;
      if (e.documentId && !existing.documentIds.includes(e.documentId)) {
        existing.documentIds.push(e.documentId);
      }
      continue;
    }
    byKey.set(key, {
      id: e.id,
      type: e.type,
      source: e.source,
      target: e.target,
      apiEdgeIds: [e.id],
      documentIds: e.documentId ? [e.documentId] : [],
      interpretation: interpreted(e) ? (e.interpretation ?? '') : null,
    });
  }
  return [...byKey.values()];
}

/** The view edge that draws a statement (API relationship id), if any. */
export function viewEdgeOf(view: ViewGraph, relationshipId: string): ViewEdge | undefined {
  return view.edges.find((e) => e.id === relationshipId || e.apiEdgeIds.includes(relationshipId));
}

/**
 * A string that changes only when the drawn structure does (ids and ends),
 * so the layout reruns only then, not when highlights change.
 */
export function structureKey(view: ViewGraph): string {
  const n = view.nodes.map((x) => x.id).join('\u0001');
  const e = view.edges.map((x) => `${x.id}=${x.source}>${x.target}:${x.type}`).join('\u0001');
  return `${view.nodes.length}:${view.edges.length}:${n}\u0002${e}`;
}
