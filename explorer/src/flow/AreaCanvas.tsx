import {
  Background,
  ConnectionMode,
  Controls,
  Panel,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStoreApi,
  type InternalNode,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from 'react';
import { clusterBadges, clusterKey, type BadgeBox, type BadgeSlot } from '../graph/badgeClusters';
import { hasFlags, type Decorations } from '../graph/decorations';
import {
  buildEdges,
  buildNodes,
  layoutInput,
  redecorateEdges,
  redecorateNodes,
  usedSides,
} from '../graph/flowElements';
import type { FlowEdge, FlowNode } from '../graph/toFlow';
import { structureKey, type ViewGraph } from '../graph/view';
import {
  BadgeShiftsContext,
  BadgeSlotsContext,
  CanvasActionsContext,
  type CanvasActions,
} from './canvasActions';
import { edgeTypes } from './edgeTypes';
import { layoutOffThread, warmLayoutWorker } from './layoutClient';
import {
  allMeasured,
  boundsOf,
  fitViewport,
  laidOutBoxes,
  measuredBoxes,
  sameViewport,
} from './measure';
import { nodeTypes } from './nodeTypes';
import { OverviewMap } from './OverviewMap';
import { NODE_LOOKS_CSS } from './nodes/looks';
import { canvasBusy, canvasGone, canvasReady, type ReadyTimings } from '../ui/readiness';

/** A request to centre the view on some nodes; a new `nonce` asks again. */
export interface FocusRequest {
  ids: readonly string[];
  nonce: number;
}

export interface AreaCanvasProps {
  view: ViewGraph;
  decorations: Decorations;
  /** Accessible name of the canvas, e.g. "Wiltshire accountability graph". */
  label: string;
  /** Base of exported file names. */
  exportName: string;
  selectedId?: string | null;
  onSelect?: (id: string | null) => void;
  focus?: FocusRequest | null;
  onOpenFindings?: (findingIds: readonly string[]) => void;
  /** Smaller chrome (no minimap) for side-by-side panes. */
  compact?: boolean;
  testId?: string;
}

/**
 * Screen room around a fitted graph: the tools (top right, 30 px tall at 15 px)
 * above it, the controls (bottom left) and the minimap (bottom right, 100 px at
 * 15 px) below it, and the finding badges, which stick out of a node's
 * top-right corner by about 13 px up and 14 px right whatever the zoom.
 */
const FIT_PADDING = { top: '72px', right: '36px', bottom: '128px', left: '24px' } as const;
const FIT_VIEW_OPTIONS = { padding: FIT_PADDING, maxZoom: 1.1 } as const;
/** Centring on a chain, a post's bodies or a finding: the same room, a little closer. */
const FOCUS_VIEW_OPTIONS = { padding: FIT_PADDING, maxZoom: 1.2, duration: 350 } as const;
const MINIMAP_SIZE = { width: 160, height: 100 };
/** Screen px kept between two finding badges; closer ones are merged (zoomed out). */
const BADGE_GAP = 4;
const NO_SLOTS: ReadonlyMap<string, BadgeSlot> = new Map();
const NO_SHIFTS: ReadonlyMap<string, number> = new Map();
/** Beyond this many nodes only those in view are rendered (React Flow's culling). */
export const CULL_ABOVE = 400;
/**
 * The canvas owns its nodes and edges inside React Flow's store (uncontrolled
 * flow: `defaultNodes`, then `setNodes`/`setEdges`): drags, selection and the
 * measured sizes are applied there, without rendering this component and
 * handing every node back to React Flow on each change.
 */
const NO_NODES: FlowNode[] = [];
const NO_EDGES: FlowEdge[] = [];

// The first canvas will want a layout: have the worker ready by then.
warmLayoutWorker();

export function AreaCanvas(props: AreaCanvasProps) {
  return (
    <ReactFlowProvider>
      <CanvasInner {...props} />
    </ReactFlowProvider>
  );
}

function CanvasInner({
  view,
  decorations,
  label,
  exportName,
  selectedId = null,
  onSelect,
  focus,
  onOpenFindings,
  compact = false,
  testId = 'canvas',
}: AreaCanvasProps) {
  const [relayout, setRelayout] = useState(0);
  const [phase, setPhase] = useState<'layout' | 'draw' | 'ready' | 'error'>('layout');
  const [exporting, setExporting] = useState<string | null>(null);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const store = useStoreApi<FlowNode, FlowEdge>();
  const container = useRef<HTMLDivElement>(null);

  // Finding badges keep their screen size, so zoomed out they may meet: merge those.
  const [slots, setSlots] = useState<ReadonlyMap<string, BadgeSlot>>(NO_SLOTS);
  const [shifts, setShifts] = useState<ReadonlyMap<string, number>>(NO_SHIFTS);
  const slotsKey = useRef('');
  const pendingDeclutter = useRef(0);

  // Latest values for the asynchronous layout callback.
  const latest = useRef({ decorations, selectedId });
  latest.current = { decorations, selectedId };

  const key = useMemo(() => structureKey(view), [view]);
  const viewRef = useRef(view);
  viewRef.current = view;

  // Measure the badges on screen: move edge badges out from under another edge's wording,
  // then merge those that overlap (a cheap no-op without badges).
  const declutter = useCallback(() => {
    const root = container.current;
    if (!root) return;
    const dec = latest.current.decorations;
    const labels = [...root.querySelectorAll<HTMLElement>('.ag-edge-label')].map((l) =>
      l.getBoundingClientRect(),
    );
    const boxes: BadgeBox[] = [];
    const nextShifts = new Map<string, number>();
    for (const el of root.querySelectorAll<HTMLElement>('[data-badge-key]')) {
      const key = el.dataset.badgeKey ?? '';
      const isNode = key.startsWith('node:');
      const flag = (isNode ? dec.nodes : dec.edges).get(key.slice(5))?.flag;
      const rect = el.querySelector('button')?.getBoundingClientRect();
      if (!flag || !rect || rect.width === 0) continue;
      // Where it would be unmoved.
      let top = rect.top - Number(el.dataset.shift ?? 0);
      if (!isNode) {
        const under = labels.find(
          (l) =>
            l.left < rect.right &&
            rect.left < l.right &&
            l.top < top + rect.height &&
            top < l.bottom,
        );
        if (under) {
          const shift = Math.ceil(under.bottom + 3 - top);
          nextShifts.set(key, shift);
          top += shift;
        }
      }
      boxes.push({ key, left: rect.left, top, width: rect.width, height: rect.height, flag });
    }
    const next = boxes.length > 1 ? clusterBadges(boxes, BADGE_GAP) : NO_SLOTS;
    const nextKey = `${clusterKey(next)}#${[...nextShifts].join(';')}`;
    if (nextKey === slotsKey.current) return;
    slotsKey.current = nextKey;
    setSlots(next);
    setShifts(nextShifts.size ? nextShifts : NO_SHIFTS);
  }, []);
  const scheduleDeclutter = useCallback(() => {
    if (pendingDeclutter.current) return;
    pendingDeclutter.current = requestAnimationFrame(() => {
      pendingDeclutter.current = requestAnimationFrame(() => {
        pendingDeclutter.current = 0;
        declutter();
      });
    });
  }, [declutter]);
  useEffect(() => () => cancelAnimationFrame(pendingDeclutter.current), []);

  // Layout off the main thread whenever the drawn structure changes (or on request), then
  // draw: fitted to the laid-out bounds from the start, ready once every node is measured.
  useEffect(() => {
    let cancelled = false;
    let unsubscribe = () => undefined as void;
    let frame = 0;
    const v = viewRef.current;
    setPhase('layout');
    canvasBusy(testId);
    const input = layoutInput(v);
    const started = performance.now();
    layoutOffThread(input)
      .then((answer) => {
        if (cancelled) return;
        const heights = new Map(input.nodes.map((n) => [n.id, n.height]));
        const widths = new Map(input.nodes.map((n) => [n.id, n.width]));
        const { decorations: dec, selectedId: sel } = latest.current;
        const builtEdges = buildEdges(v, answer.positions, heights, widths, dec);
        const built = buildNodes(v, answer.positions, dec, sel, usedSides(builtEdges));
        const info: Omit<ReadyTimings, 'canvas' | 'readyAt'> = {
          nodes: built.length,
          edges: v.edges.length,
          layoutMs: Math.round(answer.ms),
          offThread: answer.offThread,
          startedAt: started,
          laidOutAt: performance.now(),
        };
        // Ready when React Flow has measured every node it was given (culled ones too: it
        // draws each node once to measure it), with the view fitted to the measured sizes.
        let landed = built.length === 0;
        const finish = () => {
          const s = store.getState();
          landed ||= built.some((n) => s.nodeLookup.get(n.id)?.internals.userNode === n);
          if (!landed || !allMeasured(s.nodeLookup)) return;
          unsubscribe();
          const exact = fitViewport(boundsOf(measuredBoxes(s.nodeLookup)), s, FIT_VIEW_OPTIONS);
          if (exact && !sameViewport(exact, flow.getViewport())) void flow.setViewport(exact);
          frame = requestAnimationFrame(() => {
            frame = requestAnimationFrame(() => {
              if (cancelled) return;
              declutter();
              setPhase('ready');
              canvasReady(testId, info);
            });
          });
        };
        unsubscribe = store.subscribe(finish);
        // Fit to the laid-out bounds (estimated heights) before anything is drawn, so the
        // nodes are drawn once, where they will stay, and culling starts from the right view.
        // (No `initialHeight` on the nodes: React Flow would draw each node at that height,
        // measure it, then let it take its own height and measure it all over again.)
        const s = store.getState();
        const laidOut = boundsOf(laidOutBoxes(input.nodes, answer.positions));
        const estimated = fitViewport(laidOut, s, FIT_VIEW_OPTIONS);
        if (estimated) void flow.setViewport(estimated);
        flow.setNodes(built);
        flow.setEdges(builtEdges);
        setPhase('draw');
        finish();
      })
      .catch(() => {
        if (!cancelled) setPhase('error');
      });
    return () => {
      cancelled = true;
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [key, relayout, flow, store, testId, declutter]);

  useEffect(() => () => canvasGone(testId), [testId]);

  // Overlays change without moving anything.
  const firstDecorations = useRef(true);
  useEffect(() => {
    if (firstDecorations.current) {
      firstDecorations.current = false;
      return;
    }
    flow.setNodes((prev) => redecorateNodes(prev, decorations));
    flow.setEdges((prev) => redecorateEdges(prev, decorations));
  }, [decorations, flow]);

  // Selection from outside (URL, search, findings) shows on the canvas. Most changes come
  // from the canvas itself (React Flow has already selected it): then there is nothing to do.
  useEffect(() => {
    const is = (item: { id: string; selected?: boolean }) =>
      Boolean(item.selected) === (item.id === selectedId);
    if (flow.getNodes().every(is) && flow.getEdges().every(is)) return;
    flow.setNodes((prev) => {
      let changed = false;
      const out = prev.map((n) => {
        const want = n.id === selectedId;
        if (Boolean(n.selected) === want) return n;
        changed = true;
        return { ...n, selected: want };
      });
      return changed ? out : prev;
    });
    flow.setEdges((prev) => {
      let changed = false;
      const out = prev.map((e) => {
        const want = e.id === selectedId;
        if (Boolean(e.selected) === want) return e;
        changed = true;
        return { ...e, selected: want };
      });
      return changed ? out : prev;
    });
  }, [selectedId, flow, phase]);

  // Badges follow what moves (a re-decoration, a keyboard move, a finished drag): measure them
  // again after the change, but not on every frame of a drag (measuring forces a layout).
  // Without any badge there is nothing to measure (but once more, to clear old merges).
  const flagged = useMemo(() => hasFlags(decorations), [decorations]);
  const dragging = useRef(false);
  useEffect(() => {
    if (phase !== 'ready') return;
    scheduleDeclutter();
    if (!flagged) return;
    return store.subscribe((s, prev) => {
      if (dragging.current) return;
      if (s.nodes !== prev.nodes || s.edges !== prev.edges) scheduleDeclutter();
    });
  }, [phase, store, scheduleDeclutter, decorations, flagged]);

  // Centre on what was asked for (a finding's nodes, a search hit), clear of the tools,
  // the controls and the minimap.
  useEffect(() => {
    if (!focus || phase !== 'ready') return;
    const present = focus.ids.filter((id) => flow.getNode(id));
    if (present.length === 0) return;
    void flow.fitView({ ...FOCUS_VIEW_OPTIONS, nodes: present.map((id) => ({ id })) });
  }, [focus, phase, flow]);

  const onNodeClick = useCallback(
    (_: MouseEvent, node: FlowNode) => onSelect?.(node.id),
    [onSelect],
  );
  const onEdgeClick = useCallback(
    (_: MouseEvent, edge: FlowEdge) => onSelect?.(edge.id),
    [onSelect],
  );
  const onPaneClick = useCallback(() => onSelect?.(null), [onSelect]);
  // A sheet over the graph while a node is dragged (styles.css: `.ag-canvas--dragging`).
  const onNodeDragStart = useCallback(() => {
    dragging.current = true;
    container.current?.classList.add('ag-canvas--dragging');
  }, []);
  const onNodeDragStop = useCallback(() => {
    dragging.current = false;
    container.current?.classList.remove('ag-canvas--dragging');
    scheduleDeclutter();
  }, [scheduleDeclutter]);
  // Keyboard selection (Tab to a node, Enter) arrives here.
  const onSelectionChange = useCallback(
    ({ nodes: ns, edges: es }: OnSelectionChangeParams<FlowNode, FlowEdge>) => {
      const id = ns[0]?.id ?? es[0]?.id;
      if (id && id !== latest.current.selectedId) onSelect?.(id);
    },
    [onSelect],
  );
  const miniMapColour = useCallback(
    (node: InternalNode<FlowNode>) => node.data.appearance.border,
    [],
  );
  const actions = useMemo<CanvasActions>(
    () => ({ openFindings: onOpenFindings ?? (() => undefined) }),
    [onOpenFindings],
  );

  const doExport = useCallback(
    async (format: 'png' | 'svg') => {
      const viewport = container.current?.querySelector<HTMLElement>('.react-flow__viewport');
      if (!viewport) return;
      setExporting(format);
      try {
        const { exportImage } = await import('./exportImage');
        await exportImage(viewport, flow.getNodes(), format, exportName);
      } finally {
        setExporting(null);
      }
    },
    [flow, exportName],
  );

  return (
    <CanvasActionsContext.Provider value={actions}>
      <BadgeSlotsContext.Provider value={slots}>
        <BadgeShiftsContext.Provider value={shifts}>
          {/* The node colours (one rule per look); React hoists it once into <head>. */}
          <style href="ag-node-looks" precedence="ag-node-looks">
            {NODE_LOOKS_CSS}
          </style>
          <div
            ref={container}
            className="ag-canvas"
            role="region"
            aria-label={label}
            aria-busy={phase !== 'ready'}
            data-testid={testId}
            data-ready={phase === 'ready' ? 'true' : 'false'}
            data-node-count={view.nodes.length}
            data-edge-count={view.edges.length}
          >
            <ReactFlow
              defaultNodes={NO_NODES}
              defaultEdges={NO_EDGES}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodeClick={onNodeClick}
              onEdgeClick={onEdgeClick}
              onPaneClick={onPaneClick}
              onNodeDragStart={onNodeDragStart}
              onNodeDragStop={onNodeDragStop}
              onSelectionChange={onSelectionChange}
              onMoveEnd={scheduleDeclutter}
              nodesConnectable={false}
              connectionMode={ConnectionMode.Loose}
              edgesReconnectable={false}
              deleteKeyCode={null}
              onlyRenderVisibleElements={view.nodes.length > CULL_ABOVE}
              minZoom={0.05}
              maxZoom={2.5}
            >
              <Background gap={24} color="#d4d4d8" />
              <Controls showInteractive={false} aria-label="Zoom controls" />
              {compact ? null : (
                <OverviewMap
                  width={MINIMAP_SIZE.width}
                  height={MINIMAP_SIZE.height}
                  nodeColour={miniMapColour}
                  ariaLabel="Overview of the whole graph"
                />
              )}
              <Panel position="top-right" className="ag-canvas-tools">
                <button
                  type="button"
                  className="ag-tool"
                  onClick={() => setRelayout((n) => n + 1)}
                  data-testid="relayout"
                  title="Re-layout (L)"
                  data-shortcut="relayout"
                >
                  Re-layout
                </button>
                <button
                  type="button"
                  className="ag-tool"
                  onClick={() => void flow.fitView({ ...FIT_VIEW_OPTIONS, duration: 250 })}
                  data-testid="fit-view"
                  data-shortcut="fit"
                  title="Fit the whole graph (F)"
                >
                  Fit
                </button>
                {compact ? null : (
                  <>
                    <button
                      type="button"
                      className="ag-tool"
                      onClick={() => void doExport('png')}
                      disabled={exporting !== null || phase !== 'ready'}
                      data-testid="export-png"
                    >
                      {exporting === 'png' ? 'Exporting…' : 'PNG'}
                    </button>
                    <button
                      type="button"
                      className="ag-tool"
                      onClick={() => void doExport('svg')}
                      disabled={exporting !== null || phase !== 'ready'}
                      data-testid="export-svg"
                    >
                      {exporting === 'svg' ? 'Exporting…' : 'SVG'}
                    </button>
                  </>
                )}
              </Panel>
            </ReactFlow>
            {phase === 'layout' ? (
              <div className="ag-canvas__busy" role="status">
                <span className="ag-spinner" aria-hidden="true" /> Laying out {view.nodes.length}{' '}
                nodes…
              </div>
            ) : null}
            {phase === 'error' ? (
              <div className="ag-canvas__busy" role="alert">
                The layout failed. Press Re-layout to try again.
              </div>
            ) : null}
          </div>
        </BadgeShiftsContext.Provider>
      </BadgeSlotsContext.Provider>
    </CanvasActionsContext.Provider>
  );
}
