import { useReactFlow } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import type { FitViewOptions } from '@xyflow/react';
import type { FlowEdge, FlowNode } from '../graph/toFlow';
import type { FocusRequest } from '../graph/workspace';
import type { CanvasPhase } from './drawCanvas';

/**
 * Centres the canvas on what a focus request asks for (a finding's nodes, a
 * chain, a search hit) once the canvas is drawn, and hands the keyboard to
 * the requested node when it asks (a chosen search hit), so the letter
 * shortcuts answer for it. Nodes the canvas does not draw are left out.
 */
export function useCanvasFocus(
  request: FocusRequest | null | undefined,
  phase: CanvasPhase,
  root: RefObject<HTMLElement | null>,
  options: FitViewOptions,
): void {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  useEffect(() => {
    if (!request || phase !== 'ready') return;
    const present = request.ids.filter((id) => flow.getNode(id));
    if (present.length === 0) return;
    let cancelled = false;
    void flow.fitView({ ...options, nodes: present.map((id) => ({ id })) }).then(() => {
      const id = request.keyboardFocus;
      if (cancelled || !id || !present.includes(id)) return;
      root.current
        ?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)
        ?.focus();
    });
    return () => {
      cancelled = true;
    };
  }, [request, phase, flow, root, options]);
}
