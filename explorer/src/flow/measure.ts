/**
 * When a canvas counts as drawn, and the view that fits it: pure functions
 * over the laid-out boxes (before drawing) and React Flow's internal nodes
 * (after).
 */
import { MAX_PER_ROW, NODE_GAP } from '../graph/flowElements';
import { NODE_WIDTH } from '../graph/toFlow';
import {
  getViewportForBounds,
  type InternalNode,
  type Rect,
  type Viewport,
  type XYPosition,
} from '@xyflow/react';

type Padding = Parameters<typeof getViewportForBounds>[5];

export interface FitOptions {
  padding: Padding;
  minZoom?: number;
  maxZoom?: number;
  /**
   * When the graph does not fit at `minZoom`, show its top (the bodies that
   * hold the others to account) rather than its middle; `top` is the room
   * kept above it, in screen px.
   */
  alignTop?: number;
  /**
   * Keep the graph's whole width in view, zooming out below `minZoom` for it
   * down to this zoom (semantic zoom keeps names readable there): nothing is
   * cut at the left or the right, and what does not fit lies below, a pan
   * away. The layout helps: `rowsFor` gives fewer nodes a row on a narrow pane.
   */
  wholeWidthDownTo?: number;
}

/** The pane's size and zoom limits (a subset of React Flow's store state). */
export interface Pane {
  width: number;
  height: number;
  minZoom: number;
  maxZoom: number;
}

/**
 * True when React Flow has measured every node it holds: its size and its
 * handles read from the DOM (`internals.handleBounds` is only set by that
 * measurement, as the explorer's nodes declare no handles up front). With
 * `onlyRenderVisibleElements` React Flow still draws each node once to
 * measure it, so this holds for culled nodes too.
 */
export function allMeasured(nodeLookup: ReadonlyMap<string, InternalNode>): boolean {
  for (const node of nodeLookup.values()) {
    if (node.hidden) continue;
    if (!node.internals.handleBounds || !node.measured.width || !node.measured.height) {
      return false;
    }
  }
  return true;
}

/** The box around these boxes (flow coordinates), or null when there are none. */
export function boundsOf(boxes: Iterable<Rect>): Rect | null {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const b of boxes) {
    x1 = Math.min(x1, b.x);
    y1 = Math.min(y1, b.y);
    x2 = Math.max(x2, b.x + b.width);
    y2 = Math.max(y2, b.y + b.height);
  }
  if (x1 === Infinity) return null;
  return { x: x1, y: y1, width: x2 - x1, height: y2 - y1 };
}

/** The drawn nodes as measured by React Flow. */
export function* measuredBoxes(nodeLookup: ReadonlyMap<string, InternalNode>): Iterable<Rect> {
  for (const node of nodeLookup.values()) {
    if (node.hidden) continue;
    const { x, y } = node.internals.positionAbsolute;
    yield { x, y, width: node.measured.width ?? 0, height: node.measured.height ?? 0 };
  }
}

/** The nodes as laid out: their positions and the sizes the layout assumed. */
export function* laidOutBoxes(
  sizes: Iterable<{ id: string; width: number; height: number }>,
  positions: Readonly<Record<string, XYPosition>>,
): Iterable<Rect> {
  for (const n of sizes) {
    const p = positions[n.id];
    if (p) yield { x: p.x, y: p.y, width: n.width, height: n.height };
  }
}

/** What `fitView` would choose for these bounds, without going through React Flow's queue. */
export function fitViewport(bounds: Rect | null, pane: Pane, options: FitOptions): Viewport | null {
  if (!bounds || bounds.width <= 0 || bounds.height <= 0) return null;
  if (pane.width <= 0 || pane.height <= 0) return null;
  const viewport = getViewportForBounds(
    bounds,
    pane.width,
    pane.height,
    options.minZoom ?? pane.minZoom,
    options.maxZoom ?? pane.maxZoom,
    options.padding,
  );
  let fitted = viewport;
  const floor = options.wholeWidthDownTo;
  if (floor !== undefined) {
    const wide = widthZoom(bounds.width, pane, options, floor);
    if (wide < fitted.zoom) {
      fitted = getViewportForBounds(bounds, pane.width, pane.height, wide, wide, options.padding);
    }
  }
  const top = options.alignTop;
  if (top !== undefined && fitted.y + bounds.y * fitted.zoom < top) {
    return { ...fitted, y: top - bounds.y * fitted.zoom };
  }
  return fitted;
}

/** The zoom at which a graph this wide fills the pane's width (within the padding), clamped. */
function widthZoom(width: number, pane: Pane, options: FitOptions, floor: number): number {
  // A sliver of the graph's height: only its width limits the zoom.
  const sliver = { x: 0, y: 0, width, height: 1e-3 };
  const max = options.maxZoom ?? pane.maxZoom;
  return getViewportForBounds(sliver, pane.width, pane.height, floor, max, options.padding).zoom;
}

/**
 * How many bodies side by side (at most) the first view's layout may put in a
 * row so that a row fits the pane's width at `wholeWidthDownTo` or closer,
 * from MAX_PER_ROW down to two. Undefined without a pane or without
 * `wholeWidthDownTo`.
 */
export function rowsFor(pane: Pane, options: FitOptions): number | undefined {
  const min = options.wholeWidthDownTo;
  if (min === undefined || !(pane.width > 0)) return undefined;
  for (let k = MAX_PER_ROW; k > 2; k--) {
    const width = k * NODE_WIDTH.body + (k - 1) * NODE_GAP;
    if (widthZoom(width, pane, options, 0) >= min - 1e-9) return k;
  }
  return 2;
}

/** Within half a screen pixel and a hair of zoom: not worth moving the view. */
export function sameViewport(a: Viewport, b: Viewport): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 1e-4;
}
