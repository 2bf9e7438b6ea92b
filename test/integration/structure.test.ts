import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './support/app.ts';
import { dataOf, startSeededApp } from './support/seeded.ts';

type Ids = { id: string }[];

describe('structure: area details, memberships, sub-groups, reporting lines, obligations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startSeededApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const memberOf = `query($asOf: IsoDate) { node(id: "wiltshire/dcs") { ... on Agent {
    memberOf(asOf: $asOf) { body { id } capacity relationship { documentId evidence { quote } } } } } }`;

  it('Wiltshire 2014: the DCS is a member of both the WSCB and the Children’s Trust', async () => {
    // wiltshire/2014: "The DCS and the Lead Member will be members of both the Children's Trust and the WSCB."
    const data = dataOf<{ node: { memberOf: { body: { id: string }; capacity: string }[] } }>(
      await t.graphql(memberOf, { asOf: '2015-01-01' }),
    );
    expect(data.node.memberOf.map((m) => [m.body.id, m.capacity])).toEqual([
      ['wiltshire/childrens-trust', 'member'],
      ['wiltshire/wscb', 'member'],
    ]);
    // Under the 2019 plan the DCS sits on the SVPP instead.
    const now = dataOf<{ node: { memberOf: { body: { id: string } }[] } }>(
      await t.graphql(memberOf, { asOf: '2020-01-01' }),
    );
    expect(now.node.memberOf.map((m) => m.body.id)).toEqual(['wiltshire/svpp']);
  });

  const svpp = `query($asOf: IsoDate) { node(id: "wiltshire/svpp") { ... on Body {
    subgroups(asOf: $asOf) { subgroup { id } relationship { evidence { quote } } }
    subgroupTree(asOf: $asOf, depth: 2) { body { id } depth subgroups { body { id } } relationship { id } }
    members(asOf: $asOf) { member { id } capacity }
    chairs(asOf: $asOf) { chair { id } } } } }`;

  it('the SVPP (2019) has three sub-groups and core members with nominated deputies', async () => {
    // wiltshire/2019: "The SVPP will be served by three sub groups (Figure 2):"
    const data = dataOf<{ node: Record<string, unknown[]> }>(
      await t.graphql(svpp, { asOf: '2020-01-01' }),
    );
    const tree = data.node.subgroupTree as { body: { id: string }; depth: number }[];
    expect(tree.map((n) => [n.body.id, n.depth])).toEqual([
      ['wiltshire/practice-review-group', 1],
      ['wiltshire/quality-and-impact-group', 1],
      ['wiltshire/voice-of-the-user-group', 1],
    ]);
    const subgroups = data.node.subgroups as { relationship: { evidence: { quote: string }[] } }[];
    expect(subgroups[0]?.relationship.evidence.map((e) => e.quote)).toContain(
      'The SVPP will be served by three sub groups (Figure 2):',
    );
    // "Core membership ... DCS or nominated deputy / Chief constable or nominated deputy / CCG chief executive or nominated deputy"
    const members = data.node.members as { member: { id: string }; capacity: string }[];
    const by = (capacity: string) =>
      members.filter((m) => m.capacity === capacity).map((m) => m.member.id);
    expect(by('nominated-deputy')).toEqual([
      'wiltshire/ccg-chief-executive-nominated-deputy',
      'wiltshire/chief-constable-nominated-deputy',
      'wiltshire/dcs-nominated-deputy',
    ]);
    expect(by('core-member')).toEqual(
      expect.arrayContaining(['wiltshire/dcs', 'wiltshire/chief-constable', 'wiltshire/dass']),
    );
    expect(data.node.chairs).toEqual([{ chair: { id: 'wiltshire/svpp-independent-chair' } }]);
  });

  it('asOf 2015 shows no SVPP sub-groups, members or chair (the 2019 plan was not yet in force)', async () => {
    const data = dataOf<{ node: Record<string, unknown[]> }>(
      await t.graphql(svpp, { asOf: '2015-01-01' }),
    );
    expect(data.node).toEqual({ subgroups: [], subgroupTree: [], members: [], chairs: [] });
  });

  it('a joint sub-group has two parents (2014), and the tree depth is bounded', async () => {
    const q = `{ node(id: "wiltshire/joint-early-help-sub-group") { ... on Body {
      parents(asOf: "2015-01-01") { parent { id } relationship { joint } } } } }`;
    const data = dataOf<{ node: { parents: { parent: Ids[0] }[] } }>(await t.graphql(q));
    expect(data.node.parents.map((p) => p.parent.id)).toEqual([
      'wiltshire/childrens-trust',
      'wiltshire/wscb',
    ]);
    const deep = await t.graphql(
      '{ node(id: "wiltshire/svpp") { ... on Body { subgroupTree(depth: 5) { depth } } } }',
    );
    expect(deep.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  type Line = {
    direction: string;
    counterpart: { id: string };
    artefact: string | null;
    cadence: string | null;
    timing: string | null;
    presenter: { id: string } | null;
    evidence: { quote: string }[];
  };
  const lines = `query($id: ID!, $direction: Direction) { reportingLines(id: $id, direction: $direction) {
    direction counterpart { id } artefact cadence timing presenter { id } evidence { quote } } }`;

  it('Walsall: every Partnership Board reports six-monthly to the Strategic Partnership Group', async () => {
    // walsall/2017: "A six-monthly report will be presented to the Strategic Partnership Group by each of the Partnership Boards"
    const data = dataOf<{ reportingLines: Line[] }>(
      await t.graphql(lines, { id: 'walsall/strategic-partnership-group', direction: 'IN' }),
    );
    const sixMonthly = data.reportingLines.filter((l) => l.cadence === 'six-monthly');
    expect(sixMonthly.map((l) => l.counterpart.id)).toEqual(
      expect.arrayContaining(['walsall/hwb', 'walsall/cypp', 'walsall/wscb', 'walsall/wsab']),
    );
    expect(sixMonthly.every((l) => l.direction === 'IN' && l.evidence.length > 0)).toBe(true);
  });

  it('Walsall: the independent chair presents the Annual Report between October and December', async () => {
    // walsall/2017: "Between October and December each year the independent chair of the Safeguarding Boards
    // will present an Annual Report to the Health and Wellbeing Board, the Children and Young People's
    // Partnership and the Safer Walsall Partnership."
    const q = `{ node(id: "walsall/wscb") { ... on Agent { reportingLines(direction: OUT) {
      direction counterpart { id } artefact cadence timing presenter { id } evidence { quote } } } } }`;
    const data = dataOf<{ node: { reportingLines: Line[] } }>(await t.graphql(q));
    const annual = data.node.reportingLines.filter((l) => l.artefact === 'annual report');
    expect(annual.map((l) => l.counterpart.id)).toEqual([
      'walsall/cypp', // Children and Young People's Partnership
      'walsall/hwb', // Health and Wellbeing Board
      'walsall/safer-walsall-partnership',
    ]);
    for (const line of annual) {
      expect(line).toMatchObject({
        direction: 'OUT',
        cadence: 'annual',
        timing: 'between October and December',
        presenter: { id: 'walsall/safeguarding-boards-independent-chair' },
      });
      expect(line.evidence.some((e) => e.quote.includes('Between October and December'))).toBe(
        true,
      );
    }
    // OUT lines come before IN lines.
    const all = dataOf<{ reportingLines: Line[] }>(await t.graphql(lines, { id: 'walsall/wscb' }));
    const directions = all.reportingLines.map((l) => l.direction);
    expect(directions.indexOf('IN')).toBeGreaterThan(directions.lastIndexOf('OUT'));
  });

  it('reportingLines answers NOT_FOUND for an unknown node', async () => {
    const res = await t.graphql(lines, { id: 'walsall/nowhere' });
    expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
  });

  it('Oxfordshire counts, and Wiltshire counts change with asOf', async () => {
    const q = `{ o: area(id: "oxfordshire") { counts { documents bodies posts organisations persons obligations relationships } }
      w15: area(id: "wiltshire") { counts(asOf: "2015-01-01") { documents obligations } }
      w20: area(id: "wiltshire") { counts(asOf: "2020-01-01") { documents obligations } } }`;
    const data = dataOf<Record<string, { counts: Record<string, number> }>>(await t.graphql(q));
    expect(data.o?.counts).toEqual({
      documents: 1,
      bodies: 3, // OSCB, the Children's Trust, CDOP
      posts: 1, // the Chair of the OSCB
      organisations: 1,
      persons: 0,
      obligations: 42,
      relationships: 94,
    });
    expect(data.w15?.counts.documents).toBe(1);
    expect(data.w20?.counts.documents).toBe(2);
    expect(data.w15?.counts.obligations).not.toBe(data.w20?.counts.obligations);
  });

  it('area bodies are ordered by name, paginate, and filter by the document that mentions them', async () => {
    const q = `query($after: String) { area(id: "wiltshire") {
      all: bodies(first: 200) { totalCount edges { node { name } } }
      page: bodies(first: 2, after: $after) { edges { cursor node { id } } pageInfo { hasNextPage } }
      of2014: bodies(documentId: "wiltshire/2014", first: 200) { edges { node { id } } } } }`;
    type Page = { edges: { cursor: string; node: { id: string; name: string } }[] };
    const data = dataOf<{ area: { all: Page & { totalCount: number }; page: Page; of2014: Page } }>(
      await t.graphql(q),
    );
    const names = data.area.all.edges.map((e) => e.node.name);
    expect(names).toEqual([...names].sort());
    expect(data.area.all.totalCount).toBe(31);
    const of2014 = data.area.of2014.edges.map((e) => e.node.id);
    expect(of2014).toContain('wiltshire/wscb');
    expect(of2014).not.toContain('wiltshire/svpp'); // the SVPP appears only in the 2019 plan
    const next = dataOf<{ area: { page: Page } }>(
      await t.graphql(q, { after: data.area.page.edges[1]?.cursor }),
    );
    expect(next.area.page.edges[0]?.node.id).not.toBe(data.area.page.edges[0]?.node.id);
  });

  it('obligations of a holder, filtered by duty type and asOf', async () => {
    const q = `query($asOf: IsoDate, $dutyTypes: [String!]) { node(id: "wiltshire/wscb") { ... on Agent {
      obligations(asOf: $asOf, dutyTypes: $dutyTypes) { totalCount edges { node { id documentId } } } } } }`;
    type Conn = { totalCount: number; edges: { node: { id: string; documentId: string } }[] };
    const all = dataOf<{ node: { obligations: Conn } }>(await t.graphql(q, { asOf: '2015-01-01' }));
    expect(all.node.obligations.totalCount).toBeGreaterThan(1);
    expect(all.node.obligations.edges.every((e) => e.node.documentId === 'wiltshire/2014')).toBe(
      true,
    );
    const ids = all.node.obligations.edges.map((e) => e.node.id);
    expect(ids).toEqual([...ids].sort());
    // wiltshire/2014: the WSCB will "Present its Annual Report ... to the Trust"
    const annual = dataOf<{ node: { obligations: Conn } }>(
      await t.graphql(q, { asOf: '2015-01-01', dutyTypes: ['ANNUAL_REPORT'] }),
    );
    expect(annual.node.obligations.totalCount).toBeGreaterThan(0);
    expect(annual.node.obligations.totalCount).toBeLessThan(all.node.obligations.totalCount);
    const bad = await t.graphql(q, { dutyTypes: ['annual report'] });
    expect(bad.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });
});
