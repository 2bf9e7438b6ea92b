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
