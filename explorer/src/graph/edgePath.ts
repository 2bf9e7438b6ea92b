/**
 * SVG paths for relationship edges. Parallel ties between the same two nodes
 * (A holds B to account, B reports to A) bow apart by `offset` pixels so each
 * stays visible. Pure geometry, no React.
 */
import type { HandleSide } from './toFlow';

export interface EdgeEnds {
  sourceX: number;
  sourceY: number;
  sourceSide: HandleSide;
  targetX: number;
  targetY: number;
  targetSide: HandleSide;
}

const DIRECTION: Readonly<Record<HandleSide, readonly [number, number]>> = {
  top: [0, -1],
  bottom: [0, 1],
  left: [-1, 0],
  right: [1, 0],
};

/**
 * A cubic Bézier leaving and entering by the handles' sides, both control
 * points pushed sideways by `offset` (to the left of source -> target for a
 * positive offset). Returns the path and the curve's midpoint, for a label.
 */
export function relationshipPath(
  ends: EdgeEnds,
  offset = 0,
): { path: string; labelX: number; labelY: number } {
  const { sourceX: sx, sourceY: sy, targetX: tx, targetY: ty } = ends;
  const dx = tx - sx;
  const dy = ty - sy;
  const length = Math.hypot(dx, dy) || 1;
  const reach = Math.max(30, Math.min(140, length * 0.4));
  // Unit normal to the left of the travel direction (screen y points down).
  const nx = dy / length;
  const ny = -dx / length;
  const [sdx, sdy] = DIRECTION[ends.sourceSide];
  const [tdx, tdy] = DIRECTION[ends.targetSide];
  const bow = offset * (4 / 3); // a cubic's midpoint moves 3/4 of its control points' shift
  const c1x = sx + sdx * reach + nx * bow;
  const c1y = sy + sdy * reach + ny * bow;
  const c2x = tx + tdx * reach + nx * bow;
  const c2y = ty + tdy * reach + ny * bow;
  const labelX = 0.125 * sx + 0.375 * c1x + 0.375 * c2x + 0.125 * tx;
  const labelY = 0.125 * sy + 0.375 * c1y + 0.375 * c2y + 0.125 * ty;
  const r = (v: number): number => Math.round(v * 10) / 10;
  return {
    path: `M${r(sx)},${r(sy)} C${r(c1x)},${r(c1y)} ${r(c2x)},${r(c2y)} ${r(tx)},${r(ty)}`,
    labelX: r(labelX),
    labelY: r(labelY),
  };
}

/**
 * Sideways offsets for edges that join the same two nodes, in either
 * direction: 0 for a lone edge; for n edges, spread evenly around 0, `gap`
 * apart. Edges running the other way get the opposite sign, so that after
 * `relationshipPath` flips their normal they land on their own track.
 */
export function parallelOffsets(
  edges: readonly { id: string; source: string; target: string }[],
  gap = 28,
): Map<string, number> {
  const groups = new Map<string, { id: string; flipped: boolean }[]>();
  for (const e of edges) {
    const flipped = e.source > e.target;
    const key = flipped ? `${e.target}\u0000${e.source}` : `${e.source}\u0000${e.target}`;
    const group = groups.get(key) ?? [];
    group.push({ id: e.id, flipped });
    groups.set(key, group);
  }
  const offsets = new Map<string, number>();
  for (const group of groups.values()) {
    group.forEach(({ id, flipped }, i) => {
      const offset = (i - (group.length - 1) / 2) * gap;
      offsets.set(id, flipped ? -offset : offset);
    });
  }
  return offsets;
}
