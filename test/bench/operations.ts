/**
 * The GraphQL documents the benchmark sends: the selection sets the explorer
 * really uses (explorer/src/data/queries.ts), copied here so the benchmark
 * does not depend on the explorer's build. `search(text)` (no area) is the
 * README's cross-area search; every other document is the explorer's own.
 */

const EVIDENCE = `documentId quote section start end`;

const RELATIONSHIP_FIELDS = `
  id type fromId toId documentId
  evidence { ${EVIDENCE} }
  ... on HoldsToAccountRelationship { mode }
  ... on AccountableToRelationship { mode }
  ... on MemberOfRelationship { capacity }
  ... on ReportsToRelationship { artefact cadence }
`;

/** Explorer: the accountability panel (ExplorerAccountability). */
export const CHAIN = `
query BenchChain($id: ID!, $direction: AccountabilityDirection!, $maxHops: Int!) {
  accountability(id: $id, direction: $direction, maxHops: $maxHops) {
    direction asOf truncated limited
    subject { id ... on Agent { name } }
    chains {
      length truncated
      end { id ... on Agent { name } }
      hops {
        kind mode reversed
        from { id ... on Agent { name } ... on Person { name } }
        to { id ... on Agent { name } ... on Person { name } }
        relationship { ${RELATIONSHIP_FIELDS} }
      }
    }
  }
}`;

/** Explorer: a post's obligations (ExplorerPostObligations). */
export const POST_OBLIGATIONS = `
query BenchPostObligations($postId: ID!) {
  postObligations(postId: $postId) {
    asOf
    post { id name }
    groups {
      body { id name }
      via { ${RELATIONSHIP_FIELDS} }
      obligations {
        id text modality documentId
        dutyTypes { code label }
        evidence { ${EVIDENCE} }
      }
    }
  }
}`;

/** Explorer: the neighbourhood view (ExplorerNeighbourhood), with hops as a variable. */
export const NEIGHBOURHOOD = `
query BenchNeighbourhood($id: ID!, $hops: Int!) {
  neighbourhood(id: $id, hops: $hops) {
    truncated
    nodes {
      id
      ... on Agent { name kind }
      ... on Person { name }
      ... on Body { function }
    }
    edges { id type fromId toId documentId }
  }
}`;

/** Explorer: the comparison table (ExplorerCompare). */
export const COMPARE = `
query BenchCompare($areaIds: [ID!]!) {
  compareAreas(areaIds: $areaIds) {
    asOf
    areas { id name }
    rows {
      dutyType { code label category }
      cells {
        areaId status
        holders {
          lead
          holder { id ... on Agent { name } ... on Person { name } }
          obligations { id text }
        }
      }
    }
  }
}`;

const SEARCH_HIT = `
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
`;

/** Explorer: the search box (ExplorerSearch), within one area. */
export const SEARCH_IN_AREA = `
query BenchSearchInArea($text: String!, $areaId: ID!) {
  search(text: $text, areaId: $areaId,
    kinds: [BODY, POST, ORGANISATION, PERSON, OBLIGATION, DUTY_TYPE], allTime: true, first: 12) {
    ${SEARCH_HIT}
  }
}`;

/** README: search across every area (today's statements), first page of 12. */
export const SEARCH_ALL = `
query BenchSearch($text: String!) {
  search(text: $text, first: 12) {
    ${SEARCH_HIT}
  }
}`;
