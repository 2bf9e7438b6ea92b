import { describe, expect, it } from 'vitest';
import { edgeAppearance } from './appearance';
import { body, edge, organisation, sampleGraph } from './fixtures';
import { buildFlowGraph, handleSides, humanise, toFlowEdges, toFlowNode } from './toFlow';

describe('toFlowNode', () => {
  it('chooses the node component by label and keeps the name as text and label', () => {
    const b = toFlowNode(body('w/wscb', 'Wiltshire Safeguarding Children Board', 'assurance'));
    expect(b.type).toBe('body');
    expect(b.data.name).toBe('Wiltshire Safeguarding Children Board');
    expect(b.data.detail).toBe('Safeguarding children board · assurance');
    expect(b.data.appearance.key).toBe('assurance');
    expect(b.ariaLabel).toMatch(/^Wiltshire Safeguarding Children Board \(/);
    expect(toFlowNode(organisation('w/p', 'Wiltshire Police')).type).toBe('generic');
    expect(toFlowNode({ id: 'x', label: 'Post', name: 'DCS' }).type).toBe('post');
  });
});

describe('toFlowEdges', () => {
  it('drops edges whose endpoints are missing and reports them', () => {
    const ids = new Set(['a', 'b']);
    const { edges, dropped } = toFlowEdges(
      [edge('MEMBER_OF', 'a', 'b'), edge('MEMBER_OF', 'a', 'gone'), edge('CHAIRS', 'x', 'b')],
      ids,
    );
    expect(edges.map((e) => e.source + '>' + e.target)).toEqual(['a>b']);
    expect(dropped).toHaveLength(2);
  });

  it('styles accountability edges heavier, with an arrow in their colour', () => {
    const ids = new Set(['a', 'b']);
    const { edges } = toFlowEdges(
      [edge('HOLDS_TO_ACCOUNT', 'a', 'b'), edge('MEMBER_OF', 'b', 'a')],
      ids,
      new Map([
        ['a', 'Board'],
        ['b', 'Trust'],
      ]),
    );
    const [hold, member] = edges;
    expect(hold?.data?.verb).toBe('holds to account');
    expect(hold?.data?.accountability).toBe(true);
    expect(hold?.style?.strokeWidth).toBe(edgeAppearance('HOLDS_TO_ACCOUNT').width);
    expect(hold?.markerEnd).toMatchObject({ color: edgeAppearance('HOLDS_TO_ACCOUNT').stroke });
    expect(hold?.ariaLabel).toBe('Board holds to account Trust');
    expect(member?.data?.accountability).toBe(false);
    // The two ties join the same nodes: they bow apart instead of overlapping.
    expect(hold?.data?.offset).not.toBe(0);
    expect(hold?.data?.offset).toBe(member?.data?.offset);
    expect(Number(member?.style?.strokeWidth)).toBeLessThan(Number(hold?.style?.strokeWidth));
  });

  it('draws a tie stated in two documents once and keeps both documents', () => {
    const { edges } = toFlowEdges(
      [edge('CHAIRS', 'a', 'b', 'w/2014'), edge('CHAIRS', 'a', 'b', 'w/2019')],
      new Set(['a', 'b']),
    );
    expect(edges).toHaveLength(1);
    expect(edges[0]?.data?.documentIds).toEqual(['w/2014', 'w/2019']);
    expect(edges[0]?.data?.apiEdgeIds).toHaveLength(2);
  });
});

describe('buildFlowGraph', () => {
  it('lays members below their board and the held-to-account below the holder', () => {
    const g = buildFlowGraph(sampleGraph());
    const y = (id: string): number => g.nodes.find((n) => n.id === id)!.position.y;
    expect(y('w/police')).toBeGreaterThan(y('w/wscb'));
    expect(y('w/chair')).toBeGreaterThan(y('w/wscb'));
    expect(y('w/trust')).toBeGreaterThan(y('w/wscb'));
    expect(g.droppedEdgeIds).toEqual([]);
  });

  it('connects edges by the sides that face each other', () => {
    const g = buildFlowGraph(sampleGraph());
    const member = g.edges.find((e) => e.source === 'w/police')!;
    // The member sits below the board, so the edge leaves upwards.
    expect(member.sourceHandle).toBe('top');
    expect(member.targetHandle).toBe('bottom');
  });

  it('keeps the first of duplicate nodes and survives an empty graph', () => {
    const g = buildFlowGraph({
      nodes: [body('a', 'First'), body('a', 'Second')],
      edges: [],
    });
    expect(g.nodes.map((n) => n.data.name)).toEqual(['First']);
    expect(buildFlowGraph({ nodes: [], edges: [] }).nodes).toEqual([]);
  });
});

describe('helpers', () => {
  it('humanises slugs', () => {
    expect(humanise('safeguarding-children-board')).toBe('Safeguarding children board');
  });

  it('chooses handle sides from relative positions', () => {
    const box = (x: number, y: number) => ({ x, y, width: 100, height: 40 });
    expect(handleSides(box(0, 0), box(0, 100))).toEqual({
      sourceHandle: 'bottom',
      targetHandle: 'top',
    });
    expect(handleSides(box(0, 100), box(0, 0))).toEqual({
      sourceHandle: 'top',
      targetHandle: 'bottom',
    });
    expect(handleSides(box(200, 0), box(0, 10))).toEqual({
      sourceHandle: 'left',
      targetHandle: 'right',
    });
  });
});
