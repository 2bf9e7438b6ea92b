import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Decorations } from '../graph/decorations';
import type { FlowEdge, FlowNode } from '../graph/toFlow';
import { structureKey, type ViewGraph } from '../graph/view';
import { canvasBusy, canvasGone, canvasReady } from '../ui/readiness';
import { drawCanvas, type CanvasPhase } from './drawCanvas';
import { layoutOffThread } from './layoutClient';
import type { FitOptions } from './measure';

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

  useEffect(() => () => canvasGone(testId), [testId]);
  return phase;
}
