import { Handle, Position } from '@xyflow/react';
import type { HandleSide } from '../../graph/toFlow';

const SIDES: readonly [HandleSide, Position][] = [
  ['top', Position.Top],
  ['bottom', Position.Bottom],
  ['left', Position.Left],
  ['right', Position.Right],
];

/**
 * A source and a target handle on every side; the layout picks the pair that
 * faces the other end (`handleSides` in graph/toFlow). The explorer reads the
 * graph, so the handles are anchors only: hidden and not connectable.
 */
export function NodeHandles() {
  return (
    <>
      {SIDES.map(([side, position]) => (
        <Handle
          key={`s-${side}`}
          id={side}
          type="source"
          position={position}
          isConnectable={false}
          className="ag-handle"
        />
      ))}
      {SIDES.map(([side, position]) => (
        <Handle
          key={`t-${side}`}
          id={side}
          type="target"
          position={position}
          isConnectable={false}
          className="ag-handle"
        />
      ))}
    </>
  );
}
