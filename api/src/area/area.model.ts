import type { Basis } from '@accgraph/schema';

/** What the area service returns (plain data; the GraphQL types in area.type.ts have the same shape). */

/** A body, post, organisation or person drawn on the canvas. */
export interface GraphNodeData {
  id: string;
  label: string;
  name: string;
  kind: string | null;
  function: string | null;
}

/** A relationship between two drawn nodes, as one document states it. */
export interface GraphEdgeData {
  id: string;
  type: string;
  source: string;
  target: string;
  documentId: string | null;
  /** STATED, or INTERPRETED with `interpretation` (decision 0026). */
  basis: Basis;
  interpretation: string | null;
}

export interface AreaGraphData {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
}
