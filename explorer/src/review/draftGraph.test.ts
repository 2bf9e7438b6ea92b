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

describe('draftGraph with people', () => {
  const person = {
    ...node('n9', 'area/jo-bloggs', 'PROPOSED'),
    label: 'Person',
    name: 'Jo Bloggs',
    kind: '',
  };
  const withPeople = {
    ...draft,
    nodes: [...draft.nodes, person],
    relationships: [
      ...draft.relationships,
      {
        ...base,
        key: 'r8',
        state: 'PROPOSED',
        type: 'HOLDS_POST',
        from: 'area/jo-bloggs',
        to: 'a',
        properties: '{}',
      },
      {
        ...base,
        key: 'r9',
        state: 'PROPOSED',
        type: 'SIGNED',
        from: 'area/jo-bloggs',
        to: 'area/2020',
        properties: '{"signatureBlank":true}',
      },
    ],
  } as unknown as ReviewDraftFieldsFragment;

  it('draws a person, the post they hold and their signature, a blank cell said as blank', () => {
    const { nodes, edges } = draftGraph(withPeople, null, false);
    expect(nodes.find((n) => n.id === 'area/jo-bloggs')!.ariaLabel).toBe(
      'Jo Bloggs, Person · proposed',
    );
    expect(edges.find((e) => e.id === 'r8')!.label).toBe('holds post');
    const signed = edges.find((e) => e.id === 'r9')!;
    expect(signed.label).toBe('signed (blank)');
    expect(signed.ariaLabel).toBe('Jo Bloggs signed (signature cell blank) The protocol, proposed');
  });
});

describe('draftGraph: interpretations', () => {
  it('labels a proposal read beyond the words "(interpretation)", as the canvas does', () => {
    const read = {
      ...draft,
      relationships: draft.relationships.map((r) =>
        r.key === 'r1' ? { ...r, interpretation: 'Our reading of "both bodies".' } : r,
      ),
    } as ReviewDraftFieldsFragment;
    const { edges } = draftGraph(read, '', false);
    expect(edges.find((e) => e.id === 'r1')!.label).toBe('reports to (interpretation)');
    expect(edges.find((e) => e.id === 'r1')!.ariaLabel).toMatch(/reports to \(interpretation\)/);
    expect(edges.find((e) => e.id === 'r3')!.label).toBe('signed');
  });
});
