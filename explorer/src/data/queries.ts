/**
 * The explorer's GraphQL operations, typed by hand against
 * schema/schema.graphql. Every one stays far inside the API's limits
 * (docs/security.md: depth 12, aliases 15, tokens 2000, cost 25000).
 */
import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  ApiAccountability,
  ApiAreaComparison,
  ApiAreaDocument,
  ApiAreaGraph,
  ApiEvidence,
  ApiFinding,
  ApiFindingFlag,
  ApiGovernanceDiff,
  ApiPostObligations,
} from '../graph/types';

const EVIDENCE = `documentId quote section start end`;

export interface AreasQueryData {
  areas: { id: string; name: string; documents: ApiAreaDocument[] }[];
}

export const AREAS_QUERY: TypedDocumentNode<AreasQueryData, Record<string, never>> = gql`
  query ExplorerAreas {
    areas {
      id
      name
      documents {
        id
        title
        year
        status
        effectiveFrom
        effectiveTo
      }
    }
  }
`;

export interface AreaQueryData {
  area: { id: string; name: string; graph: ApiAreaGraph } | null;
}

export interface AreaQueryVariables {
  id: string;
  asOf?: string | null;
  allTime?: boolean;
}

export const AREA_QUERY: TypedDocumentNode<AreaQueryData, AreaQueryVariables> = gql`
  query ExplorerArea($id: ID!, $asOf: IsoDate, $allTime: Boolean! = false) {
    area(id: $id) {
      id
      name
      graph(asOf: $asOf, allTime: $allTime) {
        nodes {
          id
          label
          name
          kind
          function
        }
        edges {
          id
          type
          source
          target
          documentId
        }
      }
    }
  }
`;

/** Findings are asked for by document (its own statements) or by date. */
export interface FindingScope {
  area: string;
  asOf?: string | null;
  document?: string | null;
}

export interface FindingFlagsData {
  findingFlags: ApiFindingFlag[];
}

export const FINDING_FLAGS_QUERY: TypedDocumentNode<FindingFlagsData, FindingScope> = gql`
  query ExplorerFindingFlags($area: ID!, $asOf: IsoDate, $document: ID) {
    findingFlags(area: $area, asOf: $asOf, document: $document) {
      subjectId
      subjectKind
      count
      highestSeverity
      allAccepted
      findingIds
      ruleIds
    }
  }
`;

export interface FindingRuleSummary {
  id: string;
  title: string;
  rationale: string;
  severity: string;
}

export interface FindingsData {
  findingRules: FindingRuleSummary[];
  findings: { totalCount: number; edges: { node: ApiFinding }[] };
}

export const FINDINGS_QUERY: TypedDocumentNode<FindingsData, FindingScope> = gql`
  query ExplorerFindings($area: ID!, $asOf: IsoDate, $document: ID) {
    findingRules {
      id
      title
      rationale
      severity
    }
    findings(area: $area, asOf: $asOf, document: $document, first: 100) {
      totalCount
      edges {
        node {
          id
          ruleId
          areaId
          documentId
          asOf
          severity
          status
          message
          nodeIds
          relationshipIds
          evidence { ${EVIDENCE} }
          mitigation { ${EVIDENCE} }
        }
      }
    }
  }
`;

const RELATIONSHIP_FIELDS = `
  id
  type
  fromId
  toId
  documentId
  evidence { ${EVIDENCE} }
  ... on HoldsToAccountRelationship { mode }
  ... on AccountableToRelationship { mode }
  ... on MemberOfRelationship { capacity }
  ... on ReportsToRelationship { artefact cadence }
`;

export interface AccountabilityData {
  accountability: ApiAccountability;
}

export interface AccountabilityVariables {
  id: string;
  direction: 'HOLDERS' | 'HELD';
  asOf?: string | null;
}

export const ACCOUNTABILITY_QUERY: TypedDocumentNode<AccountabilityData, AccountabilityVariables> =
  gql`
  query ExplorerAccountability($id: ID!, $direction: AccountabilityDirection!, $asOf: IsoDate) {
    accountability(id: $id, direction: $direction, asOf: $asOf, maxHops: 3) {
      direction
      asOf
      truncated
      limited
      subject { id ... on Agent { name } }
      chains {
        length
        truncated
        end { id ... on Agent { name } }
        hops {
          kind
          mode
          reversed
          from { id ... on Agent { name } ... on Person { name } }
          to { id ... on Agent { name } ... on Person { name } }
          relationship { ${RELATIONSHIP_FIELDS} }
        }
      }
    }
  }
`;

export interface PostObligationsData {
  postObligations: ApiPostObligations | null;
}

export const POST_OBLIGATIONS_QUERY: TypedDocumentNode<
  PostObligationsData,
  { postId: string; asOf?: string | null }
> = gql`
  query ExplorerPostObligations($postId: ID!, $asOf: IsoDate) {
    postObligations(postId: $postId, asOf: $asOf) {
      asOf
      post { id name }
      groups {
        body { id name }
        via { ${RELATIONSHIP_FIELDS} }
        obligations {
          id
          text
          modality
          documentId
          dutyTypes { code label }
          evidence { ${EVIDENCE} }
        }
      }
    }
  }
`;

export interface NodeDetails {
  __typename: string;
  id: string;
  name?: string | null;
  aliases?: string[] | null;
  kind?: string | null;
  function?: string | null;
  statutory?: string | null;
  title?: string | null;
  text?: string | null;
  modality?: string | null;
  documentId?: string | null;
  code?: string | null;
  label?: string | null;
  description?: string | null;
  holders?: { lead: boolean; holder: { id: string; name?: string | null } }[] | null;
  dutyTypes?: { code: string; label: string }[] | null;
  evidence: ApiEvidence[];
  relationships: {
    totalCount: number;
    edges: { node: { id: string; documentId?: string | null } }[];
  };
}

export const NODE_QUERY: TypedDocumentNode<{ node: NodeDetails | null }, { id: string }> = gql`
  query ExplorerNode($id: ID!) {
    node(id: $id) {
      id
      evidence { ${EVIDENCE} }
      ... on Agent { name aliases kind }
      ... on Person { name }
      ... on Body { function statutory }
      ... on Obligation {
        obligationText: text
        modality
        documentId
        holders { lead holder { id ... on Agent { name } } }
        dutyTypes { code label }
      }
      ... on DutyType { code label description }
      ... on Document { title }
      relationships(first: 50, allTime: true) {
        totalCount
        edges { node { id documentId } }
      }
    }
  }
`;

export interface RelationshipDetails {
  __typename: string;
  id: string;
  type: string;
  fromId: string;
  toId: string;
  documentId?: string | null;
  validFrom?: string | null;
  validTo?: string | null;
  key?: string | null;
  evidence: ApiEvidence[];
  mode?: string | null;
  capacity?: string | null;
  note?: string | null;
  artefact?: string | null;
  cadence?: string | null;
  timing?: string | null;
  subject?: string | null;
  route?: string | null;
  step?: number | null;
  joint?: boolean | null;
}

/** No `relationship(id)` query exists: read the source's outgoing statements of the type. */
export const RELATIONSHIPS_QUERY: TypedDocumentNode<
  { node: { id: string; relationships: { edges: { node: RelationshipDetails }[] } } | null },
  { from: string; types: string[] }
> = gql`
  query ExplorerRelationships($from: ID!, $types: [RelationshipType!]) {
    node(id: $from) {
      id
      relationships(first: 50, direction: OUT, types: $types, allTime: true) {
        edges {
          node {
            id
            type
            fromId
            toId
            documentId
            validFrom
            validTo
            key
            evidence { ${EVIDENCE} }
            ... on HoldsToAccountRelationship { mode }
            ... on AccountableToRelationship { mode }
            ... on MemberOfRelationship { capacity note }
            ... on ReportsToRelationship { artefact cadence timing }
            ... on ConsultsRelationship { subject }
            ... on AdvisesRelationship { subject }
            ... on InformsRelationship { subject }
            ... on SupportsRelationship { subject }
            ... on EscalatesToRelationship { route step }
            ... on SubgroupOfRelationship { joint }
          }
        }
      }
    }
  }
`;

export interface DocumentTextData {
  node: { __typename: string; id: string; title?: string; text?: string | null } | null;
}

export const DOCUMENT_TEXT_QUERY: TypedDocumentNode<DocumentTextData, { id: string }> = gql`
  query ExplorerDocumentText($id: ID!) {
    node(id: $id) {
      id
      ... on Document {
        title
        text
      }
    }
  }
`;

export interface SearchHit {
  score: number;
  matchedOn: string;
  snippet: string;
  matchStart: number;
  matchEnd: number;
  node: {
    __typename: string;
    id: string;
    name?: string | null;
    obligationText?: string | null;
    label?: string | null;
    code?: string | null;
    documentId?: string | null;
  };
}

export const SEARCH_QUERY: TypedDocumentNode<
  { search: { totalCount: number; edges: { node: SearchHit }[] } },
  { text: string; areaId: string }
> = gql`
  query ExplorerSearch($text: String!, $areaId: ID!) {
    search(
      text: $text
      areaId: $areaId
      kinds: [BODY, POST, ORGANISATION, PERSON, OBLIGATION, DUTY_TYPE]
      allTime: true
      first: 12
    ) {
      totalCount
      edges {
        node {
          score
          matchedOn
          snippet
          matchStart
          matchEnd
          node {
            id
            ... on Agent {
              name
            }
            ... on Person {
              name
            }
            ... on Obligation {
              obligationText: text
              documentId
            }
            ... on DutyType {
              label
              code
            }
          }
        }
      }
    }
  }
`;

export interface NeighbourhoodData {
  neighbourhood: {
    truncated: boolean;
    nodes: {
      __typename: string;
      id: string;
      name?: string | null;
      kind?: string | null;
      function?: string | null;
    }[];
    edges: { id: string; type: string; fromId: string; toId: string; documentId?: string | null }[];
  } | null;
}

export const NEIGHBOURHOOD_QUERY: TypedDocumentNode<
  NeighbourhoodData,
  { id: string; asOf?: string | null; allTime?: boolean }
> = gql`
  query ExplorerNeighbourhood($id: ID!, $asOf: IsoDate, $allTime: Boolean! = false) {
    neighbourhood(id: $id, hops: 1, asOf: $asOf, allTime: $allTime) {
      truncated
      nodes {
        id
        ... on Agent {
          name
          kind
        }
        ... on Person {
          name
        }
        ... on Body {
          function
        }
      }
      edges {
        id
        type
        fromId
        toId
        documentId
      }
    }
  }
`;

export const DIFF_QUERY: TypedDocumentNode<
  { diffDocuments: ApiGovernanceDiff },
  { from: string; to: string }
> = gql`
  query ExplorerDiff($from: ID!, $to: ID!) {
    diffDocuments(fromDocumentId: $from, toDocumentId: $to) {
      bodies {
        added { body { id name } }
        removed { body { id name } }
        unchanged
      }
      relationships {
        added { id type fromId toId evidence { ${EVIDENCE} } }
        removed { id type fromId toId evidence { ${EVIDENCE} } }
        changed {
          type
          fromId
          toId
          before { id type fromId toId }
          after { id type fromId toId evidence { ${EVIDENCE} } }
          changes { property before after }
        }
        unchanged
      }
      obligations {
        added { obligation { id text } }
        removed { obligation { id text } }
        unchanged
      }
    }
  }
`;

export const COMPARE_QUERY: TypedDocumentNode<
  { compareAreas: ApiAreaComparison },
  { areaIds: string[]; asOf?: string | null }
> = gql`
  query ExplorerCompare($areaIds: [ID!]!, $asOf: IsoDate) {
    compareAreas(areaIds: $areaIds, asOf: $asOf) {
      asOf
      areas {
        id
        name
      }
      rows {
        dutyType {
          code
          label
          category
        }
        cells {
          areaId
          status
          holders {
            lead
            holder {
              id
              ... on Agent {
                name
              }
              ... on Person {
                name
              }
            }
            obligations {
              id
              text
            }
          }
        }
      }
    }
  }
`;
