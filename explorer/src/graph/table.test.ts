import { describe, expect, it } from 'vitest';
import { computeDecorations } from './decorations';
import { sampleGraph } from './fixtures';
import { edgesCsv, nodesCsv, tableRows, toCsv } from './table';
import { selectViewGraph } from './view';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks, and defuses formulas', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'x\ny', '=SUM(A1)', 3]])).toBe(
      'a,"b,c","say ""hi""","x\ny",\'=SUM(A1),3\r\n',
    );
  });

  it('writes the table view’s rows with a header', () => {
    const view = selectViewGraph(sampleGraph());
    const rows = tableRows(view, computeDecorations(view, {}));
    const nodes = nodesCsv(rows.nodes).trimEnd().split('\r\n');
    expect(nodes[0]).toBe('id,name,label,kind,function,findings,diff,highlighted');
    expect(nodes).toHaveLength(view.nodes.length + 1);
    const edges = edgesCsv(rows.edges).trimEnd().split('\r\n');
    expect(edges).toHaveLength(view.edges.length + 1);
    expect(
      edges.some((l) =>
        l.includes('Wiltshire Safeguarding Children Board,holds to account,HOLDS_TO_ACCOUNT'),
      ),
    ).toBe(true);
    expect(edges[0]).toMatch(/,basis,interpretation$/);
    expect(edges.slice(1).every((l) => l.endsWith(',STATED,'))).toBe(true);
    expect(
      nodes.some(
        (l) =>
          l.includes('"Children and Young People\'s Trust"') ||
          l.includes("Children and Young People's Trust"),
      ),
    ).toBe(true);
  });

  it('says which ties are interpretations, and why', () => {
    const graph = sampleGraph();
    const [first] = graph.edges;
    const read = { ...first!, basis: 'INTERPRETED' as const, interpretation: 'paired, by us' };
    const view = selectViewGraph({ ...graph, edges: [read, ...graph.edges.slice(1)] });
    const rows = tableRows(view, computeDecorations(view, {}));
    const csv = edgesCsv(rows.edges).trimEnd().split('\r\n');
    expect(csv.filter((l) => l.endsWith(',INTERPRETED,"paired, by us"'))).toHaveLength(1);
  });
});
