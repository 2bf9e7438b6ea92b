import { useReactFlow, useStore, type ReactFlowState, type Viewport } from '@xyflow/react';
import { useEffect, useRef, type RefObject } from 'react';
import type { FitViewOptions } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../graph/toFlow';
import type { FocusRequest } from '../graph/workspace';
import type { CanvasPhase } from './drawCanvas';
import { sameViewport } from './measure';

const paneSize = (s: ReactFlowState) => `${s.width}x${s.height}`;

/**
 * Centres the canvas on what a focus request asks for (a finding's nodes, a
 * chain, a search hit) once the canvas is drawn, and hands the keyboard to
 * the requested node when it asks (a chosen search hit), so the letter
 * shortcuts answer for it. Nodes the canvas does not draw are left out.
 *
 * When the pane changes size afterwards (on a phone the details sheet opens
 * under the canvas and shortens it) and the reader has not moved the view
 * since, it centres again, so what was asked for stays in view and clear of
 * the tools.
 */
export function useCanvasFocus(
  request: FocusRequest | null | undefined,
  phase: CanvasPhase,
  root: RefObject<HTMLElement | null>,
  options: FitViewOptions,
): void {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const size = useStore(paneSize);
  /** The request last centred on and the view it left (null while a fit is under way). */
  const fitted = useRef<{ request: FocusRequest; viewport: Viewport | null } | null>(null);
  useEffect(() => {
    if (!request || phase !== 'ready') return;
    const present = request.ids.filter((id) => flow.getNode(id));
    if (present.length === 0) return;
    const last = fitted.current;
    if (last?.request === request) {
      // Only a size change: centre again unless the reader has moved since.
      if (last.viewport && !sameViewport(last.viewport, flow.getViewport())) return;
    }
    let cancelled = false;
    const again = last?.request === request;
    fitted.current = { request, viewport: null };
    const nodes = present.map((id) => ({ id }));
    const run = async () => {
      await flow.fitView({ ...options, ...(again ? { duration: 0 } : {}), nodes });
      // Zoomed out, names are drawn bigger (semantic zoom) and the nodes grow once measured:
      // fit again to the grown nodes (the scale comes in steps, so this settles).
      for (let i = 0; i < 2 && !cancelled; i++) {
        const before = flow.getViewport();
        await nextFrames();
        if (cancelled) return;
        await flow.fitView({ ...options, duration: 0, nodes });
        if (sameViewport(before, flow.getViewport())) break;
      }
      if (cancelled) return;
      fitted.current = { request, viewport: flow.getViewport() };
      const id = request.keyboardFocus;
      if (again || !id || !present.includes(id)) return;
      root.current
        ?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
        ?.focus();
    };
    void run();
    return () => {
      cancelled = true;
    };
  }, [request, phase, flow, root, options, size]);
}

/** Two animation frames: React Flow has measured what the last change redrew. */
function nextFrames(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
  );
}
