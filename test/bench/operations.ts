/**
 * The GraphQL documents the benchmark sends: the explorer's own operations
 * (explorer/src/data/operations.ts, the documents its hooks send), printed
 * as text, with the variables built by the same functions the explorer
 * uses. `search(text)` (no area) is the README's cross-area search; every
 * other document is the explorer's.
 */
import { print } from 'graphql';
import {
  ACCOUNTABILITY_QUERY,
  AREA_DOCUMENTS_QUERY,
  AREA_QUERY,
  AREAS_QUERY,
  COMPARE_DOCUMENTS_QUERY,
  areaVariables,
  ASK_QUERY,
  DIFF_QUERY,
  DOCUMENT_TEXT_QUERY,
  FINDING_FLAGS_QUERY,
  FINDINGS_QUERY,
  NODE_QUERY,
  PATH_QUERY,
  RELATIONSHIPS_QUERY,
  accountabilityVariables,
  COMPARE_QUERY,
  compareVariables,
  NEIGHBOURHOOD_QUERY,
  neighbourhoodVariables,
  POST_OBLIGATIONS_QUERY,
  postObligationsVariables,
  SEARCH_QUERY,
  searchVariables,
} from '../../explorer/src/data/operations.ts';

/** Explorer: the accountability panel (ExplorerAccountability, maxHops 3). */
export const CHAIN = print(ACCOUNTABILITY_QUERY);
/** What the explorer sends for "who holds this to account", today. */
export const chainVariables = (id: string) => accountabilityVariables(id, 'HOLDERS', null);

/** Explorer: a post's obligations (ExplorerPostObligations). */
export const POST_OBLIGATIONS = print(POST_OBLIGATIONS_QUERY);
export const postVariables = (postId: string) => postObligationsVariables(postId, null);

/** Explorer: expanding a node (ExplorerNeighbourhood, hops 1). */
export const NEIGHBOURHOOD = print(NEIGHBOURHOOD_QUERY);
export const neighbourhoodVars = (id: string) => neighbourhoodVariables(id, null, false);

/** Explorer: the comparison table (ExplorerCompare). */
export const COMPARE = print(COMPARE_QUERY);
export const compareVars = (areaIds: string[]) => compareVariables(areaIds, null);

/** Explorer: the search box (ExplorerSearch), within one area. */
export const SEARCH_IN_AREA = print(SEARCH_QUERY);
export const searchInAreaVariables = searchVariables;

/** README: search across every area (today's statements), first page of 12. */
export const SEARCH_ALL = `
query BenchSearch($text: String!) {
  search(text: $text, first: 12) {
    totalCount
    edges {
      node {
        score matchedOn snippet matchStart matchEnd
        node {
          id
          ... on Agent { name }
          ... on Person { name }
          ... on Obligation { obligationText: text documentId }
          ... on DutyType { label code }
        }
      }
    }
  }
}`;

/*
 * The rest of what the explorer sends (every operation of
 * explorer/src/data/operations.ts), with the variables its hooks send.
 */
export const AREAS = print(AREAS_QUERY);
/** The shown area's documents and provenance (ExplorerAreaDocuments), once per area. */
export const AREA_DOCUMENTS = print(AREA_DOCUMENTS_QUERY);
export const areaDocumentsVars = (id: string) => ({ id });
/** The compare view's matrix: the compared areas' documents (ExplorerCompareDocuments). */
export const COMPARE_DOCUMENTS = print(COMPARE_DOCUMENTS_QUERY);
export const compareDocumentsVars = (ids: string[]) => ({ ids });
export const AREA = print(AREA_QUERY);
export const areaVars = (id: string) => areaVariables(id, null);
export const FINDING_FLAGS = print(FINDING_FLAGS_QUERY);
export const findingFlagsVars = (area: string) => ({ area, asOf: null, document: null });
export const FINDINGS = print(FINDINGS_QUERY);
export const findingsVars = (area: string) => ({ area, asOf: null, document: null, law: null });
export const NODE = print(NODE_QUERY);
export const RELATIONSHIPS = print(RELATIONSHIPS_QUERY);
export const relationshipsVars = (from: string) => ({ from, types: ['HOLDS_TO_ACCOUNT'] });
export const DOCUMENT_TEXT = print(DOCUMENT_TEXT_QUERY);
export const DIFF = print(DIFF_QUERY);
export const PATH = print(PATH_QUERY);
export const pathVars = (from: string, to: string) => ({ from, to, asOf: null });
export const ASK = print(ASK_QUERY);
export const askVars = (question: string) => ({ question, areaId: null });
