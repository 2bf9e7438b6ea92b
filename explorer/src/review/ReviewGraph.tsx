/**
 * The draft's graph beside its text (issue 14 point 2): a React Flow canvas
 * of the proposed and accepted facts; clicking a node or relationship picks
 * that proposal, as the list does. On narrow screens it is a section that
 * can be hidden (the canvas is never drawn at 0 px).
 */
import {
  Background,
  Controls,
  Handle,
  Position,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore,
  type Edge,
  type NodeProps,
} from '@xyflow/react';
import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import { boxedNameZoom } from '../flow/semanticZoom';
import type { ReviewDraftFieldsFragment } from '../gql/graphql';
import { draftGraph, REVIEW_NODE_SIZE, type ReviewFlowNode } from './draftGraph';

function ReviewNode({ data }: NodeProps<ReviewFlowNode>) {
  return (
    <div
      className={`ag-review-gnode ag-review-gnode--${data.state.toLowerCase()}${data.key ? '' : ' ag-review-gnode--document'}${data.current ? ' ag-review-gnode--current' : ''}`}
      data-key={data.key || undefined}
      data-state={data.key ? data.state : undefined}
      title={data.name}
    >
      <Handle type="target" position={Position.Top} isConnectable={false} />
      <span className="ag-review-gnode__name">{data.name}</span>{' '}
      <span className="ag-review-gnode__label">{data.detail}</span>
      <Handle type="source" position={Position.Bottom} isConnectable={false} />
    </div>
  );
}

/**
 * Fit the whole graph, but never so small that a node is under 24 px tall (WCAG 2.5.8
 * target size; the nodes are 56 px): a large draft is panned or zoomed out by hand.
 */
const FIT = { padding: 0.12, maxZoom: 1.2, minZoom: 0.45 };

/** At module scope: React Flow redraws every node when this object changes. */
const NODE_TYPES = { review: ReviewNode };

function Canvas({
  draft,
  current,
  showRejected,
  onPick,
}: {
  draft: ReviewDraftFieldsFragment;
  current: string | null;
  showRejected: boolean;
  onPick: (key: string) => void;
}) {
  const { nodes, edges } = useMemo(
    () => draftGraph(draft, current, showRejected),
    [draft, current, showRejected],
  );
  const keyOf = useMemo(() => new Map(nodes.map((n) => [n.id, n.data.key])), [nodes]);
  const flow = useReactFlow();
  // fit the whole graph again when what is drawn or the canvas size changes (not when a choice moves)
  const drawn = nodes
    .map((n) => n.id)
    .concat(edges.map((e) => e.id))
    .join(' ');
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  // Semantic zoom: names stay ≥ 11 px on screen (scaled up, on fewer lines) or fold; the
  // key changes a few times over the whole zoom range, so zooming does not redraw each frame.
  const zoomKey = useStore((s) => {
    const z = boxedNameZoom(s.transform[2]);
    return `${z.band} ${z.scale} ${z.lines}`;
  });
  const [band, scale, lines] = zoomKey.split(' ');
  useEffect(() => {
    const frame = requestAnimationFrame(() => void flow.fitView(FIT));
    return () => cancelAnimationFrame(frame);
  }, [drawn, width, height, flow]);
  // a proposal chosen elsewhere (the list, the text) that is off the canvas is brought into view
  useEffect(() => {
    if (!current) return;
    const at = new Map(nodes.map((n) => [n.id, n.position]));
    const edge = edges.find((e) => e.id === current);
    const ends = edge
      ? [edge.source, edge.target]
      : nodes.filter((n) => n.data.key === current).map((n) => n.id);
    const points = ends.flatMap((id) => (at.has(id) ? [at.get(id)!] : []));
    if (points.length === 0 || width === 0 || height === 0) return;
    const cx = points.reduce((s, p) => s + p.x, 0) / points.length + REVIEW_NODE_SIZE.width / 2;
    const cy = points.reduce((s, p) => s + p.y, 0) / points.length + REVIEW_NODE_SIZE.height / 2;
    const { x, y, zoom } = flow.getViewport();
    const sx = cx * zoom + x;
    const sy = cy * zoom + y;
    if (sx < 0 || sy < 0 || sx > width || sy > height) void flow.setCenter(cx, cy, { zoom });
    // only when the choice moves, not on every redraw
  }, [current]);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      onNodeClick={(_, n) => {
        if (n.data.key) onPick(n.data.key);
      }}
      onEdgeClick={(_, e: Edge) => onPick(e.id)}
      // Enter or Space on a focused node or relationship selects it: choose its proposal too
      onNodesChange={(changes) => {
        for (const c of changes) {
          const key = c.type === 'select' && c.selected ? keyOf.get(c.id) : undefined;
          if (key) onPick(key);
        }
      }}
      onEdgesChange={(changes) => {
        for (const c of changes) if (c.type === 'select' && c.selected) onPick(c.id);
      }}
      nodesDraggable={false}
      nodesConnectable={false}
      edgesReconnectable={false}
      deleteKeyCode={null}
      minZoom={0.1}
      maxZoom={2}
      fitView
      fitViewOptions={FIT}
      proOptions={{ hideAttribution: true }}
      className="ag-review-flow"
      data-zoom={band}
      style={
        {
          '--ag-review-text-scale': scale,
          '--ag-review-name-lines': lines,
        } as CSSProperties
      }
    >
      <Background gap={24} color="#e4e4e7" />
      <Controls showInteractive={false} aria-label="Zoom controls" />
    </ReactFlow>
  );
}

export function ReviewGraph({
  draft,
  current,
  onPick,
}: {
  draft: ReviewDraftFieldsFragment;
  current: string | null;
  onPick: (key: string) => void;
}) {
  const [open, setOpen] = useState(true);
  const [showRejected, setShowRejected] = useState(false);
  const rejected =
    draft.nodes.filter((n) => n.state === 'REJECTED').length +
    draft.relationships.filter((r) => r.state === 'REJECTED').length;
  return (
    <section
      className={`ag-review-graph${open ? '' : ' ag-review-graph--closed'}`}
      aria-labelledby="review-graph-title"
      data-testid="review-graph-section"
    >
      <div className="ag-review-graph__head">
        <h3 id="review-graph-title">Graph of the draft</h3>
        <button
          type="button"
          className="ag-button ag-review-graph__toggle"
          aria-expanded={open}
          aria-controls="review-graph-canvas"
          data-testid="review-graph-toggle"
          onClick={() => setOpen((o) => !o)}
        >
          {open ? 'Hide graph' : 'Show graph'}
        </button>
      </div>
      {open ? (
        <>
          <ul className="ag-review-legend" aria-label="Legend">
            <li>
              <span className="ag-review-legend__line ag-review-legend__line--accepted" /> accepted:
              solid
            </li>
            <li>
              <span className="ag-review-legend__line ag-review-legend__line--proposed" /> proposed:
              dashed, lighter
            </li>
            <li>
              <label>
                <input
                  type="checkbox"
                  checked={showRejected}
                  onChange={(e) => setShowRejected(e.target.checked)}
                  data-testid="review-graph-rejected"
                />{' '}
                show rejected ({rejected}, dotted grey)
              </label>
            </li>
          </ul>
          <div
            id="review-graph-canvas"
            className="ag-review-graph__canvas"
            role="region"
            aria-label="Graph of the draft: click a body or relationship to choose its proposal"
            data-testid="review-graph"
          >
            <ReactFlowProvider>
              <Canvas draft={draft} current={current} showRejected={showRejected} onPick={onPick} />
            </ReactFlowProvider>
          </div>
        </>
      ) : null}
    </section>
  );
}
