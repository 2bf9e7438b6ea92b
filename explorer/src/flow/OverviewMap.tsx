import { Panel, useReactFlow, useStoreApi, type InternalNode } from '@xyflow/react';
import { memo, useEffect, useRef, type PointerEvent as ReactPointerEvent } from 'react';
import type { FlowEdge, FlowNode } from '../graph/toFlow';
import { boundsOf, measuredBoxes } from './measure';
import { overviewFrame, panBy, toMap, viewRect, type OverviewFrame } from './overview';

interface OverviewMapProps {
  width: number;
  height: number;
  /** Fill of a node on the map. */
  nodeColour: (node: InternalNode<FlowNode>) => string;
  ariaLabel: string;
}

const BACKGROUND = '#ffffff';
/** React Flow's MiniMap mask colour. */
const MASK = 'rgba(240, 240, 240, 0.6)';

/**
 * The whole graph in miniature, with the part in view unmasked: drag on it
 * to move the view, scroll on it to zoom (like React Flow's MiniMap with
 * `pannable` and `zoomable`).
 *
 * Drawn on a <canvas>, at most once a frame, from React Flow's store. React
 * Flow's MiniMap is an SVG rectangle per node, each a React component with
 * its own store subscription: at 1,000 nodes a sixth of the subscribers
 * told of every move of a drag, and about 50 ms of the time to draw.
 */
export const OverviewMap = memo(function OverviewMap({
  width,
  height,
  nodeColour,
  ariaLabel,
}: OverviewMapProps) {
  const store = useStoreApi<FlowNode, FlowEdge>();
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<OverviewFrame | null>(null);
  const colour = useRef(nodeColour);
  colour.current = nodeColour;

  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const dpr = window.devicePixelRatio || 1;
    el.width = Math.round(width * dpr);
    el.height = Math.round(height * dpr);
    let pending = 0;
    const draw = () => {
      pending = 0;
      const s = store.getState();
      const [x, y, zoom] = s.transform;
      const f = overviewFrame(
        boundsOf(measuredBoxes(s.nodeLookup)),
        viewRect({ x, y, zoom }, s.width, s.height),
        width,
        height,
      );
      frame.current = f;
      ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
      ctx.fillStyle = BACKGROUND;
      ctx.fillRect(0, 0, width, height);
      let fill = '';
      for (const node of s.nodeLookup.values()) {
        if (node.hidden || !node.measured.width) continue;
        const c = colour.current(node);
        if (c !== fill) ctx.fillStyle = fill = c;
        const { x: nx, y: ny } = node.internals.positionAbsolute;
        const r = toMap(f, {
          x: nx,
          y: ny,
          width: node.measured.width,
          height: node.measured.height ?? 0,
        });
        ctx.fillRect(r.x, r.y, Math.max(r.width, 1), Math.max(r.height, 1));
      }
      const v = toMap(f, f.view);
      ctx.fillStyle = MASK;
      ctx.beginPath();
      ctx.rect(0, 0, width, height);
      ctx.rect(v.x, v.y, v.width, v.height);
      ctx.fill('evenodd');
    };
    const schedule = () => {
      if (!pending) pending = requestAnimationFrame(draw);
    };
    draw();
    const unsubscribe = store.subscribe(schedule);

    // Wheel: zoom around the middle of the view (not a passive listener: the page must not scroll).
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      // As React Flow's MiniMap: twice or half the zoom per 500 px (or 20 lines) of scrolling.
      const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
      void flow.zoomTo(store.getState().transform[2] * Math.pow(2, -event.deltaY * unit));
    };
    el.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      unsubscribe();
      cancelAnimationFrame(pending);
      el.removeEventListener('wheel', onWheel);
    };
  }, [store, flow, width, height]);

  // Drag: move the view over the graph.
  const last = useRef<{ x: number; y: number } | null>(null);
  const onPointerDown = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    if (event.button !== 0) return;
    event.currentTarget.setPointerCapture(event.pointerId);
    last.current = { x: event.clientX, y: event.clientY };
  };
  const onPointerMove = (event: ReactPointerEvent<HTMLCanvasElement>) => {
    const from = last.current;
    const f = frame.current;
    if (!from || !f) return;
    last.current = { x: event.clientX, y: event.clientY };
    void flow.setViewport(
      panBy(flow.getViewport(), f, event.clientX - from.x, event.clientY - from.y),
    );
  };
  const onPointerUp = () => {
    last.current = null;
  };

  return (
    <Panel position="bottom-right" className="react-flow__minimap ag-overview">
      <canvas
        ref={canvas}
        style={{ width, height, display: 'block' }}
        role="img"
        aria-label={ariaLabel}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      />
    </Panel>
  );
});
