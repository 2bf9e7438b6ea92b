import {
  Background,
  ConnectionMode,
  Controls,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  useStoreApi,
  type InternalNode,
  type ReactFlowState,
  type OnSelectionChangeParams,
} from '@xyflow/react';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type MouseEvent,
} from 'react';
import { hasFlags, type Decorations } from '../graph/decorations';
import { exportFrame, type ExportMeta } from '../graph/exportFrame';
import { redecorateEdges, redecorateNodes } from '../graph/flowElements';
import type { FlowEdge, FlowNode } from '../graph/toFlow';
import type { ViewGraph } from '../graph/view';
import { CULL_ABOVE, type FocusRequest } from '../graph/workspace';
import {
  BadgeShiftsContext,
  BadgeSlotsContext,
  CanvasActionsContext,
  type CanvasActions,
} from './canvasActions';
import { CanvasTools } from './CanvasTools';
import { edgeTypes } from './edgeTypes';
import { warmLayoutWorker } from './layoutClient';
import { nodeTypes } from './nodeTypes';
import { MoreBelow } from './MoreBelow';
import { OverviewMap } from './OverviewMap';
import { NODE_LOOKS_CSS } from './nodes/looks';
import { selectOnly, showsSelection } from './selection';
import { useCanvasDrawing } from './useCanvasDrawing';
import { useCanvasFocus } from './useCanvasFocus';
import {
  FIRST_VIEW_MIN_ZOOM,
  FIRST_VIEW_WHOLE_WIDTH_ZOOM,
  textScale,
  zoomBand,
} from './semanticZoom';
import { useDeclutter } from './useDeclutter';
import { useHoverCard } from './useHoverCard';

const textScaleOf = (s: ReactFlowState) => textScale(s.transform[2]);
const zoomBandOf = (s: ReactFlowState) => zoomBand(s.transform[2]);

export type { FocusRequest } from '../graph/workspace';

export interface AreaCanvasProps {
  view: ViewGraph;
  decorations: Decorations;
  /** Accessible name of the canvas, e.g. "Wiltshire accountability graph". */
  label: string;
  /** Base of exported file names. */
  exportName: string;
  /** The area and document an exported picture names (with the date and a legend). */
  exportMeta?: ExportMeta;
  selectedId?: string | null;
  onSelect?: (id: string | null) => void;
  focus?: FocusRequest | null;
  onOpenFindings?: (findingIds: readonly string[]) => void;
  /** Smaller chrome (no minimap) for side-by-side panes. */
  compact?: boolean;
  testId?: string;
  /** The view one click away (the full graph behind an overview), laid out ahead when idle. */
  nextView?: (() => ViewGraph) | null;
}

/**
 * Screen room around a fitted graph: the tools (top right, 30 px tall at 15 px)
 * above it, the controls (bottom left) and the minimap (bottom right, 100 px at
 * 15 px) below it, and the finding badges, which stick out of a node's
 * top-right corner by about 13 px up and 14 px right whatever the zoom.
 */
const FIT_PADDING = { top: '72px', right: '36px', bottom: '128px', left: '24px' } as const;
const FIT_VIEW_OPTIONS = { padding: FIT_PADDING, maxZoom: 1.1 } as const;
/**
 * The first view of an area: fitted, but zoomed out no further than names can
 * be drawn readable (semantic zoom scales them up to there); a graph too big
 * for that opens at its top.
 */
const FIRST_VIEW_OPTIONS = {
  padding: FIT_PADDING,
  maxZoom: 1.1,
  minZoom: FIRST_VIEW_MIN_ZOOM,
  alignTop: 72,
  // Nothing cut at the sides: a phone zooms out a little more (names stay 11 px), and the
  // layout puts fewer bodies in a row (measure.ts rowsFor); the rest is below ("N more below").
  wholeWidthDownTo: FIRST_VIEW_WHOLE_WIDTH_ZOOM,
} as const;
/** Centring on a chain, a post's bodies or a finding: the same room, a little closer. */
const FOCUS_VIEW_OPTIONS = { padding: FIT_PADDING, maxZoom: 1.2, duration: 350 } as const;
const MINIMAP_SIZE = { width: 160, height: 100 };
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

/**
 * One canvas: the drawing (./drawCanvas.ts via useCanvasDrawing), the badge
 * placement (./declutter.ts via useDeclutter) and the focus requests
 * (useCanvasFocus) are plain modules with a hook each; this component wires
 * them to React Flow and draws the chrome.
 */
function CanvasInner({
  view,
  decorations,
  label,
  exportName,
  exportMeta,
  selectedId = null,
  onSelect,
  focus,
  onOpenFindings,
  compact = false,
  testId = 'canvas',
  nextView = null,
}: AreaCanvasProps) {
  const [relayout, setRelayout] = useState(0);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const store = useStoreApi<FlowNode, FlowEdge>();
  const container = useRef<HTMLDivElement>(null);
  const latestSelected = useRef(selectedId);
  latestSelected.current = selectedId;
  // Semantic zoom (./semanticZoom.ts): names stay readable, small print goes when too small.
  const scale = useStore(textScaleOf);
  const band = useStore(zoomBandOf);

  // Finding badges keep their screen size, so zoomed out they may meet: merge those.
  const badges = useDeclutter(container, decorations);
  const phase = useCanvasDrawing({
    view,
    decorations,
    selectedId,
    relayout,
    fit: FIRST_VIEW_OPTIONS,
    testId,
    onDrawn: badges.declutter,
    nextView,
  });

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
    if (showsSelection(flow.getNodes(), selectedId) && showsSelection(flow.getEdges(), selectedId))
      return;
    flow.setNodes((prev) => selectOnly(prev, selectedId));
    flow.setEdges((prev) => selectOnly(prev, selectedId));
  }, [selectedId, flow, phase]);

  // Badges follow what moves (a re-decoration, a keyboard move, a finished drag): measure them
  // again after the change, but not on every frame of a drag (measuring forces a layout).
  // Without any badge there is nothing to measure (but once more, to clear old merges).
  const flagged = useMemo(() => hasFlags(decorations), [decorations]);
  const dragging = useRef(false);
  const scheduleDeclutter = badges.schedule;
  useEffect(() => {
    if (phase !== 'ready') return;
    scheduleDeclutter();
    if (!flagged) return;
    return store.subscribe((s, prev) => {
      if (dragging.current) return;
      if (s.nodes !== prev.nodes || s.edges !== prev.edges) scheduleDeclutter();
    });
  }, [phase, store, scheduleDeclutter, decorations, flagged]);

  // Hover details: a card beside the pointer or the focused node.
  const hover = useHoverCard(container);

  // Centre on what was asked for (a finding's nodes, a search hit), clear of the tools,
  // the controls and the minimap.
  useCanvasFocus(focus, phase, container, FOCUS_VIEW_OPTIONS);

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
  const hideHover = hover.handlers.onNodeDragStart;
  const onNodeDragStart = useCallback(() => {
    hideHover();
    dragging.current = true;
    container.current?.classList.add('ag-canvas--dragging');
  }, [hideHover]);
  const onNodeDragStop = useCallback(() => {
    dragging.current = false;
    container.current?.classList.remove('ag-canvas--dragging');
    scheduleDeclutter();
  }, [scheduleDeclutter]);
  // Keyboard selection (Tab to a node, Enter) arrives here.
  const onSelectionChange = useCallback(
    ({ nodes: ns, edges: es }: OnSelectionChangeParams<FlowNode, FlowEdge>) => {
      const id = ns[0]?.id ?? es[0]?.id;
      if (id && id !== latestSelected.current) onSelect?.(id);
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

  const onRelayout = useCallback(() => setRelayout((n) => n + 1), []);
  const latestView = useRef(view);
  latestView.current = view;
  const frameOf = useCallback(
    () =>
      exportMeta
        ? exportFrame(
            exportMeta,
            latestView.current.edges.map((e) => e.type),
            new Date(),
          )
        : null,
    [exportMeta],
  );

  return (
    <CanvasActionsContext.Provider value={actions}>
      <BadgeSlotsContext.Provider value={badges.slots}>
        <BadgeShiftsContext.Provider value={badges.shifts}>
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
            data-zoom={band}
            style={{ '--ag-text-scale': scale } as CSSProperties}
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
              onMoveStart={hover.handlers.onMoveStart}
              onNodeMouseEnter={hover.handlers.onNodeMouseEnter}
              onNodeMouseLeave={hover.handlers.onNodeMouseLeave}
              onEdgeMouseEnter={hover.handlers.onEdgeMouseEnter}
              onEdgeMouseLeave={hover.handlers.onEdgeMouseLeave}
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
              <MoreBelow ready={phase === 'ready'} />
              <CanvasTools
                compact={compact}
                ready={phase === 'ready'}
                exportName={exportName}
                root={container}
                onRelayout={onRelayout}
                fit={FIT_VIEW_OPTIONS}
                exportFrame={frameOf}
              />
            </ReactFlow>
            {hover.card}
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
