import { useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type MouseEvent, type RefObject } from 'react';
import { edgeHover, nodeHover, type HoverCardText } from '../graph/hover';
import type { FlowEdge, FlowNode } from '../graph/toFlow';

interface Shown {
  card: HoverCardText;
  /** Where, in the canvas element's coordinates. */
  x: number;
  y: number;
  kind: 'node' | 'edge';
  id: string;
}

/**
 * Hover details on the canvas: a card beside the pointer (or beside a node
 * that has the keyboard) saying what a node or a relationship is, its ties
 * and its findings (graph/hover.ts). It never takes the pointer, so clicks go
 * through; Esc or leaving hides it.
 */
export function useHoverCard(container: RefObject<HTMLDivElement | null>) {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const [shown, setShown] = useState<Shown | null>(null);
  const latest = useRef<Shown | null>(null);
  latest.current = shown;

  const names = useCallback(() => new Map(flow.getNodes().map((n) => [n.id, n.data.name])), [flow]);
  const place = useCallback(
    (clientX: number, clientY: number) => {
      const r = container.current?.getBoundingClientRect();
      return r ? { x: clientX - r.left, y: clientY - r.top } : { x: 0, y: 0 };
    },
    [container],
  );
  const showNode = useCallback(
    (node: FlowNode, clientX: number, clientY: number) => {
      const d = node.data.decoration;
      const card = nodeHover(
        {
          id: node.id,
          name: node.data.name,
          detail: node.data.detail,
          findings: d?.flag?.count ?? 0,
          hidden: d?.hidden ?? 0,
        },
        flow
          .getEdges()
          .map((e) => ({ source: e.source, target: e.target, verb: e.data?.verb ?? '' })),
        names(),
      );
      setShown({ card, ...place(clientX, clientY), kind: 'node', id: node.id });
    },
    [flow, names, place],
  );

  const onNodeMouseEnter = useCallback(
    (e: MouseEvent, node: FlowNode) => showNode(node, e.clientX, e.clientY),
    [showNode],
  );
  const onEdgeMouseEnter = useCallback(
    (e: MouseEvent, edge: FlowEdge) => {
      const card = edgeHover(
        {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          verb: edge.data?.verb ?? edge.data?.type ?? '',
          statements: edge.data?.apiEdgeIds.length ?? 1,
          documents: new Set(edge.data?.documentIds ?? []).size || 1,
        },
        names(),
      );
      setShown({ card, ...place(e.clientX, e.clientY), kind: 'edge', id: edge.id });
    },
    [names, place],
  );
  const hide = useCallback(() => setShown(null), []);

  // The keyboard too: a node that gets focus (Tab) shows its card beside it.
  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const onFocusIn = (e: FocusEvent) => {
      const target = e.target as HTMLElement | null;
      const id = target?.classList.contains('react-flow__node') ? target.dataset.id : undefined;
      const node = id ? flow.getNode(id) : undefined;
      if (!node || !target) return;
      const r = target.getBoundingClientRect();
      showNode(node, r.right, r.top);
    };
    const onFocusOut = () => {
      if (latest.current?.kind === 'node') setShown(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setShown(null);
    };
    el.addEventListener('focusin', onFocusIn);
    el.addEventListener('focusout', onFocusOut);
    el.addEventListener('keydown', onKey);
    return () => {
      el.removeEventListener('focusin', onFocusIn);
      el.removeEventListener('focusout', onFocusOut);
      el.removeEventListener('keydown', onKey);
    };
  }, [container, flow, showNode]);

  const card = shown ? <HoverCard shown={shown} container={container} /> : null;
  return {
    card,
    handlers: {
      onNodeMouseEnter,
      onNodeMouseLeave: hide,
      onEdgeMouseEnter,
      onEdgeMouseLeave: hide,
      onMoveStart: hide,
      onNodeDragStart: hide,
    },
  };
}

const CARD_WIDTH = 260;

function HoverCard({
  shown,
  container,
}: {
  shown: Shown;
  container: RefObject<HTMLDivElement | null>;
}) {
  const width = container.current?.clientWidth ?? 1000;
  const height = container.current?.clientHeight ?? 800;
  // Beside the pointer, kept inside the canvas.
  const left = Math.max(4, Math.min(shown.x + 14, width - CARD_WIDTH - 4));
  const top = Math.max(4, Math.min(shown.y + 14, height - 140));
  return (
    <div
      className="ag-hovercard"
      role="tooltip"
      data-testid="hover-card"
      data-kind={shown.kind}
      data-id={shown.id}
      style={{ left, top, width: CARD_WIDTH }}
    >
      <strong className="ag-hovercard__title">{shown.card.title}</strong>
      <ul>
        {shown.card.lines.map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      <p className="ag-muted">{shown.card.hint}</p>
    </div>
  );
}
