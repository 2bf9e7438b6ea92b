import type { Node, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { FlowNodeData } from '../../graph/toFlow';
import { NodeCard } from './NodeCard';
import { sameCard } from './sameCard';

export type PostFlowNode = Node<FlowNodeData, 'post'>;

/** A post (independent chair, DCS, lead member...), drawn as a pill. */
export const PostNode = memo(function PostNode({ id, data, selected }: NodeProps<PostFlowNode>) {
  return <NodeCard id={id} variant="post" data={data} selected={selected} />;
}, sameCard);
