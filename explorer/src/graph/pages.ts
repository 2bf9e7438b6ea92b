/**
 * Pages of chains and of comparison rows, and diffs, as the API sends them
 * (decision 0028: each quote and obligation once per page, referred to by
 * id), read back into the shapes the panels draw: each hop with its quotes,
 * each holder with its obligations and their quotes, each relationship of a
 * diff with its quotes. Pure.
 */
import type {
  ApiAccountability,
  ApiAccountabilityPage,
  ApiAreaComparison,
  ApiComparisonPage,
  ApiEvidence,
  ApiFinding,
  ApiFindingFlag,
  ApiFindingFlagSet,
  ApiFindingRule,
  ApiFindingsPage,
  ApiObligation,
  ApiPostObligations,
  ApiPostObligationsPage,
  ApiDiffRelationship,
  ApiGovernanceDiff,
  ApiSentDiff,
} from './types';

type Quoted = ApiAccountabilityPage['chainPage']['evidence'][number];

function quoteLookup(list: readonly Quoted[]): (ids: readonly string[]) => ApiEvidence[] {
  const byId = new Map(list.map((q) => [q.id, q]));
  return (ids) =>
    ids.flatMap((id) => {
      const q = byId.get(id);
      if (!q) return [];
      return [
        {
          documentId: q.documentId,
          quote: q.quote,
          section: q.section,
          start: q.start,
          end: q.end,
        },
      ];
    });
}

/** The chains of one page, each hop with its relationship's quotes. */
function chainsOf(page: ApiAccountabilityPage['chainPage']): ApiAccountability['chains'] {
  const quotes = quoteLookup(page.evidence);
  return page.chains.map((chain) => ({
    ...chain,
    hops: chain.hops.map(({ evidenceIds, relationship, ...hop }) => ({
      ...hop,
      relationship: { ...relationship, evidence: quotes(evidenceIds) },
    })),
  }));
}

/** The answer as the panels read it, from its first page and any pages after it, in order. */
export function accountabilityFromPages(
  first: ApiAccountabilityPage,
  next: readonly ApiAccountabilityPage[] = [],
): ApiAccountability {
  const { chainPage, ...rest } = first;
  return {
    ...rest,
    chains: [chainPage, ...next.map((p) => p.chainPage)].flatMap(chainsOf),
    totalCount: chainPage.totalCount,
  };
}

/** The rows of one page, each holder with its obligations and their quotes. */
function rowsOf(page: ApiComparisonPage['rowPage']): ApiAreaComparison['rows'] {
  const quotes = quoteLookup(page.evidence);
  const obligations = new Map(
    page.obligations.map((o) => [
      o.obligation.id,
      { ...o.obligation, evidence: quotes(o.evidenceIds) },
    ]),
  );
  return page.rows.map((row) => ({
    ...row,
    cells: row.cells.map((cell) => ({
      ...cell,
      holders: cell.holders.map(({ obligationIds, ...holder }) => ({
        ...holder,
        obligations: obligationIds.flatMap((id) => obligations.get(id) ?? []),
      })),
    })),
  }));
}

/** The comparison as the matrix reads it, from its first page and any pages after it, in order. */
export function comparisonFromPages(
  first: ApiComparisonPage,
  next: readonly ApiComparisonPage[] = [],
): ApiAreaComparison {
  const { rowPage, ...rest } = first;
  return {
    ...rest,
    rows: [rowPage, ...next.map((p) => p.rowPage)].flatMap(rowsOf),
    totalCount: rowPage.totalCount,
  };
}

/** The finding badges with their finding ids put back (the API names each by position). */
export function flagsFromSet(set: ApiFindingFlagSet): ApiFindingFlag[] {
  return set.flags.map(({ findings, ...flag }) => ({
    ...flag,
    findingIds: findings.flatMap((i) => set.findingIds[i] ?? []),
  }));
}

/** Every finding loaded so far, in order, and the rules (sent with the first page). */
export function findingsFromPages(
  first: ApiFindingsPage,
  next: readonly ApiFindingsPage[] = [],
): { findings: ApiFinding[]; totalCount: number; rules: readonly ApiFindingRule[] } {
  return {
    findings: [first, ...next].flatMap((p) => p.findings.edges.map((e) => e.node)),
    totalCount: first.findings.totalCount,
    rules: first.findingRules ?? [],
  };
}

/** The cursor of the page after the last one loaded, or null when every page is there. */
export function nextCursor(
  last: { pageInfo: { hasNextPage: boolean; endCursor?: string | null } } | undefined,
): string | null {
  return last?.pageInfo.hasNextPage ? (last.pageInfo.endCursor ?? null) : null;
}

/**
 * What a post carries, from its pages (decision 0028): the first page's
 * groups, each with the obligations of every page loaded so far that name it
 * (by position), in the order sent. `complete` once the last page is in.
 */
export function postObligationsFromPages(
  first: ApiPostObligationsPage,
  next: readonly ApiPostObligationsPage[] = [],
): ApiPostObligations {
  const { groups = [], obligationPage, ...rest } = first;
  const pages = [first, ...next];
  const byGroup = groups.map((): ApiObligation[] => []);
  for (const page of pages)
    for (const { node } of page.obligationPage.edges) byGroup[node.group]?.push(node.obligation);
  return {
    ...rest,
    groups: groups.map((g, i) => ({ ...g, obligations: byGroup[i] ?? [] })),
    totalCount: obligationPage.totalCount,
    complete: !pages.at(-1)!.obligationPage.pageInfo.hasNextPage,
  };
}

/**
 * A diff as the panel reads it, from its pages (the first page carries the
 * bodies, changed relationships and counts): each added and removed
 * relationship with its quotes, in the server's order.
 */
export function diffFromPages(first: ApiSentDiff, next: readonly ApiSentDiff[]): ApiGovernanceDiff {
  const pages = [first, ...next].map((p) => p.relationships.page);
  const withQuotes = (
    list: (typeof pages)[number]['added'],
    quotes: ReturnType<typeof quoteLookup>,
  ) => list.map(({ evidenceIds, ...r }) => ({ ...r, evidence: quotes(evidenceIds) }));
  const added: ApiDiffRelationship[] = [];
  const removed: ApiDiffRelationship[] = [];
  for (const page of pages) {
    const quotes = quoteLookup(page.evidence);
    added.push(...withQuotes(page.added, quotes));
    removed.push(...withQuotes(page.removed, quotes));
  }
  const { relationships: r } = first;
  return {
    bodies: first.bodies ?? { added: [], removed: [], unchanged: 0 },
    obligations: first.obligations ?? { addedCount: 0, removedCount: 0, unchanged: 0 },
    relationships: {
      addedCount: r.addedCount,
      removedCount: r.removedCount,
      changed: r.changed ?? [],
      unchanged: r.unchanged ?? 0,
      added,
      removed,
    },
    complete: !pages.at(-1)!.pageInfo.hasNextPage,
  };
}
