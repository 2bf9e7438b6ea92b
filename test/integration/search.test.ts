import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './support/app.ts';
import { dataOf, startSeededApp } from './support/seeded.ts';

type Hit = {
  node: { id: string };
  score: number;
  matchedOn: string;
  snippet: string;
  matchStart: number;
  matchEnd: number;
};
type Result = { search: { totalCount: number; edges: { node: Hit }[] } };

const SEARCH = `query($text: String!, $areaId: ID, $kinds: [SearchKind!], $first: Int, $allTime: Boolean) {
  search(text: $text, areaId: $areaId, kinds: $kinds, first: $first, allTime: $allTime) {
    totalCount edges { node { node { id } score matchedOn snippet matchStart matchEnd } } } }`;

describe('search over the seed data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startSeededApp();
  });
  afterAll(async () => {
    await t.close();
  });

  const hits = async (variables: Record<string, unknown>) =>
    dataOf<Result>(await t.graphql(SEARCH, variables)).search.edges.map((e) => e.node);

  it('every kind of node a hit can name has a name: a title, a label or a text where it has no name', async () => {
    const ids = [
      'wiltshire',
      'wiltshire/2014',
      'wiltshire/wscb',
      'wiltshire/dcs',
      'wiltshire/wiltshire-council',
      'peterborough/debbie-brayshaw',
      'wiltshire/2014/both-avoid-duplication',
      'duty/PARTNERSHIP_ALIGNMENT',
      'law/ca2004/s11',
    ];
    const { nodes } = dataOf<{ nodes: { __typename: string; name: string }[] }>(
      await t.graphql('query($ids: [ID!]!) { nodes(ids: $ids) { __typename name } }', { ids }),
    );
    expect(nodes.map((n) => [n.__typename, n.name])).toEqual([
      ['Area', 'Wiltshire'],
      [
        'Document',
        "Protocol between the Wiltshire Safeguarding Children Board (WSCB) and Wiltshire Children and Young People's Trust ('Children's Trust')",
      ],
      ['Body', 'Wiltshire Safeguarding Children Board'],
      ['Post', "Director of Children's Services"],
      ['Organisation', 'Wiltshire Council'],
      ['Person', 'Debbie Brayshaw'],
      [
        'Obligation',
        'Work together to ensure action taken by one body does not duplicate that taken by another',
      ],
      ['DutyType', 'Aligning with other partnerships'],
      ['StatutoryProvision', 'Arrangements to safeguard and promote welfare'],
    ]);
  });

  it('"OCYPT" finds the Oxfordshire Children’s Trust first, through its alias', async () => {
    // oxfordshire/2009 title: "Working arrangements between OSCB and OCYPT"
    const [first, second] = await hits({ text: 'OCYPT' });
    expect(first).toMatchObject({
      node: { id: 'oxfordshire/childrens-trust' },
      matchedOn: 'ALIAS',
      snippet: 'OCYPT',
    });
    expect(second?.node.id).toBe('oxfordshire/2009'); // a whole word of the document title ranks lower
    expect(second!.score).toBeLessThan(first!.score);
  });

  it('"stay safe" in Peterborough finds the Stay Safe Partnership Group first', async () => {
    const found = await hits({ text: 'stay safe', areaId: 'peterborough' });
    expect(found[0]).toMatchObject({ node: { id: 'peterborough/stay-safe-partnership' } });
    expect(found[0]?.snippet.slice(found[0].matchStart, found[0].matchEnd)).toBe('Stay Safe');
    expect(found.every((h) => h.node.id.startsWith('peterborough/'))).toBe(true);
  });

  it('"serious case review" finds obligations by their text', async () => {
    const found = await hits({ text: 'serious case review', kinds: ['OBLIGATION'], first: 50 });
    expect(found.length).toBeGreaterThan(0);
    for (const hit of found) {
      expect(hit.matchedOn).toBe('TEXT');
      expect(hit.snippet.slice(hit.matchStart, hit.matchEnd).toLowerCase()).toBe(
        'serious case review',
      );
    }
    expect(found.map((h) => h.node.id)).toContain('oxfordshire/2009/oscb-serious-case-reviews');
  });

  it('a straight apostrophe matches the curly one (Peterborough alias "Children’s Trust")', async () => {
    const found = await hits({ text: 'Children’s Trust', areaId: 'peterborough', kinds: ['BODY'] });
    expect(found[0]).toMatchObject({ node: { id: 'peterborough/childrens-trust' }, score: 100 });
    const straight = await hits({ text: "children's trust", areaId: 'wiltshire', kinds: ['BODY'] });
    expect(straight[0]).toMatchObject({
      node: { id: 'wiltshire/childrens-trust' },
      matchedOn: 'ALIAS',
    });
  });

  it('ranks the exact name above names that only contain the text, and pages stably', async () => {
    const found = await hits({ text: 'health and wellbeing board', areaId: 'walsall' });
    expect(found[0]).toMatchObject({ node: { id: 'walsall/hwb' }, score: 100, matchedOn: 'NAME' });
    const scores = found.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('finds a duty type by its code', async () => {
    const found = await hits({ text: 'ANNUAL_REPORT', kinds: ['DUTY_TYPE'] });
    expect(found[0]).toMatchObject({ node: { id: 'duty/ANNUAL_REPORT' }, matchedOn: 'CODE' });
  });

  it('superseded obligations are found only with allTime (Wiltshire 2014)', async () => {
    const text = 'formal response';
    const now = await hits({ text, areaId: 'wiltshire', kinds: ['OBLIGATION'] });
    const ever = await hits({ text, areaId: 'wiltshire', kinds: ['OBLIGATION'], allTime: true });
    expect(ever.some((h) => h.node.id.startsWith('wiltshire/2014/'))).toBe(true);
    expect(now.some((h) => h.node.id.startsWith('wiltshire/2014/'))).toBe(false);
  });

  it.each([['a'], ['x'.repeat(201)], ['   ']])(
    'rejects text %# outside 2..200 characters',
    async (text) => {
      const res = await t.graphql(SEARCH, { text });
      expect(res.body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    },
  );
});
