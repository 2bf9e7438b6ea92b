import { describe, expect, it } from 'vitest';
import { serialiseGraph, type CanonicalGraph } from '@accgraph/schema';
import { runWithBudget, type Budget } from '../http/limits.ts';
import { serialiseGraphInSlices } from './serialise.ts';

const graph: CanonicalGraph = {
  format: 'accgraph-export/1',
  areas: ['wiltshire', 'walsall', 'wiltshire'],
  nodes: [
    {
      id: 'b',
      labels: ['Body'],
      properties: { z: 1, a: ['y', 'x'], note: 'line\nbreak "quoted" é \u2028' },
      evidence: [],
    },
    { id: 'B', labels: ['Body'], properties: {}, evidence: [] },
    { id: 'a', labels: ['Post'], properties: { empty: [], nums: [3, 1], yes: true }, evidence: [] },
  ],
  relationships: [
    {
      id: 'r2',
      type: 'CHAIRS',
      from: 'a',
      to: 'b',
      properties: {},
      evidence: [
        { quote: 'second', documentId: 'd', section: 's', start: 9, end: 15 },
        { quote: 'first', documentId: 'd', section: 's', start: 1, end: 6 },
      ],
    },
    { id: 'r1', type: 'CHAIRS', from: 'a', to: 'b', properties: {}, evidence: [] },
  ],
};

describe('serialiseGraphInSlices', () => {
  it('writes the bytes serialiseGraph writes', async () => {
    expect(await serialiseGraphInSlices(graph)).toBe(serialiseGraph(graph));
  });

  it('writes the same bytes for empty lists', async () => {
    const empty: CanonicalGraph = { ...graph, areas: [], nodes: [], relationships: [] };
    expect(await serialiseGraphInSlices(empty)).toBe(serialiseGraph(empty));
  });

  it('writes the same bytes for a graph large enough to take many slices', async () => {
    const nodes: CanonicalGraph['nodes'] = Array.from({ length: 20_000 }, (_, i) => ({
      id: `n${i}`,
      labels: ['Body'] as ['Body'],
      properties: { name: `Body ${i}`, aliases: [`b${i}`, `c${i}`] },
      evidence: [{ quote: `q${i}`, documentId: 'd', section: 's', start: i, end: i + 1 }],
    }));
    const big: CanonicalGraph = { ...graph, nodes };
    const [sliced, whole] = [await serialiseGraphInSlices(big), serialiseGraph(big)];
    // Where the texts first differ, and a few lines there (a whole-text diff of MBs is too slow to print).
    let at = 0;
    while (at < whole.length && sliced[at] === whole[at]) at += 1;
    expect(sliced.slice(at - 80, at + 80)).toBe(whole.slice(at - 80, at + 80));
    expect(sliced.length).toBe(whole.length);
  });

  it('stops with REQUEST_TIMEOUT when the request is stopped', async () => {
    const controller = new AbortController();
    const budget: Budget = {
      signal: controller.signal,
      deadline: Date.now() + 10_000,
      limitMs: 10_000,
      refused: 0,
    };
    controller.abort('timeout');
    await expect(runWithBudget(budget, () => serialiseGraphInSlices(graph))).rejects.toMatchObject({
      extensions: { code: 'REQUEST_TIMEOUT' },
    });
  });
});
