import { describe, expect, it } from 'vitest';
import { neighbourhoodGraph } from './neighbourhood';

describe('neighbourhoodGraph', () => {
  it('keeps the agents the canvas draws and turns statements into drawn edges, with their basis', () => {
    const graph = neighbourhoodGraph({
      truncated: false,
      nodes: [
        { __typename: 'Body', id: 'w/wscb', name: 'WSCB', kind: 'board', function: 'scrutiny' },
        { __typename: 'Person', id: 'w/jane', name: 'Jane' },
        { __typename: 'Document', id: 'w/2014' },
      ],
      edges: [
        {
          id: 'w/2014:MEMBER_OF:w/jane->w/wscb',
          type: 'MEMBER_OF',
          fromId: 'w/jane',
          toId: 'w/wscb',
          documentId: 'w/2014',
          basis: 'INTERPRETED',
          interpretation: 'read from the signature block',
        },
      ],
    });
    expect(graph.nodes).toEqual([
      { id: 'w/wscb', label: 'Body', name: 'WSCB', kind: 'board', function: 'scrutiny' },
      { id: 'w/jane', label: 'Person', name: 'Jane', kind: null, function: null },
    ]);
    expect(graph.edges).toEqual([
      {
        id: 'w/2014:MEMBER_OF:w/jane->w/wscb',
        type: 'MEMBER_OF',
        source: 'w/jane',
        target: 'w/wscb',
        documentId: 'w/2014',
        basis: 'INTERPRETED',
        interpretation: 'read from the signature block',
      },
    ]);
  });
});
