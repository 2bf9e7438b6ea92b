/**
 * The overview map's geometry (OverviewMap.tsx), as React Flow's MiniMap
 * computes it: the nodes' bounds joined with the part of the graph in view,
 * scaled to fit the map with a small margin. Pure.
 */
import type { Rect, Viewport } from '@xyflow/react';
import { boundsOf } from './measure';

/** React Flow's MiniMap default margin, in map pixels. */
const MARGIN = 5;

export interface OverviewFrame {
  /** The flow rectangle the map shows. */
  x: number;
  y: number;
  /** Flow px per map px. */
  scale: number;
  /** The part of the graph in view (flow coordinates). */
  view: Rect;
}

/** The part of the flow a pane of this size shows at this viewport. */
export function viewRect(viewport: Viewport, width: number, height: number): Rect {
  return {
    x: -viewport.x / viewport.zoom,
    y: -viewport.y / viewport.zoom,
    width: width / viewport.zoom,
    height: height / viewport.zoom,
  };
}

export function overviewFrame(
  nodes: Rect | null,
  view: Rect,
  mapWidth: number,
  mapHeight: number,
): OverviewFrame {
  const shown = nodes ? (boundsOf([nodes, view]) ?? view) : view;
  const scale =
    Math.max(shown.width / (mapWidth - 2 * MARGIN), shown.height / (mapHeight - 2 * MARGIN)) || 1;
  const x = shown.x - (mapWidth * scale - shown.width) / 2;
  const y = shown.y - (mapHeight * scale - shown.height) / 2;
  return { x, y, scale, view };
}

/** A flow rectangle in map pixels. */
export function toMap(frame: OverviewFrame, r: Rect): Rect {
  return {
    x: (r.x - frame.x) / frame.scale,
    y: (r.y - frame.y) / frame.scale,
    width: r.width / frame.scale,
    height: r.height / frame.scale,
  };
}

/**
 * Dragging on the map by (dx, dy) map pixels moves the view the same way
 * over the graph (the viewport itself moves the opposite way).
 */
export function panBy(viewport: Viewport, frame: OverviewFrame, dx: number, dy: number): Viewport {
  return {
    x: viewport.x - dx * frame.scale * viewport.zoom,
    y: viewport.y - dy * frame.scale * viewport.zoom,
    zoom: viewport.zoom,
  };
}
