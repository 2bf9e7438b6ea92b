/**
 * What lies below the view, pure (flow/MoreBelow.tsx draws the button).
 */
import type { InternalNode, Transform, Viewport } from '@xyflow/react';

/** How many shown nodes reach below the bottom of a pane this tall, at this transform. */
export function nodesBelow(
  nodes: Iterable<InternalNode>,
  [, ty, zoom]: Transform,
  paneHeight: number,
): number {
  if (!(paneHeight > 0)) return 0;
  let n = 0;
  for (const node of nodes) {
    if (node.hidden) continue;
    const bottom = (node.internals.positionAbsolute.y + (node.measured.height ?? 0)) * zoom + ty;
    if (bottom > paneHeight + 0.5) n += 1;
  }
  return n;
}

/** The view moved down by three quarters of the pane's height. */
export function panDownBy(viewport: Viewport, paneHeight: number): Viewport {
  return { ...viewport, y: viewport.y - Math.round(paneHeight * 0.75) };
}
