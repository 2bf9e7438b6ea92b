import type { InternalNode, Viewport } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { computeDecorations } from '../graph/decorations';
import { sampleGraph } from '../graph/fixtures';
import { runLayout, type LayoutInput } from '../graph/flowElements';
import type { FlowEdge, FlowNode } from '../graph/toFlow';
import { selectViewGraph } from '../graph/view';
import { drawCanvas, type CanvasPhase, type DrawTimings } from './drawCanvas';
import type { LayoutAnswer } from './layoutClient';

/**
 * A stand-in for React Flow's store and instance (the only fake here): it
 * keeps what it is given, and `measure()` does what React Flow does once the
 * DOM has drawn the nodes.
 */
function fakeFlow() {
  const lookup = new Map<string, InternalNode<FlowNode>>();
  const listeners = new Set<() => void>();
  const viewports: Viewport[] = [];
  let nodes: FlowNode[] = [];
  let edges: FlowEdge[] = [];
  const frames: (() => void)[] = [];
  const notify = () => [...listeners].forEach((l) => l());
  return {
    store: {
      getState: () => ({
        nodeLookup: lookup,
        width: 1200,
        height: 800,
        minZoom: 0.05,
        maxZoom: 2.5,
      }),
      subscribe(listener: () => void) {
        listeners.add(listener);
        return () => listeners.delete(listener) as unknown as void;
      },
    },
    flow: {
      setNodes(next: FlowNode[]) {
        nodes = next;
        lookup.clear();
        for (const n of next) {
          lookup.set(n.id, {
            ...n,
            measured: {},
            internals: { positionAbsolute: n.position, z: 0, userNode: n },
          } as InternalNode<FlowNode>);
        }
        notify();
      },
      setEdges(next: FlowEdge[]) {
        edges = next;
      },
      setViewport(v: Viewport) {
        viewports.push(v);
      },
      getViewport: () => viewports.at(-1) ?? { x: 0, y: 0, zoom: 1 },
    },
    measure() {
      for (const n of lookup.values()) {
        n.measured = { width: 200, height: 60 };
        n.internals.handleBounds = { source: [], target: [] };
      }
      notify();
    },
    frame: (cb: () => void) => frames.push(cb),
    runFrames() {
      while (frames.length) frames.shift()!();
    },
    viewports,
    nodes: () => nodes,
    edges: () => edges,
  };
}

function setup(layout?: (input: LayoutInput) => Promise<LayoutAnswer>) {
  const view = selectViewGraph(sampleGraph());
  const f = fakeFlow();
  const phases: CanvasPhase[] = [];
  const ready: DrawTimings[] = [];
  const cancel = drawCanvas(view, {
    store: f.store,
    flow: f.flow,
    layout:
      layout ??
      ((input) => Promise.resolve({ positions: runLayout(input), ms: 12.4, offThread: true })),
    fit: { padding: 0.1, maxZoom: 1.1 },
    current: () => ({ decorations: computeDecorations(view, {}), selectedId: 'w/wscb' }),
    onPhase: (p) => phases.push(p),
    onReady: (t) => ready.push(t),
    frame: f.frame,
    cancelFrame: () => undefined,
    now: () => 1000,
  });
  return { view, f, phases, ready, cancel };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('drawCanvas', () => {
  it('lays out, draws fitted to the layout, and is ready only once every node is measured', async () => {
    const { view, f, phases, ready } = setup();
    expect(phases).toEqual(['layout']);
    await settle();
    expect(phases).toEqual(['layout', 'draw']);
    expect(
      f
        .nodes()
        .map((n) => n.id)
        .sort(),
    ).toEqual(view.nodes.map((n) => n.id).sort());
    expect(f.edges()).toHaveLength(view.edges.length);
    expect(f.nodes().find((n) => n.id === 'w/wscb')?.selected).toBe(true);
    // Fitted once, to the laid-out bounds, before anything was measured.
    expect(f.viewports).toHaveLength(1);
    f.runFrames();
    expect(ready).toEqual([]);

    f.measure();
    // Fitted again to the measured sizes (taller than the layout assumed), then two frames.
    expect(f.viewports).toHaveLength(2);
    expect(ready).toEqual([]);
    f.runFrames();
    expect(ready).toEqual([
      {
        nodes: view.nodes.length,
        edges: view.edges.length,
        layoutMs: 12,
        offThread: true,
        startedAt: 1000,
        laidOutAt: 1000,
      },
    ]);
  });

  it('stops when cancelled: a late layout draws nothing', async () => {
    const { f, phases, cancel } = setup();
    cancel();
    await settle();
    expect(phases).toEqual(['layout']);
    expect(f.nodes()).toEqual([]);
  });

  it('reports a failed layout', async () => {
    const { phases, f } = setup(() => Promise.reject(new Error('worker died')));
    await settle();
    expect(phases).toEqual(['layout', 'error']);
    expect(f.nodes()).toEqual([]);
  });
});
