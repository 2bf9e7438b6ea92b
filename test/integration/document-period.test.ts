import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './support/app.ts';
import { dataOf, startSeededApp } from './support/seeded.ts';

/**
 * Issue 12 point 3 (API): every time-dependent query takes `documentId` as an
 * alternative to `asOf`, and an empty answer caused by the date says which
 * documents do hold an answer.
 */
describe('documentId instead of asOf (real seed data)', () => {
  let t: TestApp;
  const data = async <T>(query: string, variables: Record<string, unknown> = {}) =>
    dataOf<T>(await t.graphql(query, variables));
  const errorOf = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await t.graphql(query, variables);
    const e = res.body.errors?.[0] as { message: string; extensions: { code: string } };
    expect(e, JSON.stringify(res.body)).toBeDefined();
    return { message: e.message, code: e.extensions.code };
  };

  beforeAll(async () => {
    t = await startSeededApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const CHAINS = `query ($asOf: IsoDate, $documentId: ID) {
    accountability(id: "wiltshire/childrens-trust", direction: HOLDERS, asOf: $asOf, documentId: $documentId) {
      asOf
      chains { end { id } }
      elsewhere { document { id title } count }
    }
  }`;
  interface Chains {
    accountability: {
      asOf: string;
      chains: { end: { id: string } }[];
      elsewhere: { document: { id: string; title: string }; count: number }[];
    };
  }

  it('accountability reads the 2014 protocol by its id: the same chains as a date in its period', async () => {
    const byDoc = await data<Chains>(CHAINS, { documentId: 'wiltshire/2014' });
    const byDate = await data<Chains>(CHAINS, { asOf: '2015-01-01' });
    expect(byDoc.accountability.chains.length).toBeGreaterThan(0);
    expect(byDoc.accountability.chains).toEqual(byDate.accountability.chains);
    expect(byDoc.accountability.asOf).toBe('2018-12-31');
    expect(byDoc.accountability.elsewhere).toEqual([]);
  });

  it('an empty answer today says that the 2014 protocol has the chains', async () => {
    const today = await data<Chains>(CHAINS);
    expect(today.accountability.chains).toEqual([]);
    const count = (await data<Chains>(CHAINS, { documentId: 'wiltshire/2014' })).accountability
      .chains.length;
    expect(today.accountability.elsewhere).toEqual([
      {
        document: {
          id: 'wiltshire/2014',
          title: expect.stringContaining(
            'Protocol between the Wiltshire Safeguarding Children Board',
          ),
        },
        count,
      },
    ]);
  });

  it('both asOf and documentId: consistent is fine, inconsistent is BAD_USER_INPUT saying why', async () => {
    const ok = await data<Chains>(CHAINS, { documentId: 'wiltshire/2014', asOf: '2015-01-01' });
    expect(ok.accountability.asOf).toBe('2015-01-01');
    const e = await errorOf(CHAINS, { documentId: 'wiltshire/2014', asOf: '2020-01-01' });
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.message).toContain(
      'asOf 2020-01-01 is outside the period of "wiltshire/2014" (in force from 2014-12-15 until 2019)',
    );
  });

  it('a document of another area, or no such document, is refused clearly', async () => {
    const other = await errorOf(CHAINS, { documentId: 'walsall/2017' });
    expect(other.code).toBe('BAD_USER_INPUT');
    expect(other.message).toContain(
      '"wiltshire/childrens-trust" is in area "wiltshire" but documentId "walsall/2017" is a document of "walsall"',
    );
    const none = await errorOf(CHAINS, { documentId: 'wiltshire/2001' });
    expect(none.code).toBe('NOT_FOUND');
  });

  it('escalation routes, reporting lines, post obligations, neighbourhood and structure take documentId', async () => {
    const q = `query ($d: ID) {
      escalationRoute(areaId: "wiltshire", documentId: $d) { route }
      escalation(areaId: "wiltshire", documentId: $d) {
        asOf routes { route } elsewhere { document { id } count }
      }
      reportingLines(id: "wiltshire/wscb", direction: OUT, documentId: $d) { counterpart { id } }
      postObligations(postId: "wiltshire/dcs", documentId: $d) { groups { body { id } } }
      neighbourhood(id: "wiltshire/wscb", hops: 1, documentId: $d) { edges { id } }
      node(id: "wiltshire/wscb") { ... on Body { members(documentId: $d) { member { id } } } }
      area(id: "wiltshire") {
        graph(documentId: $d) { edges { id } }
        counts(documentId: $d) { relationships }
      }
    }`;
    interface R {
      escalationRoute: { route: string }[];
      escalation: {
        asOf: string;
        routes: { route: string }[];
        elsewhere: { document: { id: string }; count: number }[];
      };
      reportingLines: unknown[];
      postObligations: { groups: unknown[] } | null;
      neighbourhood: { edges: unknown[] };
      node: { members: unknown[] };
      area: { graph: { edges: { id: string }[] }; counts: { relationships: number } };
    }
    const old = await data<R>(q, { d: 'wiltshire/2014' });
    const now = await data<R>(q, { d: 'wiltshire/2019' });
    expect(old.escalationRoute.length).toBeGreaterThan(0);
    expect(old.escalation.routes).toEqual(old.escalationRoute);
    expect(now.escalationRoute).toEqual([]);
    // The 2019 plan has no route; the answer says the 2014 protocol has them.
    expect(now.escalation.elsewhere).toEqual([
      { document: { id: 'wiltshire/2014' }, count: old.escalationRoute.length },
    ]);
    expect(old.reportingLines.length).toBeGreaterThan(0);
    expect(old.postObligations?.groups.length).toBeGreaterThan(0);
    expect(old.neighbourhood.edges.length).toBeGreaterThan(0);
    expect(old.node.members.length).toBeGreaterThan(0);
    const oldEdges = old.area.graph.edges.map((e) => e.id);
    expect(oldEdges.length).toBeGreaterThan(0);
    expect(oldEdges.every((id) => id.startsWith('wiltshire/2014:'))).toBe(true);
    expect(now.area.graph.edges.every((e) => e.id.startsWith('wiltshire/2019:'))).toBe(true);
    expect(old.area.counts.relationships).toBeGreaterThan(0);
  });
});
