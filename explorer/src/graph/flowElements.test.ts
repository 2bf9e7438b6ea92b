import { describe, expect, it } from 'vitest';
import { chainHighlight, computeDecorations } from './decorations';
import { INTERPRETED_DASH, edgeAppearance } from './appearance';
import { body, edge, sampleGraph, trustHolders } from './fixtures';
import {
  buildEdges,
  buildNodes,
  layoutInput,
  redecorateNodes,
  runLayout,
  usedSides,
} from './flowElements';
import { selectViewGraph } from './view';

describe('layout input', () => {
  it('is plain data: sizes per node, and who sits above whom per edge', () => {
    const view = selectViewGraph(sampleGraph());
    const input = layoutInput(view);
    expect(JSON.parse(JSON.stringify(input))).toEqual(input); // can be posted to a worker
    expect(input.nodes).toHaveLength(view.nodes.length);
    expect(input.nodes.every((n) => n.width > 0 && n.height > 0)).toBe(true);
    // The board holds the trust to account: the board sits above.
    expect(input.edges).toContainEqual({ upper: 'w/wscb', lower: 'w/trust', weight: 5 });
    // The chair chairs the board: the board sits above its chair.
    expect(input.edges).toContainEqual({ upper: 'w/wscb', lower: 'w/chair', weight: 2 });
    const positions = runLayout(input);
    expect(Object.keys(positions).sort()).toEqual(view.nodes.map((n) => n.id).sort());
  });
});

describe('redecorating nodes', () => {
  it('keeps unchanged node objects (memoised nodes do not re-render)', () => {
    const view = selectViewGraph(sampleGraph());
    const positions = runLayout(layoutInput(view));
    const plain = computeDecorations(view, {});
    const nodes = buildNodes(view, positions, plain, null);
    expect(redecorateNodes(nodes, plain)).toBe(nodes);
    const lit = computeDecorations(view, { highlight: chainHighlight(trustHolders) });
    const next = redecorateNodes(nodes, lit);
    expect(next).not.toBe(nodes);
    const trust = next.find((n) => n.id === 'w/trust');
    expect(trust?.className).toContain('ag-em-subject');
    expect(trust?.ariaLabel).toMatch(/highlighted$/);
    expect(trust?.position).toEqual(nodes.find((n) => n.id === 'w/trust')?.position);
  });
});

describe('anchors', () => {
  it('gives each node the sides its edges attach to, and nothing else', () => {
    const view = selectViewGraph(sampleGraph());
    const input = layoutInput(view);
    const positions = runLayout(input);
    const heights = new Map(input.nodes.map((n) => [n.id, n.height]));
    const widths = new Map(input.nodes.map((n) => [n.id, n.width]));
    const plain = computeDecorations(view, {});
    const edges = buildEdges(view, positions, heights, widths, plain);
    const sides = usedSides(edges);
    const nodes = buildNodes(view, positions, plain, null, sides);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    for (const e of edges) {
      expect(byId.get(e.source)?.data.sides).toContain(e.sourceHandle);
      expect(byId.get(e.target)?.data.sides).toContain(e.targetHandle);
    }
    for (const n of nodes) {
      const attached = edges.flatMap((e) => [
        ...(e.source === n.id ? [e.sourceHandle] : []),
        ...(e.target === n.id ? [e.targetHandle] : []),
      ]);
      expect([...(n.data.sides ?? [])].sort()).toEqual([...new Set(attached)].sort());
    }
    // Without sides every node keeps all four anchors.
    expect(buildNodes(view, positions, plain, null)[0]?.data.sides).toBeUndefined();
  });
});

describe('edges', () => {
  /** The view, laid out, with its drawn edges (as the canvas builds them). */
  const drawn = (view: ReturnType<typeof selectViewGraph>) => {
    const input = layoutInput(view);
    const positions = runLayout(input);
    const heights = new Map(input.nodes.map((n) => [n.id, n.height]));
    const widths = new Map(input.nodes.map((n) => [n.id, n.width]));
    return {
      positions,
      edges: buildEdges(view, positions, heights, widths, computeDecorations(view, {})),
    };
  };

  it('styles accountability edges heavier, with an arrow in their colour', () => {
    const view = selectViewGraph({
      nodes: [body('a', 'Board'), body('b', 'Trust')],
      edges: [edge('HOLDS_TO_ACCOUNT', 'a', 'b'), edge('MEMBER_OF', 'b', 'a')],
    });
    const { edges } = drawn(view);
    const hold = edges.find((e) => e.data?.type === 'HOLDS_TO_ACCOUNT');
    const member = edges.find((e) => e.data?.type === 'MEMBER_OF');
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

  it('draws an interpretation dotted in its colour, a tie stated anywhere solid', () => {
    const read = (e: ReturnType<typeof edge>, reason: string) => ({
      ...e,
      basis: 'INTERPRETED' as const,
      interpretation: reason,
    });
    const view = selectViewGraph({
      nodes: [body('a', 'Board'), body('b', 'Trust')],
      edges: [
        read(edge('HOLDS_TO_ACCOUNT', 'a', 'b'), 'the pairing is our reading'),
        edge('REPORTS_TO', 'b', 'a', 'area/2014'),
        read(edge('REPORTS_TO', 'b', 'a', 'area/2019'), 'passive: no reporter named'),
      ],
    });
    const { edges } = drawn(view);
    const hold = edges.find((e) => e.data?.type === 'HOLDS_TO_ACCOUNT');
    const reports = edges.find((e) => e.data?.type === 'REPORTS_TO');
    expect(hold?.style?.strokeDasharray).toBe(INTERPRETED_DASH);
    expect(hold?.style?.stroke).toBe(edgeAppearance('HOLDS_TO_ACCOUNT').stroke);
    expect(hold?.data?.interpretation).toBe('the pairing is our reading');
    expect(hold?.ariaLabel).toBe('Board holds to account Trust (interpretation)');
    // Stated in 2014, read in 2019: the document states it, so it is drawn solid.
    expect(reports?.style?.strokeDasharray).toBeUndefined();
    expect(reports?.data?.interpretation).toBeNull();
  });

  it('lays members below their board and connects edges by the sides that face each other', () => {
    const { positions, edges } = drawn(selectViewGraph(sampleGraph()));
    const y = (id: string): number => positions[id]!.y;
    expect(y('w/police')).toBeGreaterThan(y('w/wscb'));
    expect(y('w/chair')).toBeGreaterThan(y('w/wscb'));
    expect(y('w/trust')).toBeGreaterThan(y('w/wscb'));
    const member = edges.find((e) => e.source === 'w/police')!;
    // The member sits below the board, so the edge leaves upwards.
    expect(member.sourceHandle).toBe('top');
    expect(member.targetHandle).toBe('bottom');
  });
});
