import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileAreas, DEFAULT_PATHS, validateSeed } from '@accgraph/graph-seed';
import { type CanonicalGraph, formatProblem } from '@accgraph/schema';

/**
 * The bundled data is evidence: every quote of every node, relationship,
 * obligation and document note must be exactly the source text at its offsets.
 */
describe('bundled area data', () => {
  const validation = validateSeed();

  it('validates with no problems', () => {
    expect(validation.problems.map(formatProblem)).toEqual([]);
  });

  const graphs: CanonicalGraph[] = compileAreas(validation).map((c) => c.graph);
  const sources = new Map<string, string>();
  const documentSource = new Map<string, string>();
  for (const graph of graphs) {
    for (const node of graph.nodes) {
      if (node.labels[0] !== 'Document') continue;
      const file = String(node.properties.sourceFile);
      documentSource.set(node.id, file);
      if (!sources.has(file)) {
        sources.set(file, readFileSync(path.join(DEFAULT_PATHS.sourcesDir, file), 'utf8'));
      }
    }
  }

  it('covers all five source documents', () => {
    expect([...documentSource.keys()].sort()).toEqual([
      'oxfordshire/2009',
      'peterborough/2009',
      'walsall/2017',
      'wiltshire/2014',
      'wiltshire/2019',
    ]);
  });

  it('has every quote verbatim at its offsets in its source text', () => {
    const misplaced: string[] = [];
    let checked = 0;
    for (const graph of graphs) {
      for (const item of [...graph.nodes, ...graph.relationships]) {
        for (const e of item.evidence) {
          const text = sources.get(documentSource.get(e.documentId) ?? '');
          checked += 1;
          if (text?.slice(e.start, e.end) !== e.quote) {
            misplaced.push(`${item.id}: "${e.quote.slice(0, 60)}" not at ${e.start}-${e.end}`);
          }
          const heading = text?.lastIndexOf(e.section, e.start) ?? -1;
          if (heading < 0) misplaced.push(`${item.id}: section "${e.section}" not before quote`);
        }
      }
    }
    expect(misplaced).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });

  it('gives every domain relationship and every obligation at least one quote', () => {
    const unevidenced = graphs.flatMap((g) => [
      ...g.relationships
        .filter((r) => r.type !== 'OF_TYPE' && r.type !== 'PART_OF' && r.evidence.length === 0)
        .map((r) => r.id),
      ...g.nodes
        .filter((n) => n.labels[0] === 'Obligation' && n.evidence.length === 0)
        .map((n) => n.id),
    ]);
    expect(unevidenced).toEqual([]);
  });

  it('ends the 2014 Wiltshire statements when the 2019 plan takes effect (decision 0004)', () => {
    const wiltshire = graphs.find((g) => g.areas[0] === 'wiltshire')!;
    const doc = wiltshire.nodes.find((n) => n.id === 'wiltshire/2014')!;
    expect(doc.properties).toMatchObject({ effectiveTo: '2019', supersededBy: 'wiltshire/2019' });
    const holds = wiltshire.relationships.find(
      (r) => r.id === 'wiltshire/2014:HOLDS_TO_ACCOUNT:wiltshire/wscb->wiltshire/trust-chair',
    )!;
    expect(holds.properties).toMatchObject({ validFrom: '2014-12-15', validTo: '2019' });
    const later = wiltshire.relationships.filter(
      (r) => r.properties.documentId === 'wiltshire/2019',
    );
    expect(later.every((r) => r.properties.validTo === undefined)).toBe(true);
    const partOf = wiltshire.relationships.filter((r) => r.type === 'PART_OF');
    expect(partOf.every((r) => r.properties.validTo === undefined)).toBe(true);
  });
});
