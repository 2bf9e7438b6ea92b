import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNodeData } from '../../graph/toFlow';
import { NodeCard } from './NodeCard';
import { sameCard } from './sameCard';

export type BodyFlowNode = Node<FlowNodeData, 'body'>;

/** A board, partnership, sub-group or panel, coloured by its function. */
export const BodyNode = memo(function BodyNode({ id, data, selected }: NodeProps<BodyFlowNode>) {
  return <NodeCard id={id} variant="body" data={data} selected={selected} />;
}, sameCard);
