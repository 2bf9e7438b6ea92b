/**
 * Every GraphQL operation the explorer sends, in one module: the components
 * use them through the hooks in this folder, and the API benchmark
 * (test/bench/scenarios.ts) imports them so it times what the explorer
 * really asks. Their result and variable types are generated from
 * schema/schema.graphql into ../gql by `npm run codegen` (decision 0009);
 * `npm run lint` fails while that folder is stale. Every operation stays far
 * inside the API's limits (docs/security.md: depth 12, aliases 15, tokens
 * 2000, cost 25000).
 */
import { graphql } from '../gql';
import type {
  AccountabilityDirection,
  ExplorerAccountabilityQueryVariables,
  ExplorerAreaQueryVariables,
  ExplorerCompareQueryVariables,
  ExplorerNeighbourhoodQueryVariables,
  ExplorerPostObligationsQueryVariables,
  ExplorerSearchQueryVariables,
} from '../gql/graphql';

/*
 * The variables the explorer sends, built in one place so the benchmark
 * sends the same ones. `asOf: null` is today; `allTime` draws every
 * statement (the diff view).
 */

export function areaVariables(
  id: string,
  asOf: string | null,
  allTime = false,
  documentId: string | null = null,
): ExplorerAreaQueryVariables {
  if (allTime) return { id, asOf: null, allTime, documentId: null };
  return { id, asOf, allTime, documentId: asOf ? null : documentId };
}

export function accountabilityVariables(
  id: string,
  direction: AccountabilityDirection,
  asOf: string | null,
): ExplorerAccountabilityQueryVariables {
  return { id, direction, asOf };
}

export function postObligationsVariables(
  postId: string,
  asOf: string | null,
): ExplorerPostObligationsQueryVariables {
  return { postId, asOf };
}

export function neighbourhoodVariables(
  id: string,
  asOf: string | null,
  allTime: boolean,
): ExplorerNeighbourhoodQueryVariables {
  return { id, asOf, allTime };
}

export function compareVariables(
  areaIds: string[],
  asOf: string | null,
): ExplorerCompareQueryVariables {
  return { areaIds, asOf };
}

export function searchVariables(text: string, areaId: string): ExplorerSearchQueryVariables {
  return { text, areaId };
}

/**
 * The area picker: every area with only what its options show, "Wiltshire
 * (2014, 2019)" and the documents' titles as their tooltip (issue 12 point 6:
 * every area's documents and provenance were 63 KB and 4 × the trivial
 * query's CPU on the national set). The shown area's documents and
 * provenance come with AREA_DOCUMENTS_QUERY.
 */
export const AREAS_QUERY = graphql(`
  query ExplorerAreas {
    areas {
      id
      name
      documentYears
      documentTitles
    }
  }
`);

/**
 * The shown area's documents (the document switch, URL's ?doc= and ?asOf=,
 * the diff's choice) and its provenance badge: asked with the area's graph,
 * once per area (its only variable is the area).
 */
export const AREA_DOCUMENTS_QUERY = graphql(`
  query ExplorerAreaDocuments($id: ID!) {
    area(id: $id) {
      id
      name
      provenance {
        kind
        at
        by
      }
      documents {
        ...AreaDocumentFields
      }
    }
  }
`);

/**
 * The compared areas' documents, for the compare view only: its coverage
 * matrix names the document in force in each area and the document of each
 * quote.
 */
export const COMPARE_DOCUMENTS_QUERY = graphql(`
  query ExplorerCompareDocuments($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Area {
        documents {
          ...AreaDocumentFields
        }
      }
    }
  }
`);

export const AREA_QUERY = graphql(`
  query ExplorerArea($id: ID!, $asOf: IsoDate, $allTime: Boolean! = false, $documentId: ID) {
    area(id: $id) {
      id
      name
      graph(asOf: $asOf, allTime: $allTime, documentId: $documentId) {
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
          basis
          interpretation
        }
      }
    }
  }
`);

/**
 * The finding badges: each finding id once in `findingIds`, each flag naming
 * its findings by position (decision 0028); ./hooks.ts puts the ids back.
 */
export const FINDING_FLAGS_QUERY = graphql(`
  query ExplorerFindingFlags($area: ID!, $asOf: IsoDate, $document: ID) {
    findingFlagSet(area: $area, asOf: $asOf, document: $document) {
      findingIds
      flags {
        subjectId
        subjectKind
        count
        highestSeverity
        allAccepted
        findings
        ruleIds
      }
    }
  }
`);

/**
 * The findings list: one page of 25 (then `after` the page's endCursor, with
 * `withRules: false`: the rules come once), so each answer stays small
 * (decision 0028); ./hooks.ts loads every page.
 */
export const FINDINGS_QUERY = graphql(`
  query ExplorerFindings(
    $area: ID!
    $asOf: IsoDate
    $document: ID
    $law: FindingLaw
    $first: Int = 25
    $after: String
    $withRules: Boolean! = true
  ) {
    findingRules @include(if: $withRules) {
      id
      title
      rationale
      severity
    }
    findings(
      area: $area
      asOf: $asOf
      document: $document
      law: $law
      first: $first
      after: $after
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          ruleId
          areaId
          documentId
          asOf
          law {
            kind
            label
          }
          severity
          status
          message
          nodeIds
          relationshipIds
          evidence {
            ...EvidenceFields
          }
          mitigation {
            ...EvidenceFields
          }
        }
      }
    }
  }
`);

/**
 * The accountability panel: one page of chains (decision 0028: `first` 25,
 * then `after` the page's endCursor), each quote of the page once in
 * `evidence`, hops naming theirs by `evidenceIds`; ./hooks.ts puts the quotes
 * back under each hop (explorer/src/graph/pages.ts).
 */
export const ACCOUNTABILITY_QUERY = graphql(`
  query ExplorerAccountability(
    $id: ID!
    $direction: AccountabilityDirection!
    $asOf: IsoDate
    $first: Int = 25
    $after: String
  ) {
    accountability(id: $id, direction: $direction, asOf: $asOf, maxHops: 3) {
      direction
      asOf
      truncated
      limited
      subject {
        id
        name
      }
      chainPage(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        evidence {
          id
          documentId
          quote
          section
          start
          end
        }
        chains {
          length
          truncated
          end {
            id
            name
          }
          hops {
            kind
            mode
            reversed
            evidenceIds
            from {
              id
              name
            }
            to {
              id
              name
            }
            relationship {
              ...RelationshipHeadFields
            }
          }
        }
      }
    }
  }
`);

/**
 * What a post carries: its groups (bodies, seats, how many obligations each
 * lists) with the first page of 25 obligations, each naming its group by
 * position; then `after` the page's endCursor with `withGroups: false`
 * (decision 0028: small answers). ./hooks.ts loads every page and
 * graph/pages.ts puts the obligations back under their groups.
 */
export const POST_OBLIGATIONS_QUERY = graphql(`
  query ExplorerPostObligations(
    $postId: ID!
    $asOf: IsoDate
    $first: Int = 25
    $after: String
    $withGroups: Boolean! = true
  ) {
    postObligations(postId: $postId, asOf: $asOf) {
      asOf
      post {
        id
        name
      }
      groups @include(if: $withGroups) {
        body {
          id
          name
        }
        via {
          ...RelationshipRefFields
        }
        obligationCount
      }
      obligationPage(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            group
            obligation {
              id
              text
              modality
              documentId
              basis
              interpretation
              dutyTypes {
                code
                label
              }
              evidence {
                ...EvidenceFields
              }
            }
          }
        }
      }
    }
  }
`);

export const NODE_QUERY = graphql(`
  query ExplorerNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      evidence {
        ...EvidenceFields
      }
      ... on Agent {
        name
        aliases
        kind
      }
      ... on Person {
        name
      }
      ... on Body {
        function
        statutory
      }
      ... on Obligation {
        obligationText: text
        modality
        documentId
        holders {
          lead
          holder {
            id
            name
          }
        }
        dutyTypes {
          code
          label
        }
      }
      ... on DutyType {
        code
        label
        description
      }
      ... on Document {
        title
      }
      relationships(first: 50, allTime: true) {
        totalCount
        edges {
          node {
            id
            documentId
          }
        }
      }
    }
  }
`);

/** No `relationship(id)` query exists: read the source's outgoing statements of the type. */
export const RELATIONSHIPS_QUERY = graphql(`
  query ExplorerRelationships($from: ID!, $types: [RelationshipType!]) {
    node(id: $from) {
      id
      relationships(first: 50, direction: OUT, types: $types, allTime: true) {
        edges {
          node {
            ...RelationshipRefFields
            validFrom
            validTo
            key
            ... on MemberOfRelationship {
              note
            }
            ... on ReportsToRelationship {
              timing
            }
            ... on ConsultsRelationship {
              subject
            }
            ... on AdvisesRelationship {
              subject
            }
            ... on InformsRelationship {
              subject
            }
            ... on SupportsRelationship {
              subject
            }
            ... on EscalatesToRelationship {
              route
              step
            }
            ... on SubgroupOfRelationship {
              joint
            }
            ... on ChairsRelationship {
              role
            }
            ... on DelegatesToRelationship {
              what
            }
            ... on RepresentsRelationship {
              subject
            }
            ... on SignedRelationship {
              signatureBlank
            }
          }
        }
      }
    }
  }
`);

export const DOCUMENT_TEXT_QUERY = graphql(`
  query ExplorerDocumentText($id: ID!) {
    node(id: $id) {
      id
      ... on Document {
        title
        text
      }
    }
  }
`);

export const SEARCH_QUERY = graphql(`
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
            __typename
            id
            name
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
`);

export const NEIGHBOURHOOD_QUERY = graphql(`
  query ExplorerNeighbourhood($id: ID!, $asOf: IsoDate, $allTime: Boolean! = false) {
    neighbourhood(id: $id, hops: 1, asOf: $asOf, allTime: $allTime) {
      truncated
      nodes {
        __typename
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
        basis
        interpretation
      }
    }
  }
`);

/**
 * The diff panel: counts and lists of what changed; obligations as counts
 * (the panel counts them) and each quote of the added and removed
 * relationships once, named by `evidenceIds` (decision 0028; ./hooks.ts puts
 * them back under each relationship), so a national diff stays small. The
 * added and removed relationships come a page at a time (`first` 50, then
 * `after` the page's endCursor with `withRest` false: the rest is in the
 * first page), so no one answer carries a whole national diff (issue 12).
 */
export const DIFF_QUERY = graphql(`
  query ExplorerDiff(
    $from: ID!
    $to: ID!
    $first: Int = 50
    $after: String
    $withRest: Boolean! = true
  ) {
    diffDocuments(fromDocumentId: $from, toDocumentId: $to) {
      bodies @include(if: $withRest) {
        added {
          body {
            id
            name
          }
        }
        removed {
          body {
            id
            name
          }
        }
        unchanged
      }
      relationships {
        addedCount
        removedCount
        changed @include(if: $withRest) {
          type
          fromId
          toId
          before {
            id
            type
            fromId
            toId
          }
          after {
            id
            type
            fromId
            toId
          }
          changes {
            property
            before
            after
          }
        }
        unchanged @include(if: $withRest)
        page(first: $first, after: $after) {
          pageInfo {
            hasNextPage
            endCursor
          }
          added {
            id
            type
            fromId
            toId
            evidenceIds
          }
          removed {
            id
            type
            fromId
            toId
            evidenceIds
          }
          evidence {
            id
            documentId
            quote
            section
            start
            end
          }
        }
      }
      obligations @include(if: $withRest) {
        addedCount
        removedCount
        unchanged
      }
    }
  }
`);

/**
 * The comparison table: one page of rows (decision 0028: `first` 10, then
 * `after`), each obligation of the page once in `obligations` and each quote
 * once in `evidence`; ./hooks.ts puts them back under each holder.
 */
export const COMPARE_QUERY = graphql(`
  query ExplorerCompare($areaIds: [ID!]!, $asOf: IsoDate, $first: Int = 10, $after: String) {
    compareAreas(areaIds: $areaIds, asOf: $asOf) {
      asOf
      areas {
        id
        name
      }
      rowPage(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        evidence {
          id
          documentId
          quote
          section
          start
          end
        }
        obligations {
          evidenceIds
          obligation {
            id
            text
            documentId
          }
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
              obligationIds
              holder {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export const PATH_QUERY = graphql(`
  query ExplorerPath($from: ID!, $to: ID!, $asOf: IsoDate) {
    accountabilityPath(from: $from, to: $to, asOf: $asOf, maxHops: 6) {
      length
      hops {
        kind
        from {
          id
          name
        }
        to {
          id
          name
        }
        relationship {
          ...RelationshipRefFields
        }
      }
    }
  }
`);

/** Ask in plain words (the search box's "Ask" mode): the answer, its quotes and how it was read. */
export const ASK_QUERY = graphql(`
  query ExplorerAsk($question: String!, $areaId: ID) {
    ask(question: $question, areaId: $areaId) {
      kind
      text
      evidence {
        documentId
        documentTitle
        current
        section
        quote
        start
        end
      }
      nodes {
        id
        name
        label
      }
      interpretation {
        intent
        documentId
        documentTitle
        asOf
        operation
        linked {
          mention
          id
          name
        }
      }
      alternatives {
        label
        question
        nodeId
      }
    }
  }
`);

/* Accounts (decision 0023): who is signed in, sign-in and sign-out (explorer/src/auth). */

export const ME_QUERY = graphql(`
  query ExplorerMe {
    me {
      id
      email
      displayName
      role
      areaRoles {
        areaId
        role
      }
    }
    oidcSignIn
  }
`);

export const SIGN_IN_MUTATION = graphql(`
  mutation ExplorerSignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      id
    }
  }
`);

export const SIGN_OUT_MUTATION = graphql(`
  mutation ExplorerSignOut {
    signOut
  }
`);
