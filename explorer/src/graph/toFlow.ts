/**
 * Maps an area's graph from the API to React Flow nodes and edges, laid out.
 * Pure: React Flow is imported for its types only.
 */
import type { Edge, Node } from '@xyflow/react';
import {
  edgeAppearance,
  layoutWeight,
  nodeAppearance,
  targetSitsAbove,
  type NodeAppearance,
} from './appearance';
import type { Decoration } from './decorations';
import { parallelOffsets } from './edgePath';
import { layeredLayout, type LayoutEdge, type LayoutOptions, type Point } from './layout';
import type { ApiAreaGraph, ApiGraphEdge, ApiGraphNode } from './types';

/** Custom node component names (keys of `nodeTypes` in `flow/`). */
export type FlowNodeType = 'body' | 'post' | 'generic';

export interface FlowNodeData extends Record<string, unknown> {
  name: string;
  label: string;
  kind: string | null;
  function: string | null;
  /** Secondary line under the name, e.g. "Safeguarding children board · scrutiny". */
  detail: string;
  appearance: NodeAppearance;
  /** Overlays (highlight, diff, finding badge); see graph/decorations. */
  decoration?: Decoration | null;
  /** `decorationKey(decoration)`: unchanged keys keep the node object. */
  decorationKey?: string;
  /** The sides its edges attach to (see `usedSides`); all four when not given. */
  sides?: readonly HandleSide[];
}

export interface FlowEdgeData extends Record<string, unknown> {
  type: string;
  /** "holds to account": shown as the label when the edge is selected. */
  verb: string;
  accountability: boolean;
  /** Sideways bow in px, so parallel ties between two nodes stay apart. */
  offset: number;
  /** API edge ids drawn by this edge (one tie stated in several documents). */
  apiEdgeIds: string[];
  documentIds: string[];
  decoration?: Decoration | null;
  decorationKey?: string;
}

export type FlowNode = Node<FlowNodeData, FlowNodeType>;
/** Custom edge component name (key of `edgeTypes` in `flow/`). */
export type FlowEdgeType = 'relationship';
export type FlowEdge = Edge<FlowEdgeData, FlowEdgeType>;

export interface FlowGraph {
  nodes: FlowNode[];
  edges: FlowEdge[];
  /** API edges not drawn because an endpoint is not among the nodes. */
  droppedEdgeIds: string[];
}

export const NODE_WIDTH: Readonly<Record<FlowNodeType, number>> = {
  body: 220,
  post: 180,
  generic: 180,
};

/** Handle ids a custom node can render (see `flow/nodes/NodeHandles`). */
export type HandleSide = 'top' | 'bottom' | 'left' | 'right';

export const HANDLE_SIDES: readonly HandleSide[] = ['top', 'bottom', 'left', 'right'];

export function flowNodeType(label: string): FlowNodeType {
  if (label === 'Body') return 'body';
  if (label === 'Post') return 'post';
  return 'generic';
}

/** "safeguarding-children-board" -> "Safeguarding children board". */
export function humanise(slug: string): string {
  const words = slug.replaceAll(/[-_]+/g, ' ').trim().toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function detailOf(node: ApiGraphNode): string {
  const parts: string[] = [];
  if (node.kind && node.kind !== 'other') parts.push(humanise(node.kind));
  else parts.push(node.label);
  if (node.label === 'Body' && node.function && node.function !== 'not-stated') {
    parts.push(node.function.toLowerCase());
  }
  return parts.join(' · ');
}

/**
 * Height a node will need, estimated from its text so the layout can run
 * before the browser measures anything (about 7.2 px per character at 13 px).
 */
export function estimateNodeHeight(type: FlowNodeType, name: string, detail: string): number {
  const inner = NODE_WIDTH[type] - 24;
  const lines = (text: string, px: number): number =>
    Math.max(1, Math.ceil((text.length * px) / inner));
  return 16 + lines(name, 7.4) * 18 + lines(detail, 6.2) * 15;
}

export function toFlowNode(node: ApiGraphNode): FlowNode {
  const type = flowNodeType(node.label);
  const detail = detailOf(node);
  return {
    id: node.id,
    type,
    position: { x: 0, y: 0 },
    width: NODE_WIDTH[type],
    data: {
      name: node.name,
      label: node.label,
      kind: node.kind ?? null,
      function: node.function ?? null,
      detail,
      appearance: nodeAppearance(node.label, node.function),
    },
    ariaLabel: `${node.name} (${detail})`,
  };
}

/**
 * One flow edge per (type, source, target): the same tie stated in two
 * documents is drawn once and remembers both. Edges whose endpoints are not
 * among `nodeIds` are reported in `dropped`.
 */
export function toFlowEdges(
  edges: readonly ApiGraphEdge[],
  nodeIds: ReadonlySet<string>,
  names: ReadonlyMap<string, string> = new Map(),
): { edges: FlowEdge[]; dropped: string[] } {
  const byKey = new Map<string, FlowEdge>();
  const dropped: string[] = [];
  for (const e of edges) {
    if (!nodeIds.has(e.source) || !nodeIds.has(e.target)) {
      dropped.push(e.id);
      continue;
    }
    const key = `${e.type}|${e.source}|${e.target}`;
    const existing = byKey.get(key);
    if (existing?.data) {
      existing.data.apiEdgeIds.push(e.id);
      if (e.documentId && !existing.data.documentIds.includes(e.documentId)) {
        existing.data.documentIds.push(e.documentId);
      }
      continue;
    }
    const look = edgeAppearance(e.type);
    const from = names.get(e.source) ?? e.source;
    const to = names.get(e.target) ?? e.target;
    byKey.set(key, {
      id: e.id,
      type: 'relationship',
      source: e.source,
      target: e.target,
      ariaLabel: `${from} ${look.verb} ${to}`,
      markerEnd: { type: 'arrowclosed', color: look.stroke, width: 16, height: 16 },
      style: {
        stroke: look.stroke,
        strokeWidth: look.width,
        ...(look.dash ? { strokeDasharray: look.dash } : {}),
      },
      zIndex: look.accountability ? 1 : 0,
      data: {
        type: e.type,
        verb: look.verb,
        accountability: look.accountability,
        offset: 0,
        apiEdgeIds: [e.id],
        documentIds: e.documentId ? [e.documentId] : [],
      },
    });
  }
  const merged = [...byKey.values()];
  const offsets = parallelOffsets(merged);
  for (const e of merged) if (e.data) e.data.offset = offsets.get(e.id) ?? 0;
  return { edges: merged, dropped };
}

/** Picks the sides an edge leaves and enters by, from where its ends were placed. */
export function handleSides(
  source: Point & { width: number; height: number },
  target: Point & { width: number; height: number },
): { sourceHandle: HandleSide; targetHandle: HandleSide } {
  if (source.y + source.height <= target.y) return { sourceHandle: 'bottom', targetHandle: 'top' };
  if (target.y + target.height <= source.y) return { sourceHandle: 'top', targetHandle: 'bottom' };
  return source.x <= target.x
    ? { sourceHandle: 'right', targetHandle: 'left' }
    : { sourceHandle: 'left', targetHandle: 'right' };
}

/** The whole pipeline: map, lay out, attach edges to the facing sides. */
export function buildFlowGraph(
  graph: ApiAreaGraph,
  layoutOptions: Partial<LayoutOptions> = {},
): FlowGraph {
  const seen = new Set<string>();
  const nodes: FlowNode[] = [];
  for (const n of graph.nodes) {
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    nodes.push(toFlowNode(n));
  }
  const names = new Map(nodes.map((n) => [n.id, n.data.name]));
  const { edges, dropped } = toFlowEdges(graph.edges, seen, names);

  const heights = new Map(
    nodes.map((n) => [n.id, estimateNodeHeight(n.type ?? 'generic', n.data.name, n.data.detail)]),
  );
  const layoutEdges: LayoutEdge[] = edges.map((e) => {
    const type = e.data?.type ?? '';
    const weight = layoutWeight(type);
    return targetSitsAbove(type)
      ? { upper: e.target, lower: e.source, weight }
      : { upper: e.source, lower: e.target, weight };
  });
  const layout = layeredLayout(
    nodes.map((n) => ({ id: n.id, width: n.width ?? 0, height: heights.get(n.id) ?? 0 })),
    layoutEdges,
    layoutOptions,
  );

  const box = new Map<string, Point & { width: number; height: number }>();
  for (const n of nodes) {
    n.position = layout.positions.get(n.id) ?? { x: 0, y: 0 };
    box.set(n.id, { ...n.position, width: n.width ?? 0, height: heights.get(n.id) ?? 0 });
  }
  for (const e of edges) {
    const s = box.get(e.source);
    const t = box.get(e.target);
    if (s && t) Object.assign(e, handleSides(s, t));
  }
  return { nodes, edges, droppedEdgeIds: dropped };
}
