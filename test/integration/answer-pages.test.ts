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

const ROW_PAGE = `query ($areaIds: [ID!]!, $first: Int, $after: String) {
  compareAreas(areaIds: $areaIds) {
    rows {
      dutyType { id }
      cells { areaId status holders { holder { id } obligations { id evidence { documentId quote section start end } } } }
    }
    rowPage(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      rows { dutyType { id } cells { areaId status holders { holder { id } obligationIds } } }
      obligations { obligation { id } evidenceIds }
      evidence { ${QUOTED} }
    }
  }
}`;

interface FullRow {
  dutyType: { id: string };
  cells: {
    areaId: string;
    status: string;
    holders: {
      holder: { id: string };
      obligations: { id: string; evidence: Omit<Quoted, 'id'>[] }[];
    }[];
  }[];
}
interface RowPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  rows: {
    dutyType: { id: string };
    cells: {
      areaId: string;
      status: string;
      holders: { holder: { id: string }; obligationIds: string[] }[];
    }[];
  }[];
  obligations: { obligation: { id: string }; evidenceIds: string[] }[];
  evidence: Quoted[];
}

describe('the comparison matrix in pages, each obligation and quote once', () => {
  it('pages through every row with a total; holders name obligations listed once, obligations name quotes listed once', async () => {
    const areaIds = ['oxfordshire', 'peterborough', 'walsall', 'wiltshire'];
    const pages: RowPage[] = [];
    let whole: FullRow[] = [];
    let after: string | null = null;
    do {
      const data: { compareAreas: { rows: FullRow[]; rowPage: RowPage } } = dataOf(
        await t.graphql(ROW_PAGE, { areaIds, first: 8, after }),
      );
      whole = data.compareAreas.rows;
      pages.push(data.compareAreas.rowPage);
      after = data.compareAreas.rowPage.pageInfo.hasNextPage
        ? data.compareAreas.rowPage.pageInfo.endCursor
        : null;
    } while (after && pages.length < 100);
    expect(whole.length).toBeGreaterThan(8);
    expect(pages.every((p) => p.totalCount === whole.length)).toBe(true);
    const rows = pages.flatMap((p) => p.rows);
    expect(rows.map((r) => r.dutyType.id)).toEqual(whole.map((r) => r.dutyType.id));
    let repeated = 0;
    let sent = 0;
    let index = 0;
    for (const [p, page] of pages.entries()) {
      const obligations = new Map(page.obligations.map((o) => [o.obligation.id, o.evidenceIds]));
      expect(obligations.size, `page ${p}: an obligation listed twice`).toBe(
        page.obligations.length,
      );
      const quotes = new Map(page.evidence.map((e) => [e.id, e]));
      expect(quotes.size, `page ${p}: a quote listed twice`).toBe(page.evidence.length);
      sent += page.evidence.length;
      expect(page.rows.length).toBeGreaterThan(0);
      expect(page.rows.length).toBeLessThanOrEqual(8);
      for (const row of page.rows) {
        const full = whole[index++] as FullRow;
        row.cells.forEach((cell, c) => {
          const fullCell = full.cells[c] as FullRow['cells'][number];
          expect(cell.status).toBe(fullCell.status);
          cell.holders.forEach((h, k) => {
            const fullHolder = fullCell.holders[k] as FullRow['cells'][number]['holders'][number];
            expect(h.holder.id).toBe(fullHolder.holder.id);
            expect(h.obligationIds).toEqual(fullHolder.obligations.map((o) => o.id));
            for (const o of fullHolder.obligations) {
              repeated += o.evidence.length;
              const ids = obligations.get(o.id) as string[];
              expect(ids, `page ${p}: obligation ${o.id} not listed`).toBeDefined();
              expect(
                ids.map((q) => {
                  const { id: _id, ...rest } = quotes.get(q) as Quoted;
                  return rest;
                }),
              ).toEqual(o.evidence);
            }
          });
        });
      }
    }
    expect(sent).toBeLessThan(repeated);
  });
});
