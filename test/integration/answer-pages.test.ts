/**
 * Small answers (issue 12 point 6, decision 0028): chains and the comparison
 * matrix come in pages with a total, and each quote is sent once per answer,
 * referred to by id, instead of once per hop or cell.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from './support/app.ts';
import { dataOf, startSeededApp } from './support/seeded.ts';

const QUOTED = 'id documentId quote section start end';
const CHAIN_PAGE = `query ($id: ID!, $direction: AccountabilityDirection, $first: Int, $after: String) {
  accountability(id: $id, direction: $direction) {
    chains { length hops { relationship { id evidence { documentId quote section start end } } } }
    chainPage(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      chains { length hops { evidenceIds relationship { id } } }
      evidence { ${QUOTED} }
    }
  }
}`;

interface Quoted {
  id: string;
  documentId: string;
  quote: string;
  section: string;
  start: number;
  end: number;
}
interface PageHop {
  evidenceIds: string[];
  relationship: { id: string };
}
interface ChainPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  chains: { length: number; hops: PageHop[] }[];
  evidence: Quoted[];
}
interface FullHop {
  relationship: { id: string; evidence: Omit<Quoted, 'id'>[] };
}

let t: TestApp;
beforeAll(async () => {
  t = await startSeededApp();
}, 120_000);
afterAll(async () => t?.close());

/** The subject (of the bundled areas) with the most chains, and its whole answer. */
async function busiestSubject(): Promise<{
  id: string;
  direction: string;
  chains: { hops: FullHop[] }[];
}> {
  let best = { id: '', direction: 'HOLDERS', chains: [] as { hops: FullHop[] }[] };
  for (const id of ['walsall/wscb', 'walsall/wsab', 'walsall/hwb', 'wiltshire/svpp']) {
    for (const direction of ['HOLDERS', 'HELD']) {
      const data = dataOf<{ accountability: { chains: { hops: FullHop[] }[] } }>(
        await t.graphql(CHAIN_PAGE, { id, direction, first: 1 }),
      );
      if (data.accountability.chains.length > best.chains.length)
        best = { id, direction, chains: data.accountability.chains };
    }
  }
  return best;
}

describe('accountability chains in pages, each quote once', () => {
  it('pages through every chain in order, with a total, each quote listed once per page and referred to by id', async () => {
    const { id, direction, chains } = await busiestSubject();
    expect(chains.length).toBeGreaterThan(30);
    const pages: ChainPage[] = [];
    let after: string | null = null;
    do {
      const data: { accountability: { chainPage: ChainPage } } = dataOf(
        await t.graphql(CHAIN_PAGE, { id, direction, first: 10, after }),
      );
      const page = data.accountability.chainPage;
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages.length < 100);
    expect(pages.every((p) => p.totalCount === chains.length)).toBe(true);
    expect(pages.slice(0, -1).every((p) => p.chains.length === 10)).toBe(true);
    const paged = pages.flatMap((p) => p.chains);
    // Same chains, same order, same statements as the whole list.
    expect(paged.map((c) => c.hops.map((h) => h.relationship.id))).toEqual(
      chains.map((c) => c.hops.map((h) => h.relationship.id)),
    );
    for (const [p, page] of pages.entries()) {
      const ids = page.evidence.map((e) => e.id);
      expect(new Set(ids).size, `page ${p}: a quote listed twice`).toBe(ids.length);
      const byId = new Map(page.evidence.map((e) => [e.id, e]));
      const referred = new Set(page.chains.flatMap((c) => c.hops.flatMap((h) => h.evidenceIds)));
      expect([...referred].sort(), `page ${p}: quotes listed but not referred to`).toEqual(
        [...ids].sort(),
      );
      for (const [i, chain] of page.chains.entries()) {
        const full = chains[p * 10 + i] as { hops: FullHop[] };
        chain.hops.forEach((hop, j) => {
          const quotes = hop.evidenceIds.map((q) => {
            const { id: _id, ...rest } = byId.get(q) as Quoted;
            return rest;
          });
          expect(quotes).toEqual(full.hops[j]?.relationship.evidence);
        });
      }
    }
    // The paged answer sends fewer quotes than the whole list repeats.
    const repeated = chains.flatMap((c) => c.hops.flatMap((h) => h.relationship.evidence)).length;
    const sent = pages.reduce((n, p) => n + p.evidence.length, 0);
    expect(sent).toBeLessThan(repeated);
  });

  it('refuses a cursor from another list and a page size out of range', async () => {
    const bad = await t.graphql(CHAIN_PAGE, {
      id: 'walsall/wscb',
      direction: 'HELD',
      first: 5,
      after: 'bm90LWEtY2hhaW4',
    });
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const big = await t.graphql(
      `{ accountability(id: "walsall/wscb") { chainPage(first: 500) { totalCount } } }`,
    );
    expect(big.body.errors?.[0]?.message).toMatch(/"first" must be between 1 and 200/);
  });
});
