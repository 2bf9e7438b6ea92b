import type { NodeProps } from '@xyflow/react';

/**
 * Memo comparison for the node components: a card draws only its data and
 * whether it is selected. React Flow also passes the position, the measured
 * size and the drag state, which change on every frame of a drag and when
 * the browser measures the node; none of them changes the card.
 */
export function sameCard(a: NodeProps, b: NodeProps): boolean {
  return a.id === b.id && a.data === b.data && a.selected === b.selected;
}
