import { describe, expect, it } from 'vitest';
import { layeredLayout, type LayoutEdge, type LayoutNode } from './layout';

const n = (id: string, width = 100, height = 40): LayoutNode => ({ id, width, height });
const e = (upper: string, lower: string): LayoutEdge => ({ upper, lower });

function overlaps(
  result: ReturnType<typeof layeredLayout>,
  nodes: readonly LayoutNode[],
): [string, string][] {
  const found: [string, string][] = [];
  for (const a of nodes) {
    for (const b of nodes) {
      if (a.id >= b.id) continue;
      const p = result.positions.get(a.id)!;
      const q = result.positions.get(b.id)!;
      const apart =
        p.x + a.width <= q.x ||
        q.x + b.width <= p.x ||
        p.y + a.height <= q.y ||
        q.y + b.height <= p.y;
      if (!apart) found.push([a.id, b.id]);
    }
  }
  return found;
}

describe('layeredLayout', () => {
  it('ranks by longest path: every edge points down', () => {
    const nodes = ['a', 'b', 'c', 'd'].map((id) => n(id));
    const edges = [e('a', 'b'), e('b', 'c'), e('a', 'c'), e('c', 'd')];
    const r = layeredLayout(nodes, edges);
    expect([...'abcd'].map((id) => r.layers.get(id))).toEqual([0, 1, 2, 3]);
    for (const { upper, lower } of edges) {
      expect(r.positions.get(upper)!.y).toBeLessThan(r.positions.get(lower)!.y);
    }
  });

  it('breaks cycles and still places every node, without overlaps', () => {
    const nodes = ['a', 'b', 'c'].map((id) => n(id));
    const r = layeredLayout(nodes, [e('a', 'b'), e('b', 'c'), e('c', 'a')]);
    expect(r.reversed).toHaveLength(1);
    expect(r.positions.size).toBe(3);
    expect(new Set(r.layers.values()).size).toBe(3);
    expect(overlaps(r, nodes)).toEqual([]);
  });

  it('lets the heavier edge decide when two edges disagree', () => {
    const nodes = [n('board'), n('trust')];
    const holds = { upper: 'board', lower: 'trust', weight: 5 };
    const reports = { upper: 'trust', lower: 'board', weight: 4 };
    for (const edges of [
      [holds, reports],
      [reports, holds],
    ]) {
      const r = layeredLayout(nodes, edges);
      expect(r.layers.get('board')).toBe(0);
      expect(r.reversed).toEqual([{ upper: 'trust', lower: 'board' }]);
    }
  });

  it('puts a parentless node just above its child, not at the top', () => {
    const nodes = ['a', 'b', 'c', 'x'].map((id) => n(id));
    const r = layeredLayout(nodes, [e('a', 'b'), e('b', 'c'), e('x', 'c')]);
    expect(r.layers.get('x')).toBe(1);
  });

  it('puts isolated nodes on a row below the rest', () => {
    const r = layeredLayout([n('a'), n('b'), n('lonely')], [e('a', 'b')]);
    expect(r.layers.get('lonely')).toBe(2);
  });

  it('wraps a wide layer into rows and never overlaps nodes', () => {
    const members = Array.from({ length: 20 }, (_, i) => n(`m${String(i).padStart(2, '0')}`));
    const nodes = [n('board', 200, 60), ...members];
    const r = layeredLayout(
      nodes,
      members.map((m) => e('board', m.id)),
      { maxPerRow: 8 },
    );
    const rowsY = new Set(members.map((m) => r.positions.get(m.id)!.y));
    expect(rowsY.size).toBe(3);
    expect(overlaps(r, nodes)).toEqual([]);
    expect(r.width).toBeLessThan(8 * 100 + 7 * 32 + 1);
  });

  it('orders a layer to follow its parents (fewer crossings)', () => {
    // p1 -> c1 and p2 -> c2, with ids chosen so id order would cross them.
    const nodes = ['p1', 'p2', 'a-child-of-p2', 'z-child-of-p1'].map((id) => n(id));
    const r = layeredLayout(nodes, [e('p1', 'z-child-of-p1'), e('p2', 'a-child-of-p2')]);
    const x = (id: string): number => r.positions.get(id)!.x;
    expect(Math.sign(x('p1') - x('p2'))).toBe(Math.sign(x('z-child-of-p1') - x('a-child-of-p2')));
  });

  it('is deterministic whatever the input order', () => {
    const nodes = ['a', 'b', 'c', 'd', 'e'].map((id) => n(id));
    const edges = [e('a', 'b'), e('a', 'c'), e('c', 'd'), e('d', 'a'), e('b', 'e')];
    const one = layeredLayout(nodes, edges);
    const two = layeredLayout([...nodes].reverse(), [...edges].reverse());
    expect([...two.positions].sort()).toEqual([...one.positions].sort());
  });

  it('ignores self-loops, duplicates and edges to unknown nodes', () => {
    const r = layeredLayout(
      [n('a'), n('b')],
      [e('a', 'a'), e('a', 'b'), e('a', 'b'), e('a', 'ghost')],
    );
    expect(r.layers.get('b')).toBe(1);
    expect(r.positions.has('ghost')).toBe(false);
  });

  it('returns an empty layout for an empty graph', () => {
    const r = layeredLayout([], []);
    expect(r.positions.size).toBe(0);
    expect(r.width).toBe(0);
  });
});
