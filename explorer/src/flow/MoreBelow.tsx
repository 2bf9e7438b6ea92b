import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useCallback } from 'react';
import type { FlowEdge, FlowNode } from '../graph/toFlow';
import { nodesBelow, panDownBy } from './moreBelow';

const belowOf = (s: ReactFlowState) => nodesBelow(s.nodeLookup.values(), s.transform, s.height);

/**
 * A graph taller than the first view opens at its top, its whole width in
 * view: this button says how many nodes lie (partly) below the view and
 * moves the view down by most of a screen (dragging the canvas, the minimap
 * or the arrow keys do the same). Gone once nothing lies below.
 */
export function MoreBelow({ ready }: { ready: boolean }) {
  const below = useStore(belowOf);
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const height = useStore((s: ReactFlowState) => s.height);
  const onClick = useCallback(() => {
    void flow.setViewport(panDownBy(flow.getViewport(), height), { duration: 200 });
  }, [flow, height]);
  if (!ready || below === 0) return null;
  return (
    <Panel position="top-left" className="ag-canvas-more">
      <button
        type="button"
        className="ag-tool"
        data-testid="more-below"
        onClick={onClick}
        aria-label={`${below} more below: move the view down`}
        title="Move the view down (or drag the canvas)"
      >
        {below} more<span className="ag-canvas-more__below"> below</span>{' '}
        <span aria-hidden="true">↓</span>
      </button>
    </Panel>
  );
}
