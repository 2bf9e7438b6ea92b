import type { EdgeTypes } from '@xyflow/react';
import type { FlowEdgeType } from '../graph/toFlow';
import { RelationshipEdge } from './edges/RelationshipEdge';

/** At module scope, like `nodeTypes`. */
export const edgeTypes = {
  relationship: RelationshipEdge,
} satisfies Record<FlowEdgeType, EdgeTypes[string]>;
