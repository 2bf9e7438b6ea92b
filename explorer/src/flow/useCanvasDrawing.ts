import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Decorations } from '../graph/decorations';
import type { FlowEdge, FlowNode } from '../graph/toFlow';
import { structureKey, type ViewGraph } from '../graph/view';
import { canvasBusy, canvasGone, canvasReady } from '../ui/readiness';
import { drawCanvas, type CanvasPhase } from './drawCanvas';
import { layoutInput } from '../graph/flowElements';
import { layoutAhead, layoutOffThread } from './layoutClient';
import { rowsFor, type FitOptions } from './measure';

interface DrawingOptions {
  view: ViewGraph;
  decorations: Decorations;
  selectedId: string | null;
  /** A new value lays the same structure out again (the Re-layout button). */
  relayout: number;
  fit: FitOptions;
  /** The canvas's test id, also its name in the readiness signal (ui/readiness.ts). */
  testId: string;
  /** Called once drawn, before the canvas counts as ready. */
  onDrawn: () => void;
  /** A view one click away (the full graph behind an overview): laid out ahead, when idle. */
  nextView?: (() => ViewGraph) | null;
}

/**
 * Lays out and draws the view whenever its drawn structure changes (or on
 * request), through `drawCanvas` (./drawCanvas.ts): a thin hook, as xyflow's
 * `useDrag` is over `XYDrag`. Returns the phase.
 */
export function useCanvasDrawing({
  view,
  decorations,
  selectedId,
  relayout,
  fit,
  testId,
  onDrawn,
  nextView = null,
}: DrawingOptions): CanvasPhase {
  const [phase, setPhase] = useState<CanvasPhase>('layout');
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const store = useStoreApi<FlowNode, FlowEdge>();
  // Latest values for the asynchronous drawing.
  const latest = useRef({ view, decorations, selectedId, onDrawn, fit });
  latest.current = { view, decorations, selectedId, onDrawn, fit };
  const key = useMemo(() => structureKey(view), [view]);

  useEffect(() => {
    return drawCanvas(latest.current.view, {
      store,
      flow,
      layout: layoutOffThread,
      fit: latest.current.fit,
      current: () => latest.current,
      onPhase: (p) => {
        setPhase(p);
        if (p === 'layout') canvasBusy(testId);
      },
      onReady: (timings) => {
        latest.current.onDrawn();
        setPhase('ready');
        canvasReady(testId, timings);
      },
    });
  }, [key, relayout, flow, store, testId]);

  // Once drawn, the view one click away is laid out ahead, with the same pane and fit.
  useEffect(() => {
    if (phase !== 'ready' || !nextView) return undefined;
    return layoutAhead(() => ({
      ...layoutInput(nextView()),
      maxPerRow: rowsFor(store.getState(), latest.current.fit),
    }));
  }, [phase, nextView, store]);

  useEffect(() => () => canvasGone(testId), [testId]);
  return phase;
}
