import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './support/app.ts';
import { dataOf, startSeededApp } from './support/seeded.ts';

/**
 * Issue 12 point 4: each document date, note and "replaces" statement carries
 * its own quote and offsets, so "not stated" answers show why.
 */
interface Fact {
  category: string;
  kind: string;
  value: string;
  date: string | null;
  evidence: { documentId: string; quote: string; section: string; start: number; end: number }[];
}

const QUERY = `query ($id: ID!, $category: [DocumentFactCategory!]) {
  node(id: $id) {
    ... on Document {
      text
      facts(category: $category) {
        category kind value date
        evidence { documentId quote section start end }
      }
    }
  }
}`;

const DOCUMENTS = [
  'wiltshire/2014',
  'wiltshire/2019',
  'oxfordshire/2009',
  'peterborough/2009',
  'walsall/2017',
];

describe('document facts with their own evidence (real seed data)', () => {
  let t: TestApp;
  const facts = async (id: string, category?: string[]) =>
    dataOf<{ node: { text: string; facts: Fact[] } }>(
      await t.graphql(QUERY, { id, category: category ?? null }),
    ).node;

  beforeAll(async () => {
    t = await startSeededApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('gives each Wiltshire 2014 date its own quote, in place in the document', async () => {
    const { text, facts: dates } = await facts('wiltshire/2014', ['DATE']);
    expect(dates.map((f) => [f.kind, f.date, f.evidence.map((e) => e.quote)])).toEqual([
      ['dated', '2014-10-02', ['Dated: 2.10.2014']],
      ['signed', '2014-12-15', ['Date 15/12/2014']],
      ['review-due', '2015-10-02', ['Review Date: 02.10.2015']],
      ['effective-from', '2014-12-15', ['Date 15/12/2014']],
    ]);
    const review = dates.find((f) => f.kind === 'review-due')!;
    expect(review.evidence[0]).toMatchObject({
      documentId: 'wiltshire/2014',
      section: '9. Protocol acceptance and agreement',
    });
    expect(text.slice(review.evidence[0]!.start, review.evidence[0]!.end)).toBe(
      'Review Date: 02.10.2015',
    );
  });

  it('answers "when was Walsall 2017 ratified?" with the note that cites the blank date cells', async () => {
    const { text, facts: notes } = await facts('walsall/2017', ['NOTE']);
    expect(notes.every((f) => f.category === 'NOTE')).toBe(true);
    const blank = notes.filter((f) => f.kind === 'blank-field');
    expect(blank).toHaveLength(1);
    expect(blank[0]!.value).toContain('every "Date of meeting" cell is blank');
    const quotes = blank[0]!.evidence.map((e) => e.quote);
    expect(quotes).toContain('Partnership Board\tDate of meeting');
    expect(quotes).toContain('Walsall Safeguarding Children Board\t');
    for (const e of blank[0]!.evidence) expect(text.slice(e.start, e.end)).toBe(e.quote);
    // No ratified or signed date is invented.
    const dates = await facts('walsall/2017', ['DATE']);
    expect(dates.facts.map((f) => f.kind)).toEqual(['as-at', 'review-due', 'effective-from']);
  });

  it('says what Walsall 2017 replaces, in its own words', async () => {
    const { facts: replaces } = await facts('walsall/2017', ['REPLACES']);
    expect(replaces).toEqual([
      {
        category: 'REPLACES',
        kind: 'replaces',
        value: 'the protocol between the six key Boards as approved in November 2015',
        date: null,
        evidence: [
          {
            documentId: 'walsall/2017',
            quote:
              'It builds on and replaces the protocol between the six key Boards as approved in November 2015.',
            section: 'Walsall Partnership Inter Board Children and Adults Safeguarding Protocol',
            start: 343,
            end: 438,
          },
        ],
      },
    ]);
    expect((await facts('wiltshire/2014', ['REPLACES'])).facts).toEqual([]);
  });

  it('every fact of every bundled document has at least one quote that sits at its offsets', async () => {
    for (const id of DOCUMENTS) {
      const { text, facts: all } = await facts(id);
      expect(all.length).toBeGreaterThan(0);
      for (const f of all) {
        expect(f.evidence.length, `${id} ${f.kind}`).toBeGreaterThan(0);
        for (const e of f.evidence) {
          expect(e.documentId).toBe(id);
          expect(text.slice(e.start, e.end)).toBe(e.quote);
        }
      }
    }
  });

  it('an Oxfordshire year inferred from the Royal Assent sentence shows that sentence', async () => {
    const { facts: all } = await facts('oxfordshire/2009');
    const year = all.find((f) => f.category === 'DATE' && f.kind === 'year');
    expect(year?.value).toBe('2009');
    expect(year?.evidence.map((e) => e.quote)).toEqual([
      'The Apprenticeships, Skills, Children and Learning Act received Royal Assent on the 12 November 2009',
    ]);
  });
});
