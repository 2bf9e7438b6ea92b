/**
 * When a canvas counts as drawn, and the view that fits it: pure functions
 * over the laid-out boxes (before drawing) and React Flow's internal nodes
 * (after).
 */
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
  const top = options.alignTop;
  if (top !== undefined && viewport.y + bounds.y * viewport.zoom < top) {
    return { ...viewport, y: top - bounds.y * viewport.zoom };
  }
  return viewport;
}

/** Within half a screen pixel and a hair of zoom: not worth moving the view. */
export function sameViewport(a: Viewport, b: Viewport): boolean {
  return Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 1e-4;
}
