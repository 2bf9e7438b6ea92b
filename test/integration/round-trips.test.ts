import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCountingApp, type CountingApp } from './support/counting-store.ts';
import { dataOf } from './support/seeded.ts';

/** Relationships of a node with both ends, each end's name and the stating document. */
const relationshipsOf = (id: string, first: number) => `{
  node(id: "${id}") { ... on Body { relationships(first: ${first}, allTime: true) {
    edges { node { from { id } to { id ... on Post { name } } document { title } } } } } } }`;

const ONE_AREA = '"wiltshire"';
const FOUR_AREAS = '"oxfordshire", "peterborough", "walsall", "wiltshire"';

/** Areas (by id) with their documents. */
const areaDocuments = (ids: string) =>
  `{ nodes(ids: [${ids}]) { ... on Area { documents { id title } } } }`;

/** Areas (by id) with their drawable graph. */
const areaGraphs = (ids: string) =>
  `{ nodes(ids: [${ids}]) { ... on Area { graph { nodes { id } edges { id } } } } }`;

type Areas = { nodes: { documents?: unknown[]; graph?: unknown }[] };

describe('store round-trips per GraphQL request (no N+1)', () => {
  let t: CountingApp;
  beforeAll(async () => {
    t = await startCountingApp();
  });
  afterAll(async () => {
    await t.close();
  });

  /** Runs `query` and returns its data and the catalogue names of the reads it caused. */
  async function reads<T>(query: string): Promise<{ data: T; reads: string[] }> {
    t.counting.reset();
    const data = dataOf<T>(await t.graphql(query));
    return { data, reads: [...t.counting.reads] };
  }

  type Page = { node: { relationships: { edges: { node: { to: { id: string } } }[] } } };

  it('reads a page of 5 relationships and one of 50 (ends, documents) in the same few reads', async () => {
    const five = await reads<Page>(relationshipsOf('wiltshire/wscb', 5));
    const fifty = await reads<Page>(relationshipsOf('wiltshire/wscb', 50));
    expect(five.data.node.relationships.edges).toHaveLength(5);
    expect(fifty.data.node.relationships.edges.length).toBeGreaterThan(15);
    expect(fifty.reads.length).toBe(five.reads.length);
    // node, its relationships out and in, then the other ends and the documents
    expect(fifty.reads.length).toBeLessThanOrEqual(6);
  });

  it('answers the representative nested query in the same reads for 5 or 50 relationships', async () => {
    const representative = (first: number) =>
      `{ areas { documents { id } graph { nodes { id } } } ${relationshipsOf('wiltshire/wscb', first).slice(1, -1)} }`;
    const five = await reads<Page>(representative(5));
    const fifty = await reads<Page>(representative(50));
    expect(fifty.data.node.relationships.edges.length).toBeGreaterThan(15);
    // the same statements (their order depends on which resolver finishes first)
    expect([...fifty.reads].sort()).toEqual([...five.reads].sort());
  });

  it('reads the documents of one area and of all four in the same number of reads', async () => {
    const one = await reads<Areas>(areaDocuments(ONE_AREA));
    const all = await reads<Areas>(areaDocuments(FOUR_AREAS));
    expect(one.data.nodes.flatMap((a) => a.documents)).toHaveLength(2);
    expect(all.data.nodes.flatMap((a) => a.documents)).toHaveLength(5);
    expect([...all.reads].sort()).toEqual([...one.reads].sort());
  });

  // The area graph is batched per list of areas (AreaService loaders).
  it('reads the graph of one area and of all four in the same number of reads', async () => {
    const one = await reads<Areas>(areaGraphs(ONE_AREA));
    const all = await reads<Areas>(areaGraphs(FOUR_AREAS));
    expect(all.data.nodes.filter((a) => a.graph)).toHaveLength(4);
    expect(all.reads.length).toBe(one.reads.length);
  });
});
