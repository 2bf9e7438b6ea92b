import type { NodeTypes } from '@xyflow/react';
import type { FlowNodeType } from '../graph/toFlow';
import { BodyNode } from './nodes/BodyNode';
import { GenericNode } from './nodes/GenericNode';
import { PostNode } from './nodes/PostNode';

/** At module scope: React Flow re-renders every node when this object changes. */
export const nodeTypes = {
  body: BodyNode,
  post: PostNode,
  generic: GenericNode,
} satisfies Record<FlowNodeType, NodeTypes[string]>;
