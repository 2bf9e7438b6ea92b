/**
 * Fragments the operations in ./operations.ts spread. The generated
 * documents carry the fragments they use, so nothing imports these to send
 * them; they are exported for codegen and for reading.
 */
import { graphql } from '../gql';

/** A quote and where it stands in its document. */
export const EVIDENCE_FIELDS = graphql(`
  fragment EvidenceFields on Evidence {
    documentId
    quote
    section
    start
    end
  }
`);

/** A relationship as the chain and obligations panels show it. */
export const RELATIONSHIP_REF_FIELDS = graphql(`
  fragment RelationshipRefFields on Relationship {
    id
    type
    fromId
    toId
    documentId
    basis
    interpretation
    evidence {
      ...EvidenceFields
    }
    ... on HoldsToAccountRelationship {
      mode
    }
    ... on AccountableToRelationship {
      mode
    }
    ... on MemberOfRelationship {
      capacity
    }
    ... on ReportsToRelationship {
      artefact
      cadence
    }
  }
`);

/** A relationship without its quotes (answers that list each quote once, decision 0028). */
export const RELATIONSHIP_HEAD_FIELDS = graphql(`
  fragment RelationshipHeadFields on Relationship {
    id
    type
    fromId
    toId
    documentId
    basis
    interpretation
    ... on HoldsToAccountRelationship {
      mode
    }
    ... on AccountableToRelationship {
      mode
    }
    ... on MemberOfRelationship {
      capacity
    }
    ... on ReportsToRelationship {
      artefact
      cadence
    }
  }
`);

/** A document as the document switch, the URL and the compare view name it. */
export const AREA_DOCUMENT_FIELDS = graphql(`
  fragment AreaDocumentFields on Document {
    id
    title
    kind
    year
    status
    effectiveFrom
    effectiveTo
  }
`);
