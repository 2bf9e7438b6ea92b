import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useEdgesState,
  useNodesState,
} from '@xyflow/react';
import { useCallback, useMemo } from 'react';
import { buildFlowGraph, type FlowNode } from '../graph/toFlow';
import type { ApiAreaGraph } from '../graph/types';
import { message } from '../messages';
import { StatusMessage } from '../ui/StatusMessage';
import { Legend } from './Legend';
import { edgeTypes } from './edgeTypes';
import { nodeTypes } from './nodeTypes';

interface AreaCanvasProps {
  graph: ApiAreaGraph;
  /** Accessible name of the canvas, e.g. "Wiltshire accountability graph". */
  label: string;
}

/** Room for the controls (bottom left) and the minimap (bottom right) below the graph. */
const FIT_VIEW_OPTIONS = {
  padding: { top: '24px', right: '24px', bottom: '128px', left: '24px' },
  maxZoom: 1.1,
} as const;
const MINIMAP_STYLE = { width: 160, height: 100 };

/**
 * Draws one area. Mount it with `key={areaId}`: node positions are local
 * state (the user may drag nodes) and start again for another area.
 */
export function AreaCanvas({ graph, label }: AreaCanvasProps) {
  const initial = useMemo(() => buildFlowGraph(graph), [graph]);
  const [nodes, , onNodesChange] = useNodesState(initial.nodes);
  const [edges, , onEdgesChange] = useEdgesState(initial.edges);
  const miniMapColour = useCallback((node: FlowNode) => node.data.appearance.border, []);

  return (
    <div className="ag-area">
      {initial.droppedEdgeIds.length > 0 ? (
        <StatusMessage
          variant="banner"
          message={message('edgesDropped', initial.droppedEdgeIds.length)}
        />
      ) : null}
      <div className="ag-area__body">
        <div className="ag-canvas" role="region" aria-label={label}>
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onEdgesChange={onEdgesChange}
            nodesConnectable={false}
            edgesReconnectable={false}
            deleteKeyCode={null}
            fitView
            fitViewOptions={FIT_VIEW_OPTIONS}
            minZoom={0.05}
            maxZoom={2.5}
          >
            <Background gap={24} color="#d4d4d8" />
            <Controls showInteractive={false} />
            <MiniMap
              nodeColor={miniMapColour}
              nodeStrokeWidth={0}
              style={MINIMAP_STYLE}
              pannable
              zoomable
              ariaLabel="Overview of the whole graph"
            />
          </ReactFlow>
        </div>
        <aside className="ag-sidebar">
          <Legend />
        </aside>
      </div>
    </div>
  );
}
