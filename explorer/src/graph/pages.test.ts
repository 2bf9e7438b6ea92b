import { describe, expect, it } from 'vitest';
import {
  accountabilityFromPages,
  comparisonFromPages,
  diffFromPages,
  findingsFromPages,
  flagsFromSet,
  nextCursor,
  postObligationsFromPages,
} from './pages';
import type {
  ApiAccountabilityPage,
  ApiComparisonPage,
  ApiFindingsPage,
  ApiPostObligationsPage,
  ApiSentDiff,
} from './types';

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

describe('finding badges and finding pages (decision 0028)', () => {
  it("puts each flag's finding ids back from their positions", () => {
    const flags = flagsFromSet({
      findingIds: ['A:doc:x', 'B:doc:x:y'],
      flags: [
        {
          subjectId: 'x',
          subjectKind: 'node',
          count: 2,
          highestSeverity: 'HIGH',
          allAccepted: false,
          findings: [0, 1],
          ruleIds: ['A', 'B'],
        },
        {
          subjectId: 'y',
          subjectKind: 'node',
          count: 1,
          highestSeverity: 'LOW',
          allAccepted: true,
          findings: [1],
          ruleIds: ['B'],
        },
      ],
    });
    expect(flags.map((f) => [f.subjectId, f.findingIds])).toEqual([
      ['x', ['A:doc:x', 'B:doc:x:y']],
      ['y', ['B:doc:x:y']],
    ]);
    expect(flags[1]).not.toHaveProperty('findings');
  });

  it('joins the pages of findings in order and keeps the rules of the first', () => {
    const finding = (id: string) => ({
      id,
      ruleId: 'A',
      areaId: 'w',
      documentId: 'w/2014',
      asOf: '2026-12-07',
      severity: 'LOW' as const,
      status: 'OPEN' as const,
      message: id,
      nodeIds: [],
      relationshipIds: [],
      law: { kind: 'DOCUMENT_PERIOD' as const, label: 'law' },
      evidence: [],
      mitigation: null,
    });
    const page = (
      ids: string[],
      endCursor: string | null,
      withRules: boolean,
    ): ApiFindingsPage => ({
      ...(withRules
        ? { findingRules: [{ id: 'A', title: 'A', rationale: 'r', severity: 'LOW' as const }] }
        : {}),
      findings: {
        totalCount: 3,
        pageInfo: { hasNextPage: endCursor !== null, endCursor },
        edges: ids.map((id) => ({ node: finding(id) })),
      },
    });
    const first = page(['f1', 'f2'], 'c2', true);
    expect(nextCursor(first.findings)).toBe('c2');
    const all = findingsFromPages(first, [page(['f3'], null, false)]);
    expect(all.findings.map((f) => f.id)).toEqual(['f1', 'f2', 'f3']);
    expect(all.totalCount).toBe(3);
    expect(all.rules.map((r) => r.id)).toEqual(['A']);
  });

  it("puts a post's obligations back under their groups, page by page", () => {
    const obligation = (id: string) => ({
      id,
      text: id,
      modality: null,
      documentId: 'w/2014',
      basis: 'STATED' as const,
      interpretation: null,
      dutyTypes: [],
      evidence: [],
    });
    const page = (
      items: [number, string][],
      endCursor: string | null,
      withGroups: boolean,
    ): ApiPostObligationsPage => ({
      asOf: '2026-12-07',
      post: { id: 'w/dcs', name: 'DCS' },
      ...(withGroups
        ? {
            groups: [
              { body: null, via: [], obligationCount: 1 },
              { body: { id: 'w/wscb', name: 'WSCB' }, via: [], obligationCount: 2 },
            ],
          }
        : {}),
      obligationPage: {
        totalCount: 3,
        pageInfo: { hasNextPage: endCursor !== null, endCursor },
        edges: items.map(([group, id]) => ({ node: { group, obligation: obligation(id) } })),
      },
    });
    const first = page(
      [
        [0, 'o1'],
        [1, 'o2'],
      ],
      'c2',
      true,
    );
    const partial = postObligationsFromPages(first);
    expect(partial.complete).toBe(false);
    expect(partial.totalCount).toBe(3);
    expect(partial.groups.map((g) => g.obligations.map((o) => o.id))).toEqual([['o1'], ['o2']]);
    const all = postObligationsFromPages(first, [page([[1, 'o3']], null, false)]);
    expect(all.complete).toBe(true);
    expect(all.groups.map((g) => g.obligations.map((o) => o.id))).toEqual([['o1'], ['o2', 'o3']]);
    expect(all.groups.map((g) => g.obligationCount)).toEqual([1, 2]);
    expect(all.post.id).toBe('w/dcs');
  });
});

describe('a diff as sent (a page at a time, each quote once per page)', () => {
  it('puts the pages together and the quotes back under each added and removed relationship, in order', () => {
    const q = (id: string, quote: string) => ({
      id,
      documentId: id.split('@')[0] ?? '',
      quote,
      section: 's',
      start: 0,
      end: quote.length,
    });
    const rel = (id: string, evidenceIds: string[]) => ({
      id,
      type: 'MEMBER_OF' as const,
      fromId: 'a',
      toId: 'b',
      evidenceIds,
    });
    const first: ApiSentDiff = {
      bodies: { added: [], removed: [], unchanged: 0 },
      relationships: {
        addedCount: 3,
        removedCount: 2,
        changed: [],
        unchanged: 2,
        page: {
          pageInfo: { hasNextPage: true, endCursor: 'c2' },
          added: [rel('r1', ['d@1-2', 'd@3-4']), rel('r2', ['d@3-4'])],
          removed: [],
          evidence: [q('d@1-2', 'one'), q('d@3-4', 'two')],
        },
      },
      obligations: { addedCount: 3, removedCount: 1, unchanged: 0 },
    };
    // a following page (withRest false): only the counts and the page
    const second: ApiSentDiff = {
      relationships: {
        addedCount: 3,
        removedCount: 2,
        page: {
          pageInfo: { hasNextPage: false, endCursor: 'c5' },
          added: [rel('r3', ['d@3-4'])],
          removed: [rel('r4', []), rel('r5', ['e@5-6'])],
          evidence: [q('d@3-4', 'two'), q('e@5-6', 'three')],
        },
      },
    };
    const partial = diffFromPages(first, []);
    expect(partial.complete).toBe(false);
    expect(partial.relationships.added.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(partial.relationships.addedCount).toBe(3);
    const diff = diffFromPages(first, [second]);
    expect(diff.complete).toBe(true);
    expect(diff.relationships.added.map((r) => r.evidence.map((e) => e.quote))).toEqual([
      ['one', 'two'],
      ['two'],
      ['two'],
    ]);
    expect(diff.relationships.removed.map((r) => r.evidence.map((e) => e.quote))).toEqual([
      [],
      ['three'],
    ]);
    expect(diff.relationships.added[0]).not.toHaveProperty('evidenceIds');
    expect(diff.relationships.unchanged).toBe(2);
    expect(diff.obligations).toEqual({ addedCount: 3, removedCount: 1, unchanged: 0 });
  });
});
