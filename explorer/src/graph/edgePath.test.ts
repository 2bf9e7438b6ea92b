import { describe, expect, it } from 'vitest';
import { parallelOffsets, relationshipPath } from './edgePath';

const down = {
  sourceX: 0,
  sourceY: 0,
  sourceSide: 'bottom',
  targetX: 0,
  targetY: 200,
  targetSide: 'top',
} as const;

describe('relationshipPath', () => {
  it('runs from source to target with its label halfway', () => {
    const { path, labelX, labelY } = relationshipPath(down);
    expect(path.startsWith('M0,0 C')).toBe(true);
    expect(path.endsWith(' 0,200')).toBe(true);
    expect(labelX).toBe(0);
    expect(labelY).toBe(100);
  });

  it('bows a positive offset to the left of the direction of travel, by the offset', () => {
    // Travelling down the screen, "left" is +x.
    expect(relationshipPath(down, 20).labelX).toBeCloseTo(20, 5);
    expect(relationshipPath(down, -20).labelX).toBeCloseTo(-20, 5);
  });
});

describe('parallelOffsets', () => {
  it('leaves a lone edge straight', () => {
    expect(parallelOffsets([{ id: 'e', source: 'a', target: 'b' }]).get('e')).toBe(0);
  });

  it('puts opposite edges between two nodes on different tracks', () => {
    const offsets = parallelOffsets([
      { id: 'holds', source: 'a', target: 'b' },
      { id: 'reports', source: 'b', target: 'a' },
    ]);
    const ends = (source: 'a' | 'b') =>
      source === 'a'
        ? down
        : ({ ...down, sourceY: 200, sourceSide: 'top', targetY: 0, targetSide: 'bottom' } as const);
    const x1 = relationshipPath(ends('a'), offsets.get('holds')).labelX;
    const x2 = relationshipPath(ends('b'), offsets.get('reports')).labelX;
    expect(Math.abs(x1 - x2)).toBeGreaterThanOrEqual(28);
  });

  it('spreads three edges evenly around the straight line', () => {
    const offsets = parallelOffsets(
      ['x', 'y', 'z'].map((id) => ({ id, source: 'a', target: 'b' })),
      10,
    );
    expect([...offsets.values()]).toEqual([-10, 0, 10]);
  });
});
