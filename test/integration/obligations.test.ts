import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './support/app.ts';
import { startCountingApp, type CountingApp } from './support/counting-store.ts';
import { dataOf, startSeededApp } from './support/seeded.ts';

interface Evidence {
  quote: string;
  documentId: string;
}
interface Obligation {
  id: string;
  text: string;
  documentId: string;
}
interface Group {
  body: { id: string; name: string } | null;
  via: { id: string; type: string; capacity?: string | null; evidence: Evidence[] }[];
  obligations: Obligation[];
}
interface PostObligations {
  post: { id: string };
  asOf: string;
  groups: Group[];
}

const POST_OBLIGATIONS = /* GraphQL */ `
  query ($postId: ID!, $asOf: IsoDate, $dutyTypes: [String!]) {
    postObligations(postId: $postId, asOf: $asOf, dutyTypes: $dutyTypes) {
      post {
        id
      }
      asOf
      groups {
        body {
          id
          name
        }
        via {
          id
          type
          ... on MemberOfRelationship {
            capacity
          }
          evidence {
            quote
            documentId
          }
        }
        obligations {
          id
          text
          documentId
        }
      }
    }
  }
`;

const OBLIGATION = /* GraphQL */ `
  query ($id: ID!) {
    node(id: $id) {
      ... on Obligation {
        id
        holders {
          holder {
            id
          }
          lead
          relationship {
            type
            evidence {
              quote
            }
          }
        }
        dutyTypes {
          code
        }
        basedOn {
          provision {
            id
            title
          }
          evidence {
            quote
            section
            documentId
          }
          relationship {
            id
          }
        }
        dischargedThrough {
          body {
            id
            name
          }
          evidence {
            quote
          }
        }
        document {
          id
        }
      }
    }
  }
`;

let t: TestApp;
beforeAll(async () => {
  t = await startSeededApp();
});
afterAll(async () => {
  await t?.close();
});

async function postObligations(variables: Record<string, unknown>): Promise<PostObligations> {
  const data = dataOf<{ postObligations: PostObligations }>(
    await t.graphql(POST_OBLIGATIONS, variables),
  );
  return data.postObligations;
}

const groupOf = (answer: PostObligations, bodyId: string | null) =>
  answer.groups.find((g) => (g.body?.id ?? null) === bodyId);
const ids = (obligations: Obligation[]) => obligations.map((o) => o.id);

// Wiltshire 2014, section 5: "The DCS and the Lead Member will be members of
// both the Children's Trust and the WSCB."
const MEMBERS_OF_BOTH =
  "The DCS and the Lead Member will be members of both the Children's Trust and the WSCB.";

describe('postObligations: Wiltshire 2014 (as of 2015-01-01)', () => {
  it.each(['wiltshire/dcs', 'wiltshire/lead-member'])(
    '%s carries its own duties, then the Children’s Trust’s and the WSCB’s as a member',
    async (postId) => {
      const answer = await postObligations({ postId, asOf: '2015-01-01' });
      expect(answer.post.id).toBe(postId);
      expect(answer.asOf).toBe('2015-01-01');
      // Own group first, then the bodies by name ("Wiltshire Children..." < "Wiltshire Safeguarding...").
      expect(answer.groups.map((g) => g.body?.id ?? null)).toEqual([
        null,
        'wiltshire/childrens-trust',
        'wiltshire/wscb',
      ]);
      for (const bodyId of ['wiltshire/childrens-trust', 'wiltshire/wscb']) {
        const group = groupOf(answer, bodyId)!;
        expect(group.via).toHaveLength(1);
        expect(group.via[0]).toMatchObject({
          id: `wiltshire/2014:MEMBER_OF:${postId}->${bodyId}`,
          type: 'MEMBER_OF',
          capacity: 'member',
        });
        expect(group.via[0]!.evidence.map((e) => e.quote)).toContain(MEMBERS_OF_BOTH);
        expect(group.obligations.every((o) => o.documentId === 'wiltshire/2014')).toBe(true);
      }
      // Section 4: the WSCB will "Present its Annual Report on the effectiveness
      // of safeguarding in the local area to the Trust".
      const wscb = groupOf(answer, 'wiltshire/wscb')!;
      expect(wscb.obligations.map((o) => o.text)).toContain(
        'Present its Annual Report on the effectiveness of safeguarding in the local area to the Trust',
      );
      // The Trust will "Assess multi-agency training needs ..."; the WSCB's own
      // training duty is not the Trust's.
      const trust = groupOf(answer, 'wiltshire/childrens-trust')!;
      expect(ids(trust.obligations)).toContain('wiltshire/2014/trust-training-needs');
      expect(ids(trust.obligations)).not.toContain('wiltshire/2014/wscb-training-needs');
      // A joint duty is listed once, in the first group that holds it (the Trust's,
      // by name): "The Children's Trust and WSCB will share their meeting minutes
      // after every meeting".
      expect(ids(trust.obligations)).toContain('wiltshire/2014/both-share-minutes');
      expect(ids(wscb.obligations)).not.toContain('wiltshire/2014/both-share-minutes');
      // Ordered by document, then id.
      expect(ids(wscb.obligations)).toEqual([...ids(wscb.obligations)].sort());
    },
  );

  it('lists each obligation once: 13 duties are held by both the Trust and the WSCB', async () => {
    const answer = await postObligations({ postId: 'wiltshire/dcs', asOf: '2015-01-01' });
    const listed = answer.groups.flatMap((g) => ids(g.obligations));
    expect(listed).toHaveLength(new Set(listed).size);
    // 1 own + the Trust's and the WSCB's, 13 of which both bodies hold (56 listed before).
    expect(listed).toHaveLength(43);
    // "Both bodies will: ... Work together to ensure action taken by one body
    // does not duplicate that taken by another": in the first group only.
    const trust = ids(groupOf(answer, 'wiltshire/childrens-trust')!.obligations);
    const wscb = ids(groupOf(answer, 'wiltshire/wscb')!.obligations);
    expect(trust).toContain('wiltshire/2014/both-avoid-duplication');
    expect(wscb).not.toContain('wiltshire/2014/both-avoid-duplication');
    // Listed once, still held by both: the obligation names its holders.
    const data = dataOf<{ node: { holders: { holder: { id: string } }[] } }>(
      await t.graphql(OBLIGATION, { id: 'wiltshire/2014/both-avoid-duplication' }),
    );
    expect(data.node.holders.map((h) => h.holder.id)).toEqual([
      'wiltshire/childrens-trust',
      'wiltshire/wscb',
    ]);
  });

  it("keeps the DCS's own duty apart from the bodies' (section 5)", async () => {
    const answer = await postObligations({ postId: 'wiltshire/dcs', asOf: '2015-01-01' });
    // "The DCS has the lead responsibility for improving outcomes for children and young people in Wiltshire."
    expect(ids(groupOf(answer, null)!.obligations)).toEqual(['wiltshire/2014/dcs-lead-outcomes']);
    expect(groupOf(answer, null)!.via).toEqual([]);
  });

  it('filters every group by duty type, keeping the memberships', async () => {
    const answer = await postObligations({
      postId: 'wiltshire/dcs',
      asOf: '2015-01-01',
      dutyTypes: ['ANNUAL_REPORT'],
    });
    expect(answer.groups.map((g) => [g.body?.id ?? null, ids(g.obligations)])).toEqual([
      [null, []],
      ['wiltshire/childrens-trust', ['wiltshire/2014/trust-annual-report-to-wscb']],
      ['wiltshire/wscb', ['wiltshire/2014/wscb-annual-report-to-trust']],
    ]);
  });
});

const OBLIGATION_PAGE = /* GraphQL */ `
  query ($postId: ID!, $asOf: IsoDate, $first: Int, $after: String) {
    postObligations(postId: $postId, asOf: $asOf) {
      groups {
        body {
          id
        }
        obligationCount
      }
      obligationPage(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            group
            obligation {
              id
              dutyTypes {
                code
              }
            }
          }
        }
      }
    }
  }
`;

interface ObligationPage {
  groups: { body: { id: string } | null; obligationCount: number }[];
  obligationPage: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { group: number; obligation: { id: string; dutyTypes: { code: string }[] } } }[];
  };
}

describe('postObligations.obligationPage: the same obligations, a page at a time', () => {
  it('pages the 43 obligations of the Wiltshire DCS in 2014 in group order, each naming its group', async () => {
    const whole = await postObligations({ postId: 'wiltshire/dcs', asOf: '2015-01-01' });
    const page = async (after: string | null, first?: number) =>
      dataOf<{ postObligations: ObligationPage }>(
        await t.graphql(OBLIGATION_PAGE, {
          postId: 'wiltshire/dcs',
          asOf: '2015-01-01',
          after,
          ...(first ? { first } : {}),
        }),
      ).postObligations;
    const first = await page(null);
    // default page: 25; the groups say how many each lists
    expect(first.obligationPage.edges).toHaveLength(25);
    expect(first.obligationPage.totalCount).toBe(43);
    expect(first.groups.map((g) => g.obligationCount)).toEqual(
      whole.groups.map((g) => g.obligations.length),
    );
    const got: [number, string][] = [];
    let at: ObligationPage | null = first;
    while (at) {
      for (const { node } of at.obligationPage.edges) got.push([node.group, node.obligation.id]);
      const { hasNextPage, endCursor }: ObligationPage['obligationPage']['pageInfo'] =
        at.obligationPage.pageInfo;
      at = hasNextPage ? await page(endCursor, 10) : null;
    }
    expect(got).toEqual(
      whole.groups.flatMap((g, i) => g.obligations.map((o) => [i, o.id] as [number, string])),
    );
    // duty types come with each (resolved for the whole answer at once)
    const report = first.obligationPage.edges.find(
      (e) => e.node.obligation.id === 'wiltshire/2014/trust-annual-report-to-wscb',
    );
    expect(report?.node.obligation.dutyTypes.map((d) => d.code)).toContain('ANNUAL_REPORT');
  });

  it('refuses a cursor that is not one of its obligations', async () => {
    const res = await t.graphql(OBLIGATION_PAGE, {
      postId: 'wiltshire/dcs',
      asOf: '2015-01-01',
      after: 'bm90LWFuLW9ibGlnYXRpb24',
    });
    expect(res.body.errors?.[0]?.message).toContain('"after" cursor does not point into this list');
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('postObligations: Wiltshire 2019 (as of 2020-01-01)', () => {
  it('the DCS sits on the SVPP as a core member and carries its obligations, no longer the WSCB’s', async () => {
    const answer = await postObligations({ postId: 'wiltshire/dcs', asOf: '2020-01-01' });
    expect(answer.groups.map((g) => g.body?.id ?? null)).toEqual([null, 'wiltshire/svpp']);
    const svpp = groupOf(answer, 'wiltshire/svpp')!;
    // "The core membership of the SVPP is: ... - II. DCS or nominated deputy"
    expect(svpp.via[0]).toMatchObject({ type: 'MEMBER_OF', capacity: 'core-member' });
    expect(svpp.via[0]!.evidence.map((e) => e.quote)).toContain('- II. DCS or nominated deputy');
    expect(svpp.obligations.length).toBeGreaterThan(5);
    expect(svpp.obligations.every((o) => o.documentId === 'wiltshire/2019')).toBe(true);
    expect(ids(svpp.obligations)).toContain('wiltshire/2019/svpp-publish-key-findings');
    // The 2014 duties are no longer current.
    expect(ids(groupOf(answer, null)!.obligations)).toEqual([]);
  });

  it('answers for today when no date is given (the 2019 plan is the latest)', async () => {
    const answer = await postObligations({ postId: 'wiltshire/dcs' });
    expect(answer.groups.map((g) => g.body?.id ?? null)).toEqual([null, 'wiltshire/svpp']);
  });
});

describe('obligationsByPostKind', () => {
  const BY_KIND = /* GraphQL */ `
    query ($kind: String!, $areaIds: [ID!], $asOf: IsoDate, $first: Int) {
      obligationsByPostKind(kind: $kind, areaIds: $areaIds, asOf: $asOf, first: $first) {
        totalCount
        edges {
          node {
            post {
              id
              areaId
            }
            groups {
              body {
                id
              }
              obligations {
                id
              }
            }
          }
        }
      }
    }
  `;
  type Page = {
    obligationsByPostKind: {
      totalCount: number;
      edges: { node: PostObligations & { post: { areaId: string } } }[];
    };
  };

  it('every DCS in every area: Wiltshire’s, with the SVPP’s obligations today', async () => {
    const page = dataOf<Page>(await t.graphql(BY_KIND, { kind: 'dcs' })).obligationsByPostKind;
    const posts = page.edges.map((e) => e.node);
    expect(posts.map((p) => p.post.id)).toContain('wiltshire/dcs');
    const areas = posts.map((p) => p.post.areaId);
    expect(areas).toEqual([...areas].sort());
    const wiltshire = posts.find((p) => p.post.id === 'wiltshire/dcs')!;
    expect(wiltshire.groups.map((g) => g.body?.id ?? null)).toEqual([null, 'wiltshire/svpp']);
    expect(page.totalCount).toBe(posts.length);
  });

  it('chairs of one area in 2015 sit on both Wiltshire bodies; other areas are left out', async () => {
    const page = dataOf<Page>(
      await t.graphql(BY_KIND, { kind: 'chair', areaIds: ['wiltshire'], asOf: '2015-01-01' }),
    ).obligationsByPostKind;
    // "Trust Chair" and "WSCB Chair" each chair one body and are invited to the other.
    expect(page.edges.map((e) => e.node.post.id)).toEqual([
      'wiltshire/trust-chair',
      'wiltshire/wscb-chair',
    ]);
    for (const { node } of page.edges) {
      expect(node.groups.map((g) => g.body?.id ?? null)).toEqual([
        null,
        'wiltshire/childrens-trust',
        'wiltshire/wscb',
      ]);
    }
  });

  it('pages with a cursor', async () => {
    const first = dataOf<Page>(
      await t.graphql(BY_KIND, {
        kind: 'chair',
        areaIds: ['wiltshire'],
        asOf: '2015-01-01',
        first: 1,
      }),
    ).obligationsByPostKind;
    expect(first.totalCount).toBe(2);
    expect(first.edges).toHaveLength(1);
  });

  it('refuses an unknown kind with BAD_USER_INPUT naming the kinds', async () => {
    const res = await t.graphql(BY_KIND, { kind: 'director' });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.message).toContain('dcs, lead-member');
  });
});

describe('postObligations input', () => {
  it('NOT_FOUND for an unknown id; BAD_USER_INPUT for a body id', async () => {
    const unknown = await t.graphql(POST_OBLIGATIONS, { postId: 'wiltshire/nobody' });
    expect(unknown.body.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    const res = await t.graphql(POST_OBLIGATIONS, { postId: 'wiltshire/wscb' });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.message).toContain('not a Post');
  });

  it('BAD_USER_INPUT for a duty type that is not a code', async () => {
    const res = await t.graphql(POST_OBLIGATIONS, {
      postId: 'wiltshire/dcs',
      dutyTypes: ['annual report'],
    });
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('Obligation fields', () => {
  type Fields = {
    node: {
      holders: { holder: { id: string }; lead: boolean; relationship: { type: string } }[];
      dutyTypes: { code: string }[];
      basedOn: {
        provision: { id: string; title: string };
        evidence: Evidence[];
        relationship: { id: string };
      }[];
      dischargedThrough: { body: { id: string; name: string }; evidence: { quote: string }[] }[];
      document: { id: string };
    };
  };
  const fields = async (id: string) => dataOf<Fields>(await t.graphql(OBLIGATION, { id })).node;

  it('Peterborough section 11 monitoring: shared by the PSCB and the Trust, discharged through the Stay Safe Partnership', async () => {
    const o = await fields('peterborough/2009/shared-s11-compliance-monitoring');
    expect(o.holders.map((h) => [h.holder.id, h.lead])).toEqual([
      ['peterborough/childrens-trust', false],
      ['peterborough/pscb', false],
    ]);
    expect(o.dutyTypes.map((d) => d.code)).toContain('S11_ASSURANCE');
    // "The function of monitoring partners discharge of responsibilities will be
    // incorporated into the Stay Safe Partnership Group."
    expect(o.dischargedThrough.map((c) => c.body.id)).toEqual([
      'peterborough/stay-safe-partnership',
    ]);
    expect(o.dischargedThrough[0]!.evidence.map((e) => e.quote)).toContain(
      'The function of monitoring partners discharge of responsibilities will be incorporated into the Stay Safe Partnership Group.',
    );
    expect(o.document.id).toBe('peterborough/2009');
  });

  it('basedOn returns the provision the document cites, with its quote', async () => {
    // Peterborough 2009, Introduction: partners "enact Section 11 in all their activities".
    const o = await fields('peterborough/2009/pscb-trust-enacts-s11');
    const s11 = o.basedOn.find((b) => b.provision.id === 'law/ca2004/s11')!;
    expect(s11.evidence).toEqual([
      expect.objectContaining({
        quote: 'enact Section 11 in all their activities',
        documentId: 'peterborough/2009',
      }),
    ]);
    expect(s11.relationship.id).toBe(
      'peterborough/2009:BASED_ON:peterborough/2009/pscb-trust-enacts-s11->law/ca2004/s11',
    );
    expect(o.basedOn.map((b) => b.provision.id)).toEqual([
      'law/ca2004/s11',
      'law/ca2004/s13',
      'law/ca2004/s14',
    ]);
  });

  it('an obligation whose document cites nothing has no basis (none is invented)', async () => {
    const o = await fields('wiltshire/2014/wscb-annual-report-to-trust');
    expect(o.basedOn).toEqual([]);
    expect(o.holders.map((h) => h.holder.id)).toEqual(['wiltshire/wscb']);
    expect(o.holders[0]!.relationship.type).toBe('HAS_OBLIGATION');
    expect(o.dutyTypes.map((d) => d.code)).toEqual(['ANNUAL_REPORT']);
  });
});

describe('store round-trips (no N+1)', () => {
  let counted: CountingApp;
  beforeAll(async () => {
    counted = await startCountingApp();
  });
  afterAll(async () => {
    await counted?.close();
  });

  const NESTED = `groups { body { id } via { id evidence { quote } } obligations {
    id holders { holder { id } } dutyTypes { code } basedOn { provision { id } }
    dischargedThrough { body { id } } document { id } } }`;

  async function readsFor(query: string) {
    counted.counting.reset();
    dataOf(await counted.graphql(query));
    return [...counted.counting.reads];
  }

  it('one post or every chair of every area costs the same reads', async () => {
    const one = await readsFor(
      `{ postObligations(postId: "wiltshire/dcs", asOf: "2015-01-01") { ${NESTED} } }`,
    );
    const many = await readsFor(
      `{ obligationsByPostKind(kind: "chair", asOf: "2015-01-01") { edges { node { ${NESTED} } } } }`,
    );
    // post, its seats, the bodies, their duties, the obligations; then one level of
    // holders / types / bases / channels (in and out) and their ends and documents
    expect(one.length).toBeLessThanOrEqual(10);
    // the kind query adds only its posts-by-kind lookup
    expect(many.length).toBeLessThanOrEqual(one.length + 1);
    expect(many.filter((name) => name.includes('posts-by-kind'))).toHaveLength(1);
  });
});
