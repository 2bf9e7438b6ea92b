import { beforeAll, describe, expect, it } from 'vitest';
import { type CanonicalGraph, type Evidence, serialiseGraph } from '@accgraph/schema';
import { parseCanonicalGraph } from '../model/canonical.schema.ts';
import { type SyntheticDataSet, countGraph, generateSynthetic } from './index.ts';

const areaOf = (id: string) => id.split('/')[0] as string;

function perArea(graph: CanonicalGraph, label: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const n of graph.nodes) {
    if (n.labels[0] === label) out.set(areaOf(n.id), (out.get(areaOf(n.id)) ?? 0) + 1);
  }
  return out;
}

describe('synthetic national data set', () => {
  let national: SyntheticDataSet;
  beforeAll(() => {
    national = generateSynthetic({ areas: 152, seed: 1 });
  }, 120_000);

  it('is byte-identical for the same seed and differs for another seed', () => {
    const a = serialiseGraph(generateSynthetic({ areas: 3, seed: 7 }).graph);
    const b = serialiseGraph(generateSynthetic({ areas: 3, seed: 7 }).graph);
    const c = serialiseGraph(generateSynthetic({ areas: 3, seed: 8 }).graph);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  }, 30_000);

  it('draws each area from its own stream: the first areas do not depend on the area count', () => {
    const small = generateSynthetic({ areas: 2, seed: 1 }).graph;
    const ofFirst = (g: CanonicalGraph) =>
      JSON.stringify(g.nodes.filter((n) => areaOf(n.id) === 'synthetic-001'));
    expect(ofFirst(small)).toBe(ofFirst(national.graph));
  });

  it('has 152 areas and at least 40,000 nodes, Obligation nodes included', () => {
    const counts = countGraph(national.graph);
    expect(national.graph.areas).toHaveLength(152);
    expect(national.graph.areas[0]).toBe('synthetic-001');
    expect(counts.nodes).toBeGreaterThanOrEqual(40_000);
    expect(counts.byLabel.Obligation).toBeGreaterThan(30_000);
  });

  it('gives every area the shapes of the real seed areas', () => {
    const g = national.graph;
    const posts = perArea(g, 'Post');
    const orgs = perArea(g, 'Organisation');
    const docs = perArea(g, 'Document');
    for (const area of g.areas) {
      expect(posts.get(area)).toBeGreaterThanOrEqual(10);
      expect(posts.get(area)).toBeLessThanOrEqual(25);
      expect(orgs.get(area)).toBeGreaterThanOrEqual(5);
      expect(orgs.get(area)).toBeLessThanOrEqual(15);
      expect([1, 2]).toContain(docs.get(area));
      expect(g.nodes.some((n) => n.id === `${area}/dcs`)).toBe(true);
      expect(g.nodes.some((n) => n.id === `${area}/scb` || n.id === `${area}/partnership`)).toBe(
        true,
      );
    }
    // 120-250 obligations per document; 3-6 sub-groups per board
    const obligationsPerDoc = new Map<string, number>();
    for (const n of g.nodes) {
      if (n.labels[0] === 'Obligation') {
        const doc = String(n.properties.documentId);
        obligationsPerDoc.set(doc, (obligationsPerDoc.get(doc) ?? 0) + 1);
      }
    }
    for (const count of obligationsPerDoc.values()) {
      expect(count).toBeGreaterThanOrEqual(120);
      expect(count).toBeLessThanOrEqual(250);
    }
    const subgroups = new Map<string, number>();
    for (const r of g.relationships) {
      if (r.type === 'SUBGROUP_OF') subgroups.set(r.to, (subgroups.get(r.to) ?? 0) + 1);
    }
    for (const count of subgroups.values()) {
      expect(count).toBeGreaterThanOrEqual(3);
      expect(count).toBeLessThanOrEqual(6);
    }
    expect(docs.size).toBe(152);
    expect([...docs.values()].filter((d) => d === 2).length).toBeGreaterThan(30);
  });

  it('has cycles, reciprocal challenge and multi-step escalation routes', () => {
    const rels = national.graph.relationships;
    const hta = new Set(
      rels.filter((r) => r.type === 'HOLDS_TO_ACCOUNT').map((r) => `${r.from}>${r.to}`),
    );
    const reciprocal = [...hta].filter((k) => {
      const [from, to] = k.split('>');
      return hta.has(`${to}>${from}`);
    });
    expect(reciprocal.length).toBeGreaterThan(152);
    const steps = rels
      .filter((r) => r.type === 'ESCALATES_TO')
      .map((r) => Number(r.properties.step));
    expect(Math.max(...steps)).toBeGreaterThanOrEqual(3);
  });

  it('leaves some duty types out of each area and repeats others', () => {
    const g = national.graph;
    const allCodes = g.nodes.filter((n) => n.labels[0] === 'DutyType').length;
    const area = 'synthetic-010';
    const ofType = g.relationships.filter((r) => r.type === 'OF_TYPE' && areaOf(r.from) === area);
    const perCode = new Map<string, number>();
    for (const r of ofType) perCode.set(r.to, (perCode.get(r.to) ?? 0) + 1);
    expect(perCode.size).toBeLessThan(allCodes);
    expect(Math.max(...perCode.values())).toBeGreaterThan(5);
  });

  it('is a valid canonical graph whose relationship endpoints all exist', () => {
    const small = generateSynthetic({ areas: 4, seed: 3 }).graph;
    const parsed = parseCanonicalGraph('synthetic.json', serialiseGraph(small));
    expect(parsed.problems).toEqual([]);
    const ids = new Set(national.graph.nodes.map((n) => n.id));
    const dangling = national.graph.relationships.filter((r) => !ids.has(r.from) || !ids.has(r.to));
    expect(dangling).toEqual([]);
    const relIds = new Set(national.graph.relationships.map((r) => r.id));
    expect(relIds.size).toBe(national.graph.relationships.length);
  }, 30_000);

  it('quotes every evidence verbatim at its offsets, after its section heading, in its own area', () => {
    const { graph, sources } = national;
    const bad: string[] = [];
    const check = (ownerId: string, areaId: string | undefined, e: Evidence) => {
      const text = sources[e.documentId];
      if (text === undefined) return bad.push(`${ownerId}: no source ${e.documentId}`);
      if (text.slice(e.start, e.end) !== e.quote)
        return bad.push(`${ownerId}: ${e.quote} not at ${e.start}`);
      if (!text.slice(0, e.start).includes(e.section))
        return bad.push(`${ownerId}: section after quote`);
      if (areaId && areaOf(e.documentId) !== areaId)
        return bad.push(`${ownerId}: quotes ${e.documentId}`);
      return 0;
    };
    let quotes = 0;
    for (const n of graph.nodes) {
      for (const e of n.evidence) {
        quotes += 1;
        check(n.id, areaOf(n.id), e);
      }
    }
    for (const r of graph.relationships) {
      for (const e of r.evidence) {
        quotes += 1;
        check(r.id, String(r.properties.areaId), e);
      }
    }
    expect(bad.slice(0, 5)).toEqual([]);
    expect(quotes).toBeGreaterThan(100_000);
  }, 30_000);
});
