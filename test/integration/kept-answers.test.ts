import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startSeededApp } from './support/seeded.ts';
import type { TestApp } from './support/app.ts';

/**
 * An area's graph at a date is built once per write generation (issue 12
 * point 6: area.service.ts keeps it beside the cached lists it was built
 * from): asked again it is the same answer, and after a write it shows what
 * was written, on the embedded store with the graph caches on.
 */
const GRAPH = `query ($asOf: IsoDate) { area(id: "wiltshire") { graph(asOf: $asOf) {
  nodes { id name } edges { id } } } }`;
type Graph = {
  area: { graph: { nodes: { id: string; name: string }[]; edges: { id: string }[] } };
};

describe('area graph kept per write generation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startSeededApp({ embedded: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers the same graph again, and the new name after a write', async () => {
    const at = async (asOf: string | null) =>
      dataOf<Graph>(await t.graphql(GRAPH, { asOf })).area.graph;
    const first = await at('2019-06-30');
    const body = first.nodes[0];
    expect(body).toBeDefined();
    expect(await at('2019-06-30')).toEqual(first);
    const older = await at('2015-01-01');
    expect(older).not.toEqual(first);

    await t.store.write({
      name: 'test/rename',
      text: 'MATCH (n:Entity {id: $id}) SET n.name = $name',
      params: { id: body!.id, name: 'Renamed for the test' },
    });
    const after = await at('2019-06-30');
    expect(after.nodes.find((n) => n.id === body!.id)?.name).toBe('Renamed for the test');
    expect(after.edges).toEqual(first.edges);
    expect(await at('2015-01-01')).toEqual(
      body && older.nodes.some((n) => n.id === body.id)
        ? {
            ...older,
            nodes: older.nodes.map((n) =>
              n.id === body.id ? { ...n, name: 'Renamed for the test' } : n,
            ),
          }
        : older,
    );
  });
});

/**
 * A shortest accountability path is kept until the next write (graph cache
 * `paths`): asked again it is the same answer, and once the statement it
 * goes through is deleted it is found again without it.
 */
describe('accountabilityPath kept per write generation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startSeededApp({ embedded: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  const PATH = `{ accountabilityPath(from: "wiltshire/wscb", to: "wiltshire/childrens-trust", asOf: "2015-01-01") {
    length hops { relationship { id } } } }`;
  type Path = {
    accountabilityPath: { length: number; hops: { relationship: { id: string } }[] } | null;
  };

  it('answers the same path again, and not through a statement deleted since', async () => {
    const first = dataOf<Path>(await t.graphql(PATH)).accountabilityPath;
    expect(first?.length).toBeGreaterThan(0);
    expect(dataOf<Path>(await t.graphql(PATH)).accountabilityPath).toEqual(first);
    const gone = first!.hops[0]!.relationship.id;
    await t.store.write({
      name: 'test/delete-statement',
      text: 'MATCH (:Entity)-[r]->(:Entity) WHERE r.id = $id DELETE r',
      params: { id: gone },
    });
    const after = dataOf<Path>(await t.graphql(PATH)).accountabilityPath;
    expect(after?.hops.map((h) => h.relationship.id) ?? []).not.toContain(gone);
  });
});

/**
 * A post's obligations are kept until the next write (graph cache
 * `post-obligations`, shaped once per kept answer): asked again it is the
 * same answer, and after a write to one of its obligations it shows what
 * was written.
 */
describe('postObligations kept per write generation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startSeededApp({ embedded: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  const POST = `query ($first: Int, $after: String) {
    postObligations(postId: "wiltshire/dcs", asOf: "2015-01-01") {
      groups { body { id } obligationCount }
      obligationPage(first: $first, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { group obligation { id text dutyTypes { code } } } } } } }`;
  type Post = {
    postObligations: {
      groups: { body: { id: string } | null; obligationCount: number }[];
      obligationPage: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: { node: { group: number; obligation: { id: string; text: string } } }[];
      };
    };
  };

  it('answers the same obligations again, and the new text after a write', async () => {
    const ask = async (first: number, after: string | null = null) =>
      dataOf<Post>(await t.graphql(POST, { first, after })).postObligations;
    const first = await ask(3);
    const one = first.obligationPage.edges[0]?.node.obligation;
    expect(one).toBeDefined();
    expect(first.obligationPage.totalCount).toBeGreaterThan(3);
    expect(await ask(3)).toEqual(first);
    // the kept answer pages as a new one does
    const next = await ask(3, first.obligationPage.pageInfo.endCursor);
    expect(next.obligationPage.edges.map((e) => e.node.obligation.id)).not.toContain(one!.id);

    await t.store.write({
      name: 'test/reword',
      text: 'MATCH (n:Entity {id: $id}) SET n.text = $text',
      params: { id: one!.id, text: 'Reworded for the test' },
    });
    const after = await ask(3);
    expect(after.obligationPage.edges[0]?.node.obligation).toEqual({
      ...one,
      text: 'Reworded for the test',
    });
    expect(after.groups).toEqual(first.groups);
  });
});
