import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNodeData } from '../../graph/toFlow';
import { NodeCard } from './NodeCard';
import { sameCard } from './sameCard';

export type GenericFlowNode = Node<FlowNodeData, 'generic'>;

/** Organisations, people and any label the explorer does not know yet. */
export const GenericNode = memo(function GenericNode({
  id,
  data,
  selected,
}: NodeProps<GenericFlowNode>) {
  return <NodeCard id={id} variant="generic" data={data} selected={selected} />;
}, sameCard);
