import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, startSeededApp } from './support/seeded.ts';
import type { TestApp } from './support/app.ts';

interface DocumentData {
  node: {
    id: string;
    title: string;
    status: string;
    effectiveFrom: string;
    effectiveTo: string | null;
    supersededBy: string | null;
    dates: { kind: string; date: string }[];
    notes: { kind: string; text: string }[];
    text: string;
    evidence: { quote: string; start: number; end: number }[];
  };
}

const QUERY = `query ($id: ID!) {
  node(id: $id) {
    id
    ... on Document {
      title status effectiveFrom effectiveTo supersededBy
      dates { kind date }
      notes { kind text }
      text
      evidence { quote start end }
    }
  }
}`;

describe('documents over GraphQL (real seed data)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startSeededApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves the source text so that every quote sits at its offsets', async () => {
    const { node } = dataOf<DocumentData>(await t.graphql(QUERY, { id: 'wiltshire/2014' }));
    expect(node.text).toContain(
      'The WSCB is a statutory body created under the Children Act 2004.',
    );
    expect(node.evidence.length).toBeGreaterThan(0);
    for (const e of node.evidence) expect(node.text.slice(e.start, e.end)).toBe(e.quote);
  });

  it('keeps each date with its meaning and says when the 2019 plan took over', async () => {
    const { node } = dataOf<DocumentData>(await t.graphql(QUERY, { id: 'wiltshire/2014' }));
    // "Date 15/12/2014" (signed), "Dated: 2.10.2014", "Review Date: 02.10.2015"
    expect(node.dates).toEqual(
      expect.arrayContaining([
        { kind: 'dated', date: '2014-10-02' },
        { kind: 'signed', date: '2014-12-15' },
        { kind: 'review-due', date: '2015-10-02' },
      ]),
    );
    expect(node).toMatchObject({ effectiveFrom: '2014-12-15', supersededBy: 'wiltshire/2019' });
  });

  it('records what a document lacks instead of inventing it (Oxfordshire "Draft 1 Protocol")', async () => {
    const { node } = dataOf<DocumentData>(await t.graphql(QUERY, { id: 'oxfordshire/2009' }));
    expect(node.status).toBe('draft');
    expect(node.notes.map((n) => n.kind)).toContain('draft');
  });
});
