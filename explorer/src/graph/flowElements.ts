/**
 * From the view graph (graph/view.ts), its layout and its decorations to
 * React Flow nodes and edges. Pure: React Flow is imported for types only.
 * Layout input is plain data so it can cross into the layout Web Worker.
 */
import { INTERPRETED_DASH, edgeAppearance, layoutWeight, targetSitsAbove } from './appearance';
import { decorationKey, type Decoration, type Decorations } from './decorations';
import { parallelOffsets } from './edgePath';
import { layeredLayout, type LayoutEdge, type LayoutNode, type Point } from './layout';
import {
  estimateNodeHeight,
  HANDLE_SIDES,
  handleSides,
  toFlowNode,
  type FlowEdge,
  type FlowNode,
  type FlowNodeType,
  type HandleSide,
} from './toFlow';
import type { ViewGraph } from './view';

export interface LayoutInput {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  /** At most this many nodes side by side (default MAX_PER_ROW): fewer on a narrow pane. */
  maxPerRow?: number;
}

/** Positions by node id (a plain object: it is posted from the worker). */
export type Positions = Record<string, Point>;

/** What the layout needs: sizes and "upper sits above lower" for each edge. */
export function layoutInput(view: ViewGraph): LayoutInput {
  const nodes = view.nodes.map((n) => {
    const f = toFlowNode(n);
    const type: FlowNodeType = f.type ?? 'generic';
    return {
      id: n.id,
      width: f.width ?? 0,
      height: estimateNodeHeight(type, f.data.name, f.data.detail),
    };
  });
  const edges = view.edges.map((e) => {
    const weight = layoutWeight(e.type);
    return targetSitsAbove(e.type)
      ? { upper: e.target, lower: e.source, weight }
      : { upper: e.source, lower: e.target, weight };
  });
  return { nodes, edges };
}

/**
 * At most this many nodes side by side: the canvas sits between two panels,
 * so a taller, narrower drawing keeps names readable when fitted.
 */
export const MAX_PER_ROW = 6;
/** Room between neighbours in a row. */
export const NODE_GAP = 48;
/**
 * Room between the rows of a wrapped layer: a node's finding badge sits just
 * above its top-right corner (flow/FindingBadge.tsx), 26 screen px tall, which
 * is 37 flow px at the first view's lowest zoom (0.7).
 */
export const ROW_GAP = 44;

/** Run the layered layout on plain input (in the worker, or inline in tests). */
export function runLayout(input: LayoutInput): Positions {
  const result = layeredLayout(input.nodes, input.edges, {
    maxPerRow: input.maxPerRow ?? MAX_PER_ROW,
    nodeGap: NODE_GAP,
    rowGap: ROW_GAP,
  });
  const out: Positions = {};
  for (const [id, p] of result.positions) out[id] = p;
  return out;
}

/**
 * The sides each node's edges leave or enter by. A node draws only these
 * anchors: every anchor is an element the browser lays out and React Flow
 * measures, and most nodes use one or two sides of four. Edges keep their
 * sides until the next layout, which builds the nodes again.
 */
export function usedSides(edges: readonly FlowEdge[]): Map<string, readonly HandleSide[]> {
  const used = new Map<string, Set<string>>();
  const add = (id: string, side: string | null | undefined): void => {
    if (!side) return;
    let set = used.get(id);
    if (!set) used.set(id, (set = new Set()));
    set.add(side);
  };
  for (const e of edges) {
    add(e.source, e.sourceHandle);
    add(e.target, e.targetHandle);
  }
  return new Map(
    [...used].map(([id, set]) => [id, HANDLE_SIDES.filter((side) => set.has(side))] as const),
  );
}

const NO_SIDES: readonly HandleSide[] = [];

/**
 * Flow nodes at their laid-out positions. With `sides` (from `usedSides` of
 * the edges built on the same positions) each node draws only the anchors
 * its edges use; without it, all four.
 */
export function buildNodes(
  view: ViewGraph,
  positions: Positions,
  decorations: Decorations,
  selectedId: string | null,
  sides?: ReadonlyMap<string, readonly HandleSide[]>,
): FlowNode[] {
  return view.nodes.map((n) => {
    const f = toFlowNode(n);
    f.position = positions[n.id] ?? { x: 0, y: 0 };
    if (sides) f.data.sides = sides.get(n.id) ?? NO_SIDES;
    decorateNode(f, decorations.nodes.get(n.id));
    if (selectedId === n.id) f.selected = true;
    return f;
  });
}

const EMPHASIS_CLASS: Record<string, string> = {
  subject: 'ag-em-subject',
  on: 'ag-em-on',
  dim: 'ag-em-dim',
};

function classFor(d: Decoration | undefined): string | undefined {
  if (!d) return undefined;
  const parts: string[] = [];
  if (d.emphasis) parts.push(EMPHASIS_CLASS[d.emphasis] ?? '');
  if (d.diff && d.diff !== 'unchanged') parts.push(`ag-diff-${d.diff}`);
  return parts.length ? parts.join(' ') : undefined;
}

/** Puts a decoration on a node in place (used on fresh objects only). */
function decorateNode(node: FlowNode, d: Decoration | undefined): void {
  node.data.decoration = d ?? null;
  node.data.decorationKey = decorationKey(d);
  const cls = classFor(d);
  if (cls) node.className = cls;
  else delete node.className;
  const extra: string[] = [];
  if (d?.diff && d.diff !== 'unchanged') extra.push(d.diff);
  if (d?.flag) extra.push(`${d.flag.count} finding${d.flag.count === 1 ? '' : 's'}`);
  if (d?.emphasis === 'on' || d?.emphasis === 'subject') extra.push('highlighted');
  const base = `${node.data.name} (${node.data.detail})`;
  node.ariaLabel = extra.length ? `${base}, ${extra.join(', ')}` : base;
}

/**
 * New decorations on existing nodes: a node whose decoration did not change
 * is returned as the same object (so its memoised component does not
 * re-render); the array itself is rebuilt once.
 */
export function redecorateNodes(nodes: readonly FlowNode[], decorations: Decorations): FlowNode[] {
  let changed = false;
  const out = nodes.map((n) => {
    const d = decorations.nodes.get(n.id);
    if (decorationKey(d) === n.data.decorationKey) return n;
    changed = true;
    const next: FlowNode = { ...n, data: { ...n.data } };
    decorateNode(next, d);
    return next;
  });
  return changed ? out : (nodes as FlowNode[]);
}

export function buildEdges(
  view: ViewGraph,
  positions: Positions,
  heights: ReadonlyMap<string, number>,
  widths: ReadonlyMap<string, number>,
  decorations: Decorations,
): FlowEdge[] {
  const names = new Map(view.nodes.map((n) => [n.id, n.name]));
  const offsets = parallelOffsets(view.edges);
  return view.edges.map((e) => {
    const look = edgeAppearance(e.type);
    const from = names.get(e.source) ?? e.source;
    const to = names.get(e.target) ?? e.target;
    const edge: FlowEdge = {
      id: e.id,
      type: 'relationship',
      source: e.source,
      target: e.target,
      ariaLabel: `${from} ${look.verb} ${to}${e.interpretation === null ? '' : ' (interpretation)'}`,
      markerEnd: { type: 'arrowclosed', color: look.stroke, width: 16, height: 16 },
      style: {
        stroke: look.stroke,
        strokeWidth: look.width,
        ...(e.interpretation === null
          ? look.dash
            ? { strokeDasharray: look.dash }
            : {}
          : { strokeDasharray: INTERPRETED_DASH, strokeLinecap: 'round' as const }),
      },
      data: {
        type: e.type,
        verb: look.verb,
        accountability: look.accountability,
        offset: offsets.get(e.id) ?? 0,
        apiEdgeIds: e.apiEdgeIds,
        documentIds: e.documentIds,
        interpretation: e.interpretation,
        decoration: null,
        decorationKey: '',
      },
    };
    const s = positions[e.source];
    const t = positions[e.target];
    if (s && t) {
      Object.assign(
        edge,
        handleSides(
          { ...s, width: widths.get(e.source) ?? 0, height: heights.get(e.source) ?? 0 },
          { ...t, width: widths.get(e.target) ?? 0, height: heights.get(e.target) ?? 0 },
        ),
      );
    }
    decorateEdge(edge, decorations.edges.get(e.id));
    return edge;
  });
}

function decorateEdge(edge: FlowEdge, d: Decoration | undefined): void {
  if (!edge.data) return;
  edge.data.decoration = d ?? null;
  edge.data.decorationKey = decorationKey(d);
  const cls = classFor(d);
  if (cls) edge.className = cls;
  else delete edge.className;
}

export function redecorateEdges(edges: readonly FlowEdge[], decorations: Decorations): FlowEdge[] {
  let changed = false;
  const out = edges.map((e) => {
    const d = decorations.edges.get(e.id);
    if (!e.data || decorationKey(d) === e.data.decorationKey) return e;
    changed = true;
    const next: FlowEdge = { ...e, data: { ...e.data } };
    decorateEdge(next, d);
    return next;
  });
  return changed ? out : (edges as FlowEdge[]);
}
