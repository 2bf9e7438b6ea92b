import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startSeededApp } from './support/seeded.ts';
import type { TestApp } from './support/app.ts';

const NEIGHBOURHOOD = `query ($id: ID!, $hops: Int, $types: [RelationshipType!], $asOf: IsoDate, $allTime: Boolean) {
  neighbourhood(id: $id, hops: $hops, types: $types, asOf: $asOf, allTime: $allTime) {
    center { id }
    nodes { id }
    edges { id type fromId toId validFrom validTo evidence { quote } }
    truncated
    asOf
  }
}`;

interface Hood {
  center: { id: string };
  nodes: { id: string }[];
  edges: {
    id: string;
    type: string;
    fromId: string;
    toId: string;
    validFrom: string | null;
    validTo: string | null;
    evidence: { quote: string }[];
  }[];
  truncated: boolean;
  asOf: string | null;
}

describe('neighbourhood (real seed data)', () => {
  let t: TestApp;
  const hood = async (variables: Record<string, unknown>) =>
    dataOf<{ neighbourhood: Hood | null }>(await t.graphql(NEIGHBOURHOOD, variables)).neighbourhood;
  const nodeIds = (h: Hood | null) => h?.nodes.map((n) => n.id) ?? [];

  beforeAll(async () => {
    t = await startSeededApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('the WSCB in 2015: the Trust Chair and the DCS, not the SVPP', async () => {
    const h = await hood({ id: 'wiltshire/wscb', hops: 1, asOf: '2015-06-01' });
    expect(h?.center.id).toBe('wiltshire/wscb');
    // 2014 protocol: the WSCB will "Hold the Trust Chair to account ..."; "The DCS and the
    // Lead Member will be members of both the Children's Trust and the WSCB."
    expect(nodeIds(h)).toEqual(
      expect.arrayContaining(['wiltshire/wscb', 'wiltshire/trust-chair', 'wiltshire/dcs']),
    );
    expect(nodeIds(h)).not.toContain('wiltshire/svpp');
    expect(h?.edges.map((e) => e.id)).toContain(
      'wiltshire/2014:HOLDS_TO_ACCOUNT:wiltshire/wscb->wiltshire/trust-chair',
    );
    expect(h?.truncated).toBe(false);
    expect(h?.asOf).toBe('2015-06-01');
  });

  it('orders nodes and edges by id; every edge joins two listed nodes and is current then', async () => {
    const h = await hood({ id: 'wiltshire/wscb', hops: 2, asOf: '2015-06-01' });
    const ids = nodeIds(h);
    expect(ids).toEqual([...ids].sort());
    const edgeIds = h?.edges.map((e) => e.id) ?? [];
    expect(edgeIds).toEqual([...edgeIds].sort());
    const listed = new Set(ids);
    for (const e of h?.edges ?? []) {
      expect(listed.has(e.fromId) && listed.has(e.toId)).toBe(true);
      expect(e.evidence.length).toBeGreaterThan(0);
      expect(e.validTo === null || e.validTo > '2015-06-01').toBe(true);
    }
    // the edge between two nodes of the first ring is drawn: the Trust Chair chairs the Trust
    expect(edgeIds).toContain(
      'wiltshire/2014:CHAIRS:wiltshire/trust-chair->wiltshire/childrens-trust',
    );
  });

  it('two hops reach further than one and keep every node of one hop', async () => {
    // in 2020 the WSCB's one tie of note is its successor; the SVPP's own ties are a hop further
    const one = nodeIds(await hood({ id: 'wiltshire/wscb', hops: 1, asOf: '2020-01-01' }));
    const two = nodeIds(await hood({ id: 'wiltshire/wscb', hops: 2, asOf: '2020-01-01' }));
    expect(two).toEqual(expect.arrayContaining(one));
    expect(one).not.toContain('wiltshire/practice-review-group');
    expect(two).toContain('wiltshire/practice-review-group'); // a sub-group of the SVPP
  });

  it('in 2020 the WSCB is succeeded by the SVPP and no longer holds the Trust Chair to account', async () => {
    // 2019 plan: "The SVPP site will be developed from the existing WSCB one" (SUCCEEDED_BY).
    const h = await hood({ id: 'wiltshire/wscb', asOf: '2020-01-01' });
    expect(nodeIds(h)).toContain('wiltshire/svpp');
    expect(nodeIds(h)).not.toContain('wiltshire/trust-chair');
    const all = await hood({ id: 'wiltshire/wscb', allTime: true });
    expect(nodeIds(all)).toEqual(
      expect.arrayContaining(['wiltshire/svpp', 'wiltshire/trust-chair']),
    );
    expect(all?.asOf).toBeNull();
  });

  it('walks only the types asked for', async () => {
    const h = await hood({ id: 'wiltshire/wscb', asOf: '2015-06-01', types: ['HOLDS_TO_ACCOUNT'] });
    expect(nodeIds(h)).toEqual(['wiltshire/trust-chair', 'wiltshire/wscb']);
    expect(h?.edges.map((e) => e.type)).toEqual(['HOLDS_TO_ACCOUNT']);
  });

  it('rejects hops outside 1..2 and an empty type list; NOT_FOUND for an unknown node', async () => {
    for (const hops of [0, 3]) {
      const r = await t.graphql(NEIGHBOURHOOD, { id: 'wiltshire/wscb', hops });
      expect(r.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(r.body.errors?.[0]?.message).toMatch(/hops/);
    }
    const empty = await t.graphql(NEIGHBOURHOOD, { id: 'wiltshire/wscb', types: [] });
    expect(empty.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await t.graphql(NEIGHBOURHOOD, { id: 'wiltshire/no-such-body' });
    expect(unknown.body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    expect(unknown.body.errors?.[0]?.message).toContain('"wiltshire/no-such-body"');
  });
});
