/**
 * Laying out and drawing one canvas, framework-free (the xyflow way: a plain
 * module like `XYDrag`, with a thin hook around it in ./useCanvasDrawing.ts).
 *
 * Phases: `layout` (positions asked of the layout worker), `draw` (nodes and
 * edges handed to React Flow, the view fitted to the laid-out bounds first so
 * nodes are drawn once, where they stay), `ready` (React Flow has measured
 * every node, the view is fitted to the measured sizes and two frames have
 * passed), or `error` (the layout failed).
 */
import type { InternalNode, Viewport } from '@xyflow/react';
import type { Decorations } from '../graph/decorations';
import {
  buildEdges,
  buildNodes,
  layoutInput,
  usedSides,
  type LayoutInput,
} from '../graph/flowElements';
import type { FlowEdge, FlowNode } from '../graph/toFlow';
import type { ViewGraph } from '../graph/view';
import type { LayoutAnswer } from './layoutClient';
import {
  allMeasured,
  boundsOf,
  fitViewport,
  laidOutBoxes,
  measuredBoxes,
  rowsFor,
  sameViewport,
  type FitOptions,
  type Pane,
} from './measure';

export type CanvasPhase = 'layout' | 'draw' | 'ready' | 'error';

/** Figures of one drawing, for the readiness signal and the rendering benchmark. */
export interface DrawTimings {
  nodes: number;
  edges: number;
  layoutMs: number;
  offThread: boolean;
  startedAt: number;
  laidOutAt: number;
}

/** The part of React Flow's store the drawing reads (its `useStoreApi()`). */
export interface CanvasStore {
  getState(): Pane & { nodeLookup: ReadonlyMap<string, InternalNode<FlowNode>> };
  subscribe(listener: () => void): () => void;
}

/** The part of React Flow's instance the drawing drives (its `useReactFlow()`). */
export interface CanvasFlow {
  setNodes(nodes: FlowNode[]): void;
  setEdges(edges: FlowEdge[]): void;
  setViewport(viewport: Viewport): unknown;
  getViewport(): Viewport;
}

export interface DrawDeps {
  store: CanvasStore;
  flow: CanvasFlow;
  layout: (input: LayoutInput) => Promise<LayoutAnswer>;
  fit: FitOptions;
  /** The decorations and selection at the moment the positions arrive. */
  current: () => { decorations: Decorations; selectedId: string | null };
  /** `layout`, `draw` or `error`; `ready` arrives as `onReady`. */
  onPhase: (phase: CanvasPhase) => void;
  /** Drawn, measured and fitted: the `ready` phase. */
  onReady: (timings: DrawTimings) => void;
  frame?: (callback: () => void) => number;
  cancelFrame?: (handle: number) => void;
  now?: () => number;
}

/** Lay out and draw `view`; the returned function cancels what is still to come. */
export function drawCanvas(view: ViewGraph, deps: DrawDeps): () => void {
  const { store, flow, fit } = deps;
  const frame = deps.frame ?? ((cb: () => void) => requestAnimationFrame(cb));
  const cancelFrame = deps.cancelFrame ?? ((h: number) => cancelAnimationFrame(h));
  const now = deps.now ?? (() => performance.now());
  let cancelled = false;
  let unsubscribe = () => undefined as void;
  let handle = 0;

  deps.onPhase('layout');
  // As many side by side as the pane's width holds at the first view's zoom (fewer on a phone).
  const input: LayoutInput = { ...layoutInput(view), maxPerRow: rowsFor(store.getState(), fit) };
  const startedAt = now();
  deps
    .layout(input)
    .then((answer) => {
      if (cancelled) return;
      const heights = new Map(input.nodes.map((n) => [n.id, n.height]));
      const widths = new Map(input.nodes.map((n) => [n.id, n.width]));
      const { decorations, selectedId } = deps.current();
      const edges = buildEdges(view, answer.positions, heights, widths, decorations);
      const nodes = buildNodes(view, answer.positions, decorations, selectedId, usedSides(edges));
      const timings: DrawTimings = {
        nodes: nodes.length,
        edges: view.edges.length,
        layoutMs: Math.round(answer.ms),
        offThread: answer.offThread,
        startedAt,
        laidOutAt: now(),
      };
      // Ready when React Flow has measured every node it was given (culled ones too: it
      // draws each node once to measure it), with the view fitted to the measured sizes.
      let landed = nodes.length === 0;
      const finish = () => {
        const s = store.getState();
        landed ||= nodes.some((n) => s.nodeLookup.get(n.id)?.internals.userNode === n);
        if (!landed || !allMeasured(s.nodeLookup)) return;
        unsubscribe();
        const exact = fitViewport(boundsOf(measuredBoxes(s.nodeLookup)), s, fit);
        if (exact && !sameViewport(exact, flow.getViewport())) void flow.setViewport(exact);
        handle = frame(() => {
          handle = frame(() => {
            if (!cancelled) deps.onReady(timings);
          });
        });
      };
      unsubscribe = store.subscribe(finish);
      // Fit to the laid-out bounds (estimated heights) before anything is drawn, so the
      // nodes are drawn once, where they will stay, and culling starts from the right view.
      // (No `initialHeight` on the nodes: React Flow would draw each node at that height,
      // measure it, then let it take its own height and measure it all over again.)
      const estimated = fitViewport(
        boundsOf(laidOutBoxes(input.nodes, answer.positions)),
        store.getState(),
        fit,
      );
      if (estimated) void flow.setViewport(estimated);
      flow.setNodes(nodes);
      flow.setEdges(edges);
      deps.onPhase('draw');
      finish();
    })
    .catch(() => {
      if (!cancelled) deps.onPhase('error');
    });

  return () => {
    cancelled = true;
    unsubscribe();
    cancelFrame(handle);
  };
}
