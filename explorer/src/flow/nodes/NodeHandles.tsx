import { Handle, Position } from '@xyflow/react';
import type { HandleSide } from '../../graph/toFlow';

const SIDES: readonly [HandleSide, Position][] = [
  ['top', Position.Top],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
  ['right', Position.Right],
];

/**
 * One handle per side; the layout picks the pair that faces the other end
 * (`handleSides` in graph/toFlow). The canvas runs in loose connection mode,
 * so each handle serves as either end of an edge: four handles per node
 * instead of eight (a measurable share of the time to draw 1,000 nodes).
 * The explorer reads the graph, so the handles are anchors only: hidden and
 * not connectable.
 */
export function NodeHandles() {
  return (
    <>
      {SIDES.map(([side, position]) => (
        <Handle
          key={side}
          id={side}
          type="source"
          position={position}
          isConnectable={false}
          className="ag-handle"
        />
      ))}
    </>
  );
}
