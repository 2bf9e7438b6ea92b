/**
 * The review screen's GraphQL operations (decision 0025): a draft with its
 * text, proposals and problems, and the review mutations, each answering the
 * whole draft so the screen shows what the server stored.
 */
import { graphql } from '../gql';

export const REVIEW_DRAFT_FIELDS = graphql(`
  fragment ReviewDraftFields on Draft {
    id
    areaId
    year
    status
    revision
    documentId
    title
    text
    headings {
      start
      end
      section
    }
    nodes {
      key
      state
      rule
      confidence
      interpretation
      edited
      problems
      id
      label
      name
      aliases
      kind
      evidence {
        quote
        section
        start
        end
      }
    }
    relationships {
      key
      state
      rule
      confidence
      interpretation
      edited
      problems
      type
      from
      to
      properties
      evidence {
        quote
        section
        start
        end
      }
    }
    obligations {
      key
      state
      rule
      confidence
      interpretation
      edited
      problems
      id
      holders
      text
      modality
      dutyTypes
      evidence {
        quote
        section
        start
        end
      }
    }
    facts {
      key
      state
      rule
      confidence
      edited
      problems
      category
      kind
      value
      evidence {
        quote
        section
        start
        end
      }
    }
    problems {
      key
      path
      message
    }
  }
`);

export const REVIEW_DRAFT_QUERY = graphql(`
  query ReviewDraft($id: ID!, $areaId: String!) {
    draft(id: $id, areaId: $areaId) {
      ...ReviewDraftFields
    }
  }
`);

/** The vocabularies the server checks every edit against, for the review forms' choices. */
export const REVIEW_VOCABULARY = graphql(`
  query ReviewVocabulary {
    editVocabulary {
      nodeKinds {
        of
        values
      }
      relationshipTypes
      relationshipProperties {
        of
        required
        values
      }
      modalities
      dutyTypes {
        code
        label
      }
      documentFactKinds {
        of
        values
      }
    }
  }
`);

export const REVIEW_DRAFT_AREA = graphql(`
  mutation ReviewDraftArea($uploadId: ID!, $areaId: String!, $year: String!) {
    draftArea(uploadId: $uploadId, areaId: $areaId, year: $year) {
      id
      areaId
    }
  }
`);

export const REVIEW_SET_STATE = graphql(`
  mutation ReviewSetState(
    $areaId: String!
    $draftId: ID!
    $key: ID!
    $state: ReviewState!
    $revision: Int!
  ) {
    reviewProposal(
      areaId: $areaId
      draftId: $draftId
      key: $key
      state: $state
      revision: $revision
    ) {
      ...ReviewDraftFields
    }
  }
`);

export const REVIEW_EDIT = graphql(`
  mutation ReviewEdit($input: EditProposalInput!) {
    editProposal(input: $input) {
      ...ReviewDraftFields
    }
  }
`);

export const REVIEW_ADD_FACT = graphql(`
  mutation ReviewAddFact($input: AddDraftFactInput!) {
    addDraftFact(input: $input) {
      ...ReviewDraftFields
    }
  }
`);

export const REVIEW_RENAME = graphql(`
  mutation ReviewRename(
    $areaId: String!
    $draftId: ID!
    $key: ID!
    $name: String!
    $revision: Int!
  ) {
    renameDraftNode(
      areaId: $areaId
      draftId: $draftId
      key: $key
      name: $name
      revision: $revision
    ) {
      ...ReviewDraftFields
    }
  }
`);

export const REVIEW_ALIASES = graphql(`
  mutation ReviewAliases(
    $areaId: String!
    $draftId: ID!
    $key: ID!
    $aliases: [String!]!
    $revision: Int!
  ) {
    addDraftAliases(
      areaId: $areaId
      draftId: $draftId
      key: $key
      aliases: $aliases
      revision: $revision
    ) {
      ...ReviewDraftFields
    }
  }
`);

export const REVIEW_MERGE = graphql(`
  mutation ReviewMerge(
    $areaId: String!
    $draftId: ID!
    $keepKey: ID!
    $dropKey: ID!
    $revision: Int!
  ) {
    mergeDraftNodes(
      areaId: $areaId
      draftId: $draftId
      keepKey: $keepKey
      dropKey: $dropKey
      revision: $revision
    ) {
      ...ReviewDraftFields
    }
  }
`);

export const REVIEW_PUBLISH = graphql(`
  mutation ReviewPublish($areaId: String!, $draftId: ID!, $reason: String!, $revision: Int!) {
    publishDraft(areaId: $areaId, draftId: $draftId, reason: $reason, revision: $revision) {
      areaId
      nodes
      relationships
      obligations
      leftOut
      draft {
        ...ReviewDraftFields
      }
    }
  }
`);
