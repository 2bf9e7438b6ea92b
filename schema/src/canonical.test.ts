import { describe, expect, it } from 'vitest';
import type { CanonicalGraph } from './graph.ts';
import { canonicaliseGraph, serialiseGraph } from './canonical.ts';

const graph: CanonicalGraph = {
  format: 'accgraph-export/1',
  areas: ['wiltshire', 'walsall', 'wiltshire'],
  nodes: [
    { id: 'b', labels: ['Body'], properties: { z: 1, a: ['y', 'x'] }, evidence: [] },
    { id: 'B', labels: ['Body'], properties: {}, evidence: [] },
    { id: 'a', labels: ['Post'], properties: {}, evidence: [] },
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

describe('serialiseGraph', () => {
  const text = serialiseGraph(graph);

  it('sorts ids in code-unit order, dedupes areas, keeps list and evidence order', () => {
    const parsed = JSON.parse(text) as CanonicalGraph;
    expect(parsed.areas).toEqual(['walsall', 'wiltshire']);
    expect(parsed.nodes.map((n) => n.id)).toEqual(['B', 'a', 'b']);
    expect(parsed.relationships.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(parsed.nodes[2]?.properties.a).toEqual(['y', 'x']);
    expect(parsed.relationships[1]?.evidence.map((e) => e.quote)).toEqual(['second', 'first']);
  });

  it('sorts every object key, indents by two spaces and ends with a newline', () => {
    expect(text.startsWith('{\n  "areas": [\n    "walsall",')).toBe(true);
    expect(text).toContain('"documentId": "d",\n          "end": 15,');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('is stable: serialising the parsed output gives the same text', () => {
    expect(serialiseGraph(JSON.parse(text) as CanonicalGraph)).toBe(text);
    expect(serialiseGraph(canonicaliseGraph(graph))).toBe(text);
  });
});
