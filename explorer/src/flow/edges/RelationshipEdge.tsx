import { BaseEdge, EdgeLabelRenderer, type EdgeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import { relationshipPath } from '../../graph/edgePath';
import type { FlowEdge } from '../../graph/toFlow';
import { FindingBadge } from '../FindingBadge';

const LABEL_STYLE = { fontSize: 12, fontWeight: 600 };
const LABEL_BG_STYLE = { fill: '#ffffff', fillOpacity: 0.95 };

const DIFF_STROKE: Record<string, { stroke: string; dash?: string }> = {
  added: { stroke: '#15803d' },
  removed: { stroke: '#b91c1c', dash: '6 4' },
  changed: { stroke: '#b45309', dash: '10 3 2 3' },
};

/**
 * One relationship, bowed sideways when it shares its two nodes with others;
 * its wording ("holds to account") appears when the edge is selected or
 * highlighted. Diff overlays recolour it; findings add a badge at its middle.
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
        interactionWidth={interactionWidth}
        label={showLabel ? data?.verb : undefined}
        labelX={labelX}
        labelY={labelY}
        labelStyle={LABEL_STYLE}
        labelShowBg
        labelBgStyle={LABEL_BG_STYLE}
        labelBgPadding={[4, 2]}
        labelBgBorderRadius={3}
      />
      {d?.flag ? (
        <EdgeLabelRenderer>
          <div
            className="ag-edge-badge"
            style={{
              transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY + (showLabel ? 18 : 0)}px)`,
            }}
          >
            <FindingBadge flag={d.flag} subject={data?.verb ?? 'relationship'} />
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
});
