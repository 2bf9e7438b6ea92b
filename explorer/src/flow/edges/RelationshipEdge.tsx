import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { relationshipPath } from '../../graph/edgePath';
import type { FlowEdge } from '../../graph/toFlow';
import { EdgeFindingBadge } from '../FindingBadge';

const HIDDEN_LABEL = { visibility: 'hidden' } as const;

/** Width of the invisible path that takes clicks on an edge (flow px). */
const EDGE_HIT_WIDTH = 28;

const DIFF_STROKE: Record<string, { stroke: string; dash?: string }> = {
  added: { stroke: '#15803d' },
  removed: { stroke: '#b91c1c', dash: '6 4' },
  changed: { stroke: '#b45309', dash: '10 3 2 3' },
};

/**
 * One relationship, bowed sideways when it shares its two nodes with others;
 * its wording ("holds to account") appears when the edge is selected or
 * highlighted, drawn above other edges' badges. Diff overlays recolour it; findings add a badge at its middle.
 */
export const RelationshipEdge = memo(function RelationshipEdge({
  id,
  sourceX,
  sourceY,
  sourcePosition,
  targetX,
  targetY,
  targetPosition,
  data,
  style,
  markerEnd,
  selected,
  interactionWidth,
}: EdgeProps<FlowEdge>) {
  const { path, labelX, labelY } = relationshipPath(
    {
      sourceX,
      sourceY,
      sourceSide: sourcePosition,
      targetX,
      targetY,
      targetSide: targetPosition,
    },
    data?.offset ?? 0,
  );
  const d = data?.decoration;
  const width = Number(style?.strokeWidth ?? 1.25);
  let drawn: CSSProperties = style ?? {};
  const diff = d?.diff ? DIFF_STROKE[d.diff] : undefined;
  if (diff) {
    drawn = { ...drawn, stroke: diff.stroke, strokeWidth: Math.max(width, 2.5) };
    if (diff.dash) drawn.strokeDasharray = diff.dash;
  }
  if (selected || d?.emphasis === 'on') drawn = { ...drawn, strokeWidth: Math.max(width, 2) + 1.5 };
  const showLabel = selected || d?.emphasis === 'on';
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        style={drawn}
        interactionWidth={interactionWidth ?? EDGE_HIT_WIDTH}
        // The wording stays in the edge's own text (unseen); the one drawn is the HTML below.
        label={showLabel ? data?.verb : undefined}
        labelX={labelX}
        labelY={labelY}
        labelStyle={HIDDEN_LABEL}
      />
      {showLabel && data?.verb ? (
        // HTML, above the finding badges of other edges that meet here.
        <EdgeLabelRenderer>
          <div
            className="ag-edge-label"
            style={{ transform: `translate(${labelX}px, ${labelY}px) translate(-50%, -50%)` }}
            aria-hidden="true"
          >
            {data.verb}
          </div>
        </EdgeLabelRenderer>
      ) : null}
      {d?.flag ? (
        <EdgeFindingBadge
          flag={d.flag}
          subject={data?.verb ?? 'relationship'}
          slotKey={`edge:${id}`}
          x={labelX}
          y={labelY}
          belowLabel={showLabel}
        />
      ) : null}
    </>
  );
});
