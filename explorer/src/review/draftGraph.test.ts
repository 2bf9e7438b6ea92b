import { describe, expect, it } from 'vitest';
import type { ReviewDraftFieldsFragment } from '../gql/graphql';
import { draftGraph } from './draftGraph';

const base = { rule: null, confidence: null, edited: false, problems: [], evidence: [] };
const node = (key: string, id: string, state: string) => ({
  ...base,
  key,
  id,
  state,
  label: 'Body',
  name: `Body ${id}`,
  aliases: [],
  kind: 'other',
});
const draft = {
  documentId: 'area/2020',
  title: 'The protocol',
  nodes: [node('n1', 'a', 'ACCEPTED'), node('n2', 'b', 'PROPOSED'), node('n3', 'c', 'REJECTED')],
  relationships: [
    {
      ...base,
      key: 'r1',
      state: 'PROPOSED',
      type: 'REPORTS_TO',
      from: 'b',
      to: 'a',
      properties: '{}',
    },
    {
      ...base,
      key: 'r2',
      state: 'REJECTED',
      type: 'REPORTS_TO',
      from: 'c',
      to: 'a',
      properties: '{}',
    },
    {
      ...base,
      key: 'r3',
      state: 'ACCEPTED',
      type: 'SIGNED',
      from: 'a',
      to: 'area/2020',
      properties: '{}',
    },
  ],
  obligations: [],
  facts: [],
} as unknown as ReviewDraftFieldsFragment;

describe('draftGraph', () => {
  it('draws accepted solid, proposed dashed, leaves rejected out, and the signed document as a node', () => {
    const { nodes, edges } = draftGraph(draft, 'n2', false);
    expect(nodes.map((n) => n.id).sort()).toEqual(['a', 'area/2020', 'b']);
    expect(edges.map((e) => e.id).sort()).toEqual(['r1', 'r3']);
    expect(edges.find((e) => e.id === 'r1')!.style!.strokeDasharray).toBe('6 4');
    expect(edges.find((e) => e.id === 'r3')!.style!.strokeDasharray).toBeUndefined();
    const b = nodes.find((n) => n.id === 'b')!;
    expect(b.ariaRole).toBe('button');
    expect(b.ariaLabel).toBe('Body b, Body · proposed, chosen');
    expect(b.data.current).toBe(true);
    expect(nodes.find((n) => n.id === 'area/2020')!.ariaLabel).toBe('The protocol, this document');
  });

  it('draws rejected ones when asked', () => {
    const { nodes, edges } = draftGraph(draft, null, true);
    expect(nodes.map((n) => n.id).sort()).toEqual(['a', 'area/2020', 'b', 'c']);
    expect(edges.find((e) => e.id === 'r2')!.style!.strokeDasharray).toBe('2 4');
  });
});
