/**
 * The explorer's data hooks: one per operation in ./operations.ts, each a
 * thin adapter over Apollo's `useQuery` that hands back the answer in the
 * shape the graph logic reads (../graph/types.ts). Components fetch through
 * these and never build variables themselves.
 */
import { useApolloClient, useQuery } from '@apollo/client/react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useEffect, useMemo, useState } from 'react';
import { findingScope, type FindingScope } from '../graph/documents';
import {
  accountabilityFromPages,
  comparisonFromPages,
  diffFromPages,
  findingsFromPages,
  postObligationsFromPages,
  flagsFromSet,
  nextCursor,
} from '../graph/pages';
import type {
  ApiAccountability,
  ApiAreaComparison,
  ApiAreaDetails,
  ApiAreaDocument,
  ApiAreaGraph,
  ApiAreaSummary,
  ApiDocumentText,
  ApiFinding,
  ApiFindingFlag,
  ApiFindingRule,
  ApiGovernanceDiff,
  ApiNodeDetails,
  ApiPostObligations,
  ApiRelationshipDetails,
  ApiSearchHit,
} from '../graph/types';
import type { AccountabilityDirection, RelationshipType } from '../gql/graphql';
import {
  ACCOUNTABILITY_QUERY,
  accountabilityVariables,
  AREA_QUERY,
  AREA_DOCUMENTS_QUERY,
  AREAS_QUERY,
  areaVariables,
  COMPARE_DOCUMENTS_QUERY,
  COMPARE_QUERY,
  compareVariables,
  DIFF_QUERY,
  DOCUMENT_TEXT_QUERY,
  FINDING_FLAGS_QUERY,
  FINDINGS_QUERY,
  NODE_QUERY,
  PATH_QUERY,
  POST_OBLIGATIONS_QUERY,
  postObligationsVariables,
  RELATIONSHIPS_QUERY,
  SEARCH_QUERY,
  searchVariables,
} from './operations';

/** What a data hook hands back: the answer once there, and Apollo's state. */
export interface Loaded<T> {
  data: T | undefined;
  loading: boolean;
  error: unknown;
  /** Ask again (a failed request's retry); errors stay in `error`. */
  retry: () => void;
}

function loaded<T>(
  data: T | undefined,
  q: { loading: boolean; error?: unknown; refetch: () => Promise<unknown> },
): Loaded<T> {
  const { refetch } = q;
  return {
    data,
    loading: q.loading,
    error: q.error,
    retry: () => void refetch().catch(() => undefined),
  };
}

/** Every area, as the picker lists it (name, documents' years and titles). */
export function useAreas(skip = false): Loaded<readonly ApiAreaSummary[]> {
  const q = useQuery(AREAS_QUERY, { skip });
  return loaded(q.data?.areas, q);
}

/**
 * The shown area's documents and provenance: `data` is undefined while
 * loading (or skipped), `null` for an unknown area. Asked once per area, with
 * the area's graph (see useFirstViewRequests), not after the list of areas.
 */
export function useAreaDetails(id: string | null, skip = false): Loaded<ApiAreaDetails | null> {
  const q = useQuery(AREA_DOCUMENTS_QUERY, { variables: { id: id ?? '' }, skip: skip || !id });
  return loaded(q.data && !skip && id ? q.data.area : undefined, q);
}

/** The documents of these areas (the compare view's matrix), by area id. */
export function useAreasDocuments(
  areaIds: readonly string[],
): Loaded<ReadonlyMap<string, readonly ApiAreaDocument[]>> {
  const q = useQuery(COMPARE_DOCUMENTS_QUERY, { variables: { ids: [...areaIds] } });
  const nodes = q.data?.nodes;
  const byArea = useMemo(
    () =>
      nodes
        ? new Map(nodes.flatMap((n) => ('documents' in n ? [[n.id, n.documents] as const] : [])))
        : undefined,
    [nodes],
  );
  return loaded(byArea, q);
}

/**
 * An area's graph: `data` is undefined while loading, `null` for an unknown
 * area. `allTime` (the diff view) draws every statement of every document;
 * `documentId` (without `asOf`) the statements of that document, on its last
 * day in force (the API resolves the date). `skip` asks nothing.
 */
export function useAreaGraph(
  id: string,
  asOf: string | null,
  allTime = false,
  documentId: string | null = null,
  skip = false,
): Loaded<{ name: string; graph: ApiAreaGraph } | null> {
  const q = useQuery(AREA_QUERY, {
    variables: areaVariables(id, asOf, allTime, documentId),
    skip,
  });
  return loaded(q.data && !skip ? q.data.area : undefined, q);
}

/**
 * The first view's requests, sent from what the URL names (area, document or
 * date) while the list of areas is still on its way, so the area's graph,
 * its findings and its flags do not wait for it (issue 15 point 6). Apollo
 * hands the answers (or the requests still in flight: same operation, same
 * variables) to the workspace's own hooks, which ask with the same variables
 * once the area is known. Nothing is asked without an area in the URL.
 */
export function useFirstViewRequests(
  areaId: string | null,
  asked: { asOf: string | null; documentId: string | null },
  skip: boolean,
): void {
  const off = skip || !areaId;
  const scope = findingScope(areaId ?? '', asked);
  useAreaGraph(areaId ?? '', asked.asOf, false, asked.documentId, off);
  useQuery(FINDING_FLAGS_QUERY, { variables: scope, skip: off });
}

/** The finding flags drawn on nodes and edges. */
export function useFindingFlags(scope: FindingScope): Loaded<readonly ApiFindingFlag[]> {
  const q = useQuery(FINDING_FLAGS_QUERY, { variables: scope });
  const set = q.data?.findingFlagSet;
  const flags = useMemo(() => (set ? flagsFromSet(set) : undefined), [set]);
  return loaded(flags, q);
}

export interface FindingsAnswer {
  findings: readonly ApiFinding[];
  totalCount: number;
  rules: readonly ApiFindingRule[];
}

/**
 * The findings and the rules behind them: the first page, then the pages
 * after it one request at a time (decision 0028), so the list ends up whole.
 */
export function useFindings(scope: FindingScope, skip = false): Loaded<FindingsAnswer> {
  const q = useQuery(FINDINGS_QUERY, { variables: scope, skip });
  const first = skip ? undefined : q.data;
  const next = useFollowingPages(
    first,
    (p) => p.findings.pageInfo,
    FINDINGS_QUERY,
    (after) => ({ ...scope, after, withRules: false }),
    (data) => data,
  );
  const data = useMemo(() => (first ? findingsFromPages(first, next) : undefined), [first, next]);
  return loaded(data, q);
}

/** Who holds a node to account (HOLDERS) or whom it holds (HELD); none while `id` is null. */
export function useAccountability(
  id: string | null,
  direction: AccountabilityDirection,
  asOf: string | null,
): Loaded<ApiAccountability> {
  const variables = accountabilityVariables(id ?? '', direction, asOf);
  const q = useQuery(ACCOUNTABILITY_QUERY, { variables, skip: !id });
  const first = id ? q.data?.accountability : undefined;
  const next = useFollowingPages(
    first,
    (p) => p.chainPage.pageInfo,
    ACCOUNTABILITY_QUERY,
    (after) => ({ ...variables, after }),
    (data) => data.accountability,
  );
  const data = useMemo(
    () => (first ? accountabilityFromPages(first, next) : undefined),
    [first, next],
  );
  return loaded(data, q);
}

/**
 * The pages after `first`, loaded one request at a time until the last
 * (decision 0028: each answer stays small; the panels still get every page).
 * Starts again when `first` changes (new arguments or a refetch).
 *
 * The following pages are kept here, never written to Apollo's cache: most
 * paged answers have no id (accountability, compareAreas, diffDocuments,
 * postObligations), so a later page written under the same field replaced
 * the first page's answer, whose query then asked again
 * (test/e2e/paging.test.ts).
 */
function useFollowingPages<Q, V extends OperationVariables, P>(
  first: P | undefined,
  pageInfoOf: (page: P) => { hasNextPage: boolean; endCursor?: string | null },
  query: TypedDocumentNode<Q, V>,
  variablesAfter: (after: string) => V,
  pageOf: (data: Q) => P | null | undefined,
): readonly P[] {
  const client = useApolloClient();
  const fetchPage = async (after: string): Promise<P | undefined> => {
    const { data } = await client.query({
      query,
      variables: variablesAfter(after),
      fetchPolicy: 'no-cache',
    });
    return (data ? pageOf(data) : undefined) ?? undefined;
  };
  const [state, setState] = useState<{ first: P | undefined; pages: readonly P[] }>({
    first: undefined,
    pages: [],
  });
  const pages = state.first === first ? state.pages : NO_PAGES;
  const last = pages.at(-1) ?? first;
  const after = last === undefined ? null : nextCursor({ pageInfo: pageInfoOf(last) });
  useEffect(() => {
    if (after === null || first === undefined) return;
    let live = true;
    fetchPage(after)
      .then((page) => {
        if (live && page !== undefined) setState({ first, pages: [...pages, page] });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
    // Each page is asked for once: when the first page or the cursor moves.
  }, [first, after]);
  return pages as readonly P[];
}
const NO_PAGES: readonly never[] = [];

/** A post's obligations, through the bodies it sits on; none while `postId` is null. */
export function usePostObligations(
  postId: string | null,
  asOf: string | null,
): Loaded<ApiPostObligations | null> {
  const variables = postObligationsVariables(postId ?? '', asOf);
  const q = useQuery(POST_OBLIGATIONS_QUERY, { variables, skip: !postId });
  const first = postId ? q.data?.postObligations : undefined;
  const next = useFollowingPages(
    first ?? undefined,
    (p) => p.obligationPage.pageInfo,
    POST_OBLIGATIONS_QUERY,
    (after) => ({ ...variables, after, withGroups: false }),
    (data) => data.postObligations,
  );
  const data = useMemo(
    () => (first ? postObligationsFromPages(first, next) : first),
    [first, next],
  );
  return loaded(data, q);
}

/**
 * What changed between two documents; none while `pair` is null. The added
 * and removed relationships come a page at a time; every page is asked for.
 */
export function useDiff(pair: { from: string; to: string } | null): Loaded<ApiGovernanceDiff> {
  const variables = { from: pair?.from ?? '', to: pair?.to ?? '' };
  const q = useQuery(DIFF_QUERY, { variables, skip: !pair });
  const first = pair ? q.data?.diffDocuments : undefined;
  const next = useFollowingPages(
    first,
    (p) => p.relationships.page.pageInfo,
    DIFF_QUERY,
    (after) => ({ ...variables, after, withRest: false }),
    (data) => data.diffDocuments,
  );
  const data = useMemo(() => (first ? diffFromPages(first, next) : undefined), [first, next]);
  return loaded(data, q);
}

/** The duty coverage of several areas side by side. */
export function useComparison(areaIds: string[], asOf: string | null): Loaded<ApiAreaComparison> {
  const variables = compareVariables(areaIds, asOf);
  const q = useQuery(COMPARE_QUERY, { variables });
  const first = q.data?.compareAreas;
  const next = useFollowingPages(
    first,
    (p) => p.rowPage.pageInfo,
    COMPARE_QUERY,
    (after) => ({ ...variables, after }),
    (data) => data.compareAreas,
  );
  const data = useMemo(() => (first ? comparisonFromPages(first, next) : undefined), [first, next]);
  return loaded(data, q);
}

/** A node's details; `null` when no node has the id. */
export function useNodeDetails(id: string): Loaded<ApiNodeDetails | null> {
  const q = useQuery(NODE_QUERY, { variables: { id } });
  return loaded(q.data?.node, q);
}

/** The statements of one type a node makes (there is no `relationship(id)` query). */
export function useStatements(
  from: string,
  type: string,
): Loaded<readonly ApiRelationshipDetails[]> {
  const q = useQuery(RELATIONSHIPS_QUERY, {
    // The canvas draws the API's relationship types; the API rejects any other.
    variables: { from, types: [type as RelationshipType] },
  });
  return loaded(
    q.data ? (q.data.node?.relationships.edges.map((e) => e.node) ?? []) : undefined,
    q,
  );
}

/** A document's title and full text; none while `id` is null. */
export function useDocumentText(id: string | null): Loaded<ApiDocumentText | null> {
  const q = useQuery(DOCUMENT_TEXT_QUERY, { variables: { id: id ?? '' }, skip: !id });
  return loaded(q.data?.node, q);
}

/** Ranked search hits within an area; none for fewer than two characters. */
export function useSearch(text: string, areaId: string): Loaded<readonly ApiSearchHit[]> {
  const skip = text.length < 2;
  const q = useQuery(SEARCH_QUERY, { variables: searchVariables(text, areaId), skip });
  return loaded(skip ? [] : q.data?.search.edges.map((e) => e.node), q);
}

/**
 * The shortest accountability path by which `from` oversees `to`, at `asOf`;
 * null when there is none within 6 hops; nothing asked while either is null.
 */
export function useAccountabilityPath(from: string | null, to: string | null, asOf: string | null) {
  const q = useQuery(PATH_QUERY, {
    variables: { from: from ?? '', to: to ?? '', asOf },
    skip: !from || !to,
  });
  return loaded(from && to ? q.data?.accountabilityPath : undefined, q);
}
