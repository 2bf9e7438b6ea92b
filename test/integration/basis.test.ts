import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './support/app.ts';
import { dataOf, startSeededApp } from './support/seeded.ts';

/**
 * Issue 14 points 3 and 7 through the real HTTP app and the bundled areas:
 * readings beyond the words come back INTERPRETED with their reason (on
 * relationships, obligations, nodes and the canvas's edges), stated facts
 * STATED, and the new statements (safeguarding partners, coverage, "on behalf
 * of", blank signatures, stated aims) with their quotes.
 */
interface Rel {
  type: string;
  fromId: string;
  toId: string;
  basis: string;
  interpretation: string | null;
  role?: string;
  signatureBlank?: boolean;
  subject?: string | null;
  evidence: { quote: string; start: number; end: number; documentId: string }[];
}

const RELS = `query ($id: ID!, $direction: Direction, $types: [RelationshipType!]) {
  node(id: $id) {
    id basis interpretation
    relationships(first: 50, direction: $direction, types: $types, allTime: true) {
      edges { node {
        type fromId toId basis interpretation
        evidence { quote start end documentId }
        ... on ChairsRelationship { role }
        ... on SignedRelationship { signatureBlank }
        ... on RepresentsRelationship { subject }
      } }
    }
  }
}`;

describe('basis and the new statements (real seed data)', () => {
  let t: TestApp;
  const texts = new Map<string, string>();
  const rels = async (id: string, types: string[], direction = 'OUT') =>
    dataOf<{ node: { relationships: { edges: { node: Rel }[] } } }>(
      await t.graphql(RELS, { id, types, direction }),
    ).node.relationships.edges.map((e) => e.node);
  const inPlace = (r: Rel) =>
    r.evidence.every((e) => texts.get(e.documentId)?.slice(e.start, e.end) === e.quote);

  beforeAll(async () => {
    t = await startSeededApp();
    const data = dataOf<{ areas: { documents: { id: string; text: string | null }[] }[] }>(
      await t.graphql('{ areas { documents { id text } } }'),
    );
    for (const d of data.areas.flatMap((a) => a.documents)) if (d.text) texts.set(d.id, d.text);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers INTERPRETED with the reason for a reading, STATED for what a document says', async () => {
    const [mandate] = await rels('wiltshire/wiltshire-police', ['ACCOUNTABLE_TO']);
    expect(mandate).toMatchObject({ toId: 'wiltshire/opcc', basis: 'INTERPRETED' });
    expect(mandate?.interpretation).toMatch(/without pairing them/);
    const [title] = await rels('wiltshire/linda-prosser', ['HOLDS_POST']);
    expect(title).toMatchObject({ toId: 'wiltshire/ccg-chief-executive', basis: 'INTERPRETED' });
    expect(title?.interpretation).toMatch(/does not equate the two titles/);
    const stated = await rels('wiltshire/wscb', ['HOLDS_TO_ACCOUNT']);
    expect(stated.length).toBeGreaterThan(0);
    expect(stated.every((r) => r.basis === 'STATED' && r.interpretation === null)).toBe(true);
  });

  it('marks obligations and nodes too', async () => {
    const node = async (id: string) =>
      dataOf<{ node: { basis: string; interpretation: string | null } }>(
        await t.graphql('query ($id: ID!) { node(id: $id) { basis interpretation } }', { id }),
      ).node;
    expect(await node('wiltshire/2019/sps-walkabouts')).toMatchObject({ basis: 'INTERPRETED' });
    expect(await node('walsall/partner-organisations')).toMatchObject({ basis: 'INTERPRETED' });
    expect(await node('wiltshire/wscb')).toEqual({ basis: 'STATED', interpretation: null });
  });

  it("draws the area's interpreted edges with their reason", async () => {
    const data = dataOf<{
      area: { graph: { edges: { type: string; basis: string; interpretation: string | null }[] } };
    }>(
      await t.graphql(
        '{ area(id: "wiltshire") { graph(allTime: true) { edges { type basis interpretation } } } }',
      ),
    );
    const read = data.area.graph.edges.filter((e) => e.basis === 'INTERPRETED');
    expect(read.map((e) => e.type)).toEqual(
      expect.arrayContaining(['ACCOUNTABLE_TO', 'HOLDS_POST', 'SUCCEEDED_BY', 'HOLDS_TO_ACCOUNT']),
    );
    expect(read.every((e) => (e.interpretation ?? '').length > 20)).toBe(true);
  });

  it('names the statutory safeguarding partners of Wiltshire and what the SVPP covers', async () => {
    const partners = await rels('wiltshire', ['SAFEGUARDING_PARTNER_OF'], 'IN');
    expect(partners.map((r) => r.fromId).sort()).toEqual([
      'wiltshire/nhs-wiltshire-ccg',
      'wiltshire/wiltshire-council',
      'wiltshire/wiltshire-police',
    ]);
    expect(partners.every(inPlace)).toBe(true);
    const [covers] = await rels('wiltshire/svpp', ['COVERS']);
    expect(covers).toMatchObject({ toId: 'wiltshire/wiltshire-council', basis: 'STATED' });
    expect(covers?.evidence[0]?.quote).toBe(
      'The boundaries for the SVPP will be those of Wiltshire Council.',
    );
  });

  it('records blank signature cells and who signs on behalf of whom', async () => {
    const [signed] = await rels('wiltshire/wscb-chair', ['SIGNED']);
    expect(signed).toMatchObject({ toId: 'wiltshire/2014', signatureBlank: true });
    expect(signed?.evidence.some((e) => /Trust\n\n\n\nChair\n\nChair$/.test(e.quote))).toBe(true);
    expect(signed && inPlace(signed)).toBe(true);
    const [behalf] = await rels('wiltshire/wscb-chair', ['REPRESENTS']);
    expect(behalf).toMatchObject({ toId: 'wiltshire/wscb', subject: 'agreeing this protocol' });
    const chairs = await rels('wiltshire/wscb-chair', ['CHAIRS']);
    expect(chairs.every((r) => r.role === 'chair')).toBe(true);
  });

  it("gives a document's stated aim as a fact with its quote, and none where it states none", async () => {
    const aims = async (id: string) =>
      dataOf<{ node: { facts: { value: string; evidence: { quote: string }[] }[] } }>(
        await t.graphql(
          'query ($id: ID!) { node(id: $id) { ... on Document { facts(category: [AIM]) { value evidence { quote } } } } }',
          { id },
        ),
      ).node.facts;
    const [walsall] = await aims('walsall/2017');
    expect(walsall?.evidence[0]?.quote).toMatch(/^The aim of this protocol is to set out/);
    expect(await aims('oxfordshire/2009')).toEqual([]);
  });
});
