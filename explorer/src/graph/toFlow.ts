/**
 * API nodes as React Flow nodes, node sizes and handle sides: the pieces the
 * canvas builds from (flowElements.ts). Pure: React Flow is imported for its types only.
 */
import type { Edge, Node } from '@xyflow/react';
import { nodeAppearance, type NodeAppearance } from './appearance';
import type { Decoration } from './decorations';
import type { Point } from './layout';
import type { ApiGraphNode } from './types';

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
  /** Why, when the edge is an interpretation (dotted); null when stated. */
  interpretation?: string | null;
  decoration?: Decoration | null;
  decorationKey?: string;
}

export type FlowNode = Node<FlowNodeData, FlowNodeType>;
/** Custom edge component name (key of `edgeTypes` in `flow/`). */
export type FlowEdgeType = 'relationship';
export type FlowEdge = Edge<FlowEdgeData, FlowEdgeType>;

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
