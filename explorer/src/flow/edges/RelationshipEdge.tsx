import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { relationshipPath } from '../../graph/edgePath';
import type { FlowEdge } from '../../graph/toFlow';

const LABEL_STYLE = { fontSize: 12, fontWeight: 600 };
const LABEL_BG_STYLE = { fill: '#ffffff', fillOpacity: 0.95 };

/**
 * One relationship, bowed sideways when it shares its two nodes with others;
 * its wording ("holds to account") appears when the edge is selected.
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
  const width = Number(style?.strokeWidth ?? 1.25);
  return (
    <BaseEdge
      id={id}
      path={path}
      markerEnd={markerEnd}
      style={selected ? { ...style, strokeWidth: width + 1.5 } : style}
      interactionWidth={interactionWidth}
      label={selected ? data?.verb : undefined}
      labelX={labelX}
      labelY={labelY}
      labelStyle={LABEL_STYLE}
      labelShowBg
      labelBgStyle={LABEL_BG_STYLE}
      labelBgPadding={[4, 2]}
      labelBgBorderRadius={3}
    />
  );
});
