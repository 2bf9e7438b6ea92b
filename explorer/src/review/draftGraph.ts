/**
 * The draft's graph as React Flow elements (issue 14 point 2): its proposed
 * and accepted nodes and relationships, placed by the explorer's layered
 * layout. Accepted facts are drawn solid, proposed ones dashed and lighter;
 * rejected ones are left out unless asked for (then dotted and grey).
 * Pure: the review screen redraws from the draft the Apollo cache holds.
 */
import { MarkerType, type Edge, type Node } from '@xyflow/react';
import { layeredLayout } from '../graph/layout';
import type { ReviewDraftFieldsFragment, ReviewState } from '../gql/graphql';

type Draft = ReviewDraftFieldsFragment;

export const REVIEW_NODE_SIZE = { width: 180, height: 56 } as const;

export interface ReviewNodeData extends Record<string, unknown> {
  key: string;
  name: string;
  label: string;
  state: ReviewState;
  /** The line under the name: its label and state ("Body · proposed"). */
  detail: string;
  current: boolean;
}

export type ReviewFlowNode = Node<ReviewNodeData, 'review'>;

const STATE_WORD: Record<ReviewState, string> = {
  ACCEPTED: 'accepted',
  PROPOSED: 'proposed',
  REJECTED: 'rejected',
};

const EDGE_LOOK: Record<
  ReviewState,
  { stroke: string; strokeDasharray?: string; opacity: number }
> = {
  ACCEPTED: { stroke: '#15803d', opacity: 1 },
  PROPOSED: { stroke: '#b45309', strokeDasharray: '6 4', opacity: 0.85 },
  REJECTED: { stroke: '#94a3b8', strokeDasharray: '2 4', opacity: 0.7 },
};

/** The line under a node's name: its label and review state, or "this document". */
const detailOf = (n: { key: string; label: string; state: ReviewState }) =>
  n.key ? `${n.label} · ${STATE_WORD[n.state]}` : 'this document';

/** The drawn nodes and edges of a draft; `current` is the chosen proposal's key. */
export function draftGraph(
  draft: Draft,
  current: string | null,
  showRejected: boolean,
): { nodes: ReviewFlowNode[]; edges: Edge[] } {
  const shown = (state: ReviewState) => showRejected || state !== 'REJECTED';
  const ends = new Map<string, { key: string; name: string; label: string; state: ReviewState }>();
  for (const n of draft.nodes) {
    if (shown(n.state))
      ends.set(n.id, { key: n.key, name: n.name, label: n.label, state: n.state });
  }
  const rels = draft.relationships.filter((r) => shown(r.state));
  // a relationship to the document itself (SIGNED) draws the document as a node
  if (rels.some((r) => r.to === draft.documentId || r.from === draft.documentId)) {
    ends.set(draft.documentId, {
      key: '',
      name: draft.title,
      label: 'Document',
      state: 'ACCEPTED',
    });
  }
  const drawnRels = rels.filter((r) => ends.has(r.from) && ends.has(r.to) && r.from !== r.to);
  const layout = layeredLayout(
    [...ends.keys()].map((id) => ({ id, ...REVIEW_NODE_SIZE })),
    drawnRels.map((r) => ({ upper: r.from, lower: r.to })),
    { maxPerRow: 4, layerGap: 80, nodeGap: 28 },
  );
  const nodes: ReviewFlowNode[] = [...ends].map(([id, n]) => ({
    id,
    type: 'review',
    position: layout.positions.get(id) ?? { x: 0, y: 0 },
    ...REVIEW_NODE_SIZE,
    selected: false,
    draggable: false,
    connectable: false,
    // a button with a name, as the explorer's canvas nodes are
    ariaRole: 'button',
    // the name holds the visible text (name, label · state), as WCAG 2.5.3 asks
    ariaLabel: `${n.name}, ${detailOf(n)}${n.key !== '' && n.key === current ? ', chosen' : ''}`,
    data: { ...n, detail: detailOf(n), current: n.key !== '' && n.key === current },
  }));
  const edges: Edge[] = drawnRels.map((r) => {
    const look = EDGE_LOOK[r.state];
    const chosen = r.key === current;
    // a signature cell the document leaves blank is said so on the edge (briefly) and in its name
    const blank = r.type === 'SIGNED' && /"signatureBlank":\s*true/.test(r.properties);
    const type = r.type.replace(/_/g, ' ').toLowerCase();
    // a reading beyond the words, as the explorer's canvas says it: "... (interpretation)"
    const read = r.interpretation ? ' (interpretation)' : '';
    const words = blank ? `${type} (signature cell blank)` : `${type}${read}`;
    return {
      id: r.key,
      source: r.from,
      target: r.to,
      type: 'default',
      label: blank ? `${type} (blank)` : words,
      className: `ag-review-edge ag-review-edge--${r.state.toLowerCase()}${chosen ? ' ag-review-edge--current' : ''}`,
      style: {
        stroke: chosen ? '#1d4ed8' : look.stroke,
        strokeWidth: chosen ? 3.5 : 2,
        opacity: look.opacity,
        ...(look.strokeDasharray ? { strokeDasharray: look.strokeDasharray } : {}),
      },
      markerEnd: { type: MarkerType.ArrowClosed, color: chosen ? '#1d4ed8' : look.stroke },
      ariaRole: 'button',
      ariaLabel: `${ends.get(r.from)!.name} ${words} ${ends.get(r.to)!.name}, ${STATE_WORD[r.state]}${chosen ? ', chosen' : ''}`,
      data: { key: r.key, state: r.state },
      interactionWidth: 16,
    };
  });
  return { nodes, edges };
}
