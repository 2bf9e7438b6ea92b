import { describe, expect, it } from 'vitest';
import { accountabilityFromPages, comparisonFromPages, nextCursor } from './pages';
import type { ApiAccountabilityPage, ApiComparisonPage } from './types';

const quote = (id: string, quote: string) => ({
  id,
  documentId: 'wiltshire/2014',
  quote,
  section: 'Roles',
  start: 0,
  end: quote.length,
});
const node = (id: string) => ({ id, name: id });
const hop = (rel: string, evidenceIds: string[]) => ({
  kind: 'HOLDS_TO_ACCOUNT' as const,
  mode: null,
  reversed: false,
  evidenceIds,
  from: node('a'),
  to: node('b'),
  relationship: {
    id: rel,
    type: 'HOLDS_TO_ACCOUNT' as const,
    fromId: 'a',
    toId: 'b',
    documentId: 'wiltshire/2014',
    basis: 'STATED' as const,
    interpretation: null,
  },
});
const chainPage = (
  chains: ReturnType<typeof hop>[][],
  evidence: ReturnType<typeof quote>[],
  endCursor: string | null,
): ApiAccountabilityPage => ({
  direction: 'HOLDERS',
  asOf: '2026-12-07',
  truncated: false,
  limited: false,
  subject: node('b'),
  chainPage: {
    totalCount: 3,
    pageInfo: { hasNextPage: endCursor !== null, endCursor },
    evidence,
    chains: chains.map((hops) => ({ length: hops.length, truncated: false, end: node('a'), hops })),
  },
});

describe('pages of chains', () => {
  it('puts each quote back under every hop that refers to it, pages in order', () => {
    const q1 = quote('d@0-5', 'Hold ');
    const q2 = quote('d@5-9', 'Trust');
    const first = chainPage(
      [[hop('r1', ['d@0-5'])], [hop('r2', ['d@0-5', 'd@5-9'])]],
      [q1, q2],
      'c2',
    );
    const second = chainPage([[hop('r3', ['d@5-9'])]], [q2], null);
    const answer = accountabilityFromPages(first, [second]);
    expect(answer.totalCount).toBe(3);
    expect(answer.chains.map((c) => c.hops[0]?.relationship.id)).toEqual(['r1', 'r2', 'r3']);
    expect(answer.chains[1]?.hops[0]?.relationship.evidence.map((e) => e.quote)).toEqual([
      'Hold ',
      'Trust',
    ]);
    expect(answer.chains[2]?.hops[0]?.relationship.evidence[0]).toEqual({
      documentId: 'wiltshire/2014',
      quote: 'Trust',
      section: 'Roles',
      start: 0,
      end: 5,
    });
    expect(nextCursor(first.chainPage)).toBe('c2');
    expect(nextCursor(second.chainPage)).toBeNull();
  });
});

describe('pages of comparison rows', () => {
  it('puts each obligation and its quotes back under every holder that names it', () => {
    const page: ApiComparisonPage = {
      asOf: '2026-12-07',
      areas: [{ id: 'x', name: 'X' }],
      rowPage: {
        totalCount: 1,
        pageInfo: { hasNextPage: false, endCursor: 'r' },
        evidence: [quote('d@0-5', 'Hold ')],
        obligations: [
          {
            evidenceIds: ['d@0-5'],
            obligation: { id: 'o1', text: 'Hold', documentId: 'wiltshire/2014' },
          },
        ],
        rows: [
          {
            dutyType: { code: 'C', label: 'L', category: 'c' },
            cells: [
              {
                areaId: 'x',
                status: 'SHARED',
                holders: [
                  { lead: false, obligationIds: ['o1'], holder: node('h1') },
                  { lead: false, obligationIds: ['o1'], holder: node('h2') },
                ],
              },
            ],
          },
        ],
      },
    };
    const answer = comparisonFromPages(page);
    const holders = answer.rows[0]?.cells[0]?.holders ?? [];
    expect(holders.map((h) => h.obligations.map((o) => [o.id, o.evidence[0]?.quote]))).toEqual([
      [['o1', 'Hold ']],
      [['o1', 'Hold ']],
    ]);
    expect(answer.totalCount).toBe(1);
  });
});
