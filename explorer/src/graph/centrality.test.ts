import { describe, expect, it } from 'vitest';
import { body, edge, post } from './fixtures';
import { measureGraph, singlePointsOfFailure } from './centrality';
import { mergeParallel } from './view';

describe('network measures', () => {
  // a - hub - b, hub - c, c - d: the hub joins everything; c joins d to the rest.
  const nodes = [
    body('a', 'A'),
    body('hub', 'Hub'),
    body('b', 'B'),
    body('c', 'C'),
    post('d', 'D'),
  ];
  const edges = mergeParallel([
    edge('REPORTS_TO', 'a', 'hub'),
    edge('REPORTS_TO', 'b', 'hub'),
    edge('HOLDS_TO_ACCOUNT', 'hub', 'c'),
    edge('CHAIRS', 'd', 'c'),
    edge('INFORMS', 'c', 'hub'), // the same tie read the other way: one link
  ]);

  it('counts degree once per neighbour and finds the hub by betweenness', () => {
    const m = measureGraph({ nodes, edges });
    expect(m.get('hub')?.degree).toBe(3);
    expect(m.get('a')?.degree).toBe(1);
    expect(m.get('a')?.betweenness).toBe(0);
    // hub lies on a-b, a-c, a-d, b-c, b-d: 5 of the 6 pairs of other nodes
    expect(m.get('hub')?.betweenness).toBeCloseTo(5 / 6);
    // c lies on a-d, b-d, hub-d: 3 of 6
    expect(m.get('c')?.betweenness).toBeCloseTo(3 / 6);
  });

  it('lists the single points of failure, most central first', () => {
    const spof = singlePointsOfFailure(measureGraph({ nodes, edges }));
    expect(spof.map((s) => s.id)).toEqual(['hub', 'c']);
  });
});
