import { describe, expect, it } from 'vitest';
import { computeDecorations } from './decorations';
import { body, edge, organisation, post, sampleGraph } from './fixtures';
import { buildEdges, buildNodes, layoutInput, runLayout } from './flowElements';
import { tableRows } from './table';
import type { ApiGraphEdge, ApiGraphNode } from './types';
import { opensAsOverview, selectViewGraph, structureKey, viewEdgeOf } from './view';
import { overviewKeep } from './workspace';

function mutable(): { nodes: ApiGraphNode[]; edges: ApiGraphEdge[] } {
  const g = sampleGraph();
  return { nodes: [...g.nodes], edges: [...g.edges] };
}

describe('selectViewGraph', () => {
  it('merges one tie stated by several documents into one drawn edge', () => {
    const g = mutable();
    g.edges.push(edge('CHAIRS', 'w/chair', 'w/wscb', 'area/2019'));
    const view = selectViewGraph(g);
    const chairs = view.edges.filter((e) => e.type === 'CHAIRS');
    expect(chairs).toHaveLength(1);
    expect(chairs[0]?.documentIds).toEqual(['area/2014', 'area/2019']);
    expect(viewEdgeOf(view, 'area/2019:CHAIRS:w/chair->w/wscb')?.id).toBe(chairs[0]?.id);
  });

  it('filters relationship types and drops nodes the filter leaves unconnected', () => {
    const view = selectViewGraph(sampleGraph(), { hiddenTypes: ['MEMBER_OF', 'CHAIRS'] });
    expect(view.edges.map((e) => e.type).sort()).toEqual(['HOLDS_TO_ACCOUNT', 'REPORTS_TO']);
    expect(view.nodes.map((n) => n.id).sort()).toEqual(['w/trust', 'w/wscb']);
    expect(view.types).toContain('MEMBER_OF'); // still offered by the filter
  });

  it('keeps nodes that never had an edge', () => {
    const g = mutable();
    g.nodes.push(body('w/lonely', 'Lonely forum'));
    expect(
      selectViewGraph(g, { hiddenTypes: ['MEMBER_OF'] }).nodes.some((n) => n.id === 'w/lonely'),
    ).toBe(true);
  });

  it('collapses a node: hides neighbours connected to nothing else', () => {
    const view = selectViewGraph(sampleGraph(), { collapsed: ['w/wscb'] });
    const ids = view.nodes.map((n) => n.id);
    expect(ids).not.toContain('w/chair');
    expect(ids).not.toContain('w/police');
    expect(ids).toContain('w/council'); // also a member of the trust
    expect(view.hiddenBy.get('w/wscb')).toBe(2);
    expect(view.edges.every((e) => ids.includes(e.source) && ids.includes(e.target))).toBe(true);
  });

  it('merges expanded neighbourhoods and keeps only the diff’s documents', () => {
    const extra = {
      nodes: [organisation('national/ofsted', 'Ofsted')],
      edges: [edge('INFORMS', 'w/wscb', 'national/ofsted')],
    };
    const merged = selectViewGraph(sampleGraph(), { extra: [extra] });
    expect(merged.nodes.some((n) => n.id === 'national/ofsted')).toBe(true);
    const g = mutable();
    g.nodes.push(post('w/dcs', 'DCS'));
    g.edges.push(edge('MEMBER_OF', 'w/dcs', 'w/trust', 'area/2019'));
    const only2019 = selectViewGraph(g, { documentIds: ['area/2019'] });
    expect(only2019.edges).toHaveLength(1);
    expect(only2019.nodes.map((n) => n.id).sort()).toEqual(['w/dcs', 'w/trust']);
  });

  it('changes the structure key only when the drawing changes', () => {
    const a = selectViewGraph(sampleGraph());
    const b = selectViewGraph(sampleGraph());
    expect(structureKey(a)).toBe(structureKey(b));
    expect(structureKey(selectViewGraph(sampleGraph(), { hiddenTypes: ['CHAIRS'] }))).not.toBe(
      structureKey(a),
    );
    // The same tie stated by another document is another statement: the drawn edge's id changes.
    const of = (documentId: string) =>
      structureKey(
        selectViewGraph({
          nodes: [body('a', 'A'), body('b', 'B')],
          edges: [edge('CHAIRS', 'a', 'b', documentId)],
        }),
      );
    expect(of('w/2019')).not.toBe(of('w/2014'));
  });

  it('gives the canvas and the table exactly the same nodes and edges', () => {
    const view = selectViewGraph(sampleGraph(), { hiddenTypes: ['REPORTS_TO'] });
    const dec = computeDecorations(view, {});
    const positions = runLayout(layoutInput(view));
    const nodes = buildNodes(view, positions, dec, null);
    const edges = buildEdges(view, positions, new Map(), new Map(), dec);
    const rows = tableRows(view, dec);
    expect(rows.nodes.map((r) => r.id)).toEqual(nodes.map((n) => n.id));
    expect(rows.edges.map((r) => r.id)).toEqual(edges.map((e) => e.id));
  });

  it('keeps the first of duplicate nodes and reports statements whose ends are missing', () => {
    const view = selectViewGraph({
      nodes: [body('a', 'First'), body('a', 'Second'), body('b', 'Other')],
      edges: [
        edge('MEMBER_OF', 'a', 'b'),
        edge('MEMBER_OF', 'a', 'gone'),
        edge('CHAIRS', 'x', 'b'),
      ],
    });
    expect(view.nodes.map((n) => n.name)).toEqual(['First', 'Other']);
    expect(view.edges.map((e) => `${e.source}>${e.target}`)).toEqual(['a>b']);
    expect(view.droppedEdgeIds).toHaveLength(2);
    expect(selectViewGraph({ nodes: [], edges: [] }).nodes).toEqual([]);
  });
});

describe('the overview of a large area', () => {
  it('folds posts into the bodies they are tied to and counts them there', () => {
    const view = selectViewGraph(sampleGraph(), { overview: { keep: new Set() } });
    expect(view.nodes.map((n) => n.id)).not.toContain('w/chair');
    expect(view.edges.some((e) => e.source === 'w/chair' || e.target === 'w/chair')).toBe(false);
    expect(view.hiddenBy.get('w/wscb')).toBe(1);
    // organisations and bodies stay
    expect(view.nodes.map((n) => n.id).sort()).toEqual([
      'w/council',
      'w/police',
      'w/trust',
      'w/wscb',
    ]);
  });

  it('keeps a chosen post, and both ends of a chosen relationship', () => {
    const g = sampleGraph();
    const chosen = selectViewGraph(g, { overview: { keep: new Set(['w/chair']) } });
    expect(chosen.nodes.map((n) => n.id)).toContain('w/chair');
    const chairs = g.edges.find((e) => e.type === 'CHAIRS')!;
    const keep = overviewKeep(g, [chairs.id], null);
    expect([...keep]).toEqual(expect.arrayContaining(['w/chair', 'w/wscb']));
  });

  it('opens areas above 30 nodes as an overview', () => {
    const small = sampleGraph();
    expect(opensAsOverview(small)).toBe(false);
    const big = {
      nodes: Array.from({ length: 31 }, (_, i) => post(`p${i}`, `Post ${i}`)),
      edges: [],
    };
    expect(opensAsOverview(big)).toBe(true);
  });
});
