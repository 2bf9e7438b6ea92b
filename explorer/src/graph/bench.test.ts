import { describe, expect, it } from 'vitest';
import { generateGraph } from './bench';
import { layoutInput, runLayout } from './flowElements';
import { selectViewGraph } from './view';

describe('generated benchmark graphs', () => {
  it('has exactly N nodes, edges between them, and is deterministic', () => {
    const g = generateGraph(300);
    expect(g.nodes).toHaveLength(300);
    const ids = new Set(g.nodes.map((n) => n.id));
    expect(g.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
    expect(g.edges.length).toBeGreaterThan(300);
    expect(generateGraph(300)).toEqual(g);
    expect(generateGraph(300, 2)).not.toEqual(g);
  });

  it('lays out 1,000 nodes quickly enough for the worker', () => {
    const view = selectViewGraph(generateGraph(1000));
    const started = performance.now();
    const positions = runLayout(layoutInput(view));
    expect(Object.keys(positions)).toHaveLength(1000);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
