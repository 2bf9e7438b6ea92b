/**
 * The edit forms' operations (decision 0024): who is signed in (to show the
 * Edit action to editors only), and the edit mutations. Every edit carries
 * the area version read (expectedVersion): a stale one answers CONFLICT.
 */
import { graphql } from '../gql';

export const EDITING_ME_QUERY = graphql(`
  query ExplorerEditingMe($areaId: ID!) {
    me {
      id
      displayName
      role
      areaRoles {
        areaId
        role
      }
    }
    areaVersions(areaId: $areaId) {
      areaId
      current
    }
  }
`);

export const EDIT_NODE_MUTATION = graphql(`
  mutation ExplorerEditNode($input: EditNodeInput!) {
    editNode(input: $input) {
      areaId
      version
      action
      targetId
    }
  }
`);

export const CORRECT_RELATIONSHIP_MUTATION = graphql(`
  mutation ExplorerCorrectRelationship($input: CorrectRelationshipInput!) {
    correctRelationship(input: $input) {
      areaId
      version
      action
      targetId
    }
  }
`);

/** The values an edit may take (the server checks them again and names a wrong one). */
export const EDIT_VOCABULARY_QUERY = graphql(`
  query ExplorerEditVocabulary {
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
        required
        values
      }
    }
  }
`);

export const ADD_RELATIONSHIP_MUTATION = graphql(`
  mutation ExplorerAddRelationship($input: AddRelationshipInput!) {
    addRelationship(input: $input) {
      areaId
      version
      action
      targetId
    }
  }
`);

export const ADD_OBLIGATION_MUTATION = graphql(`
  mutation ExplorerAddObligation($input: AddObligationInput!) {
    addObligation(input: $input) {
      areaId
      version
      action
      targetId
    }
  }
`);

export const CORRECT_OBLIGATION_MUTATION = graphql(`
  mutation ExplorerCorrectObligation($input: CorrectObligationInput!) {
    correctObligation(input: $input) {
      areaId
      version
      action
      targetId
    }
  }
`);

export const SET_DOCUMENT_FACT_MUTATION = graphql(`
  mutation ExplorerSetDocumentFact($input: DocumentFactInput!) {
    setDocumentFact(input: $input) {
      areaId
      version
      action
      targetId
    }
  }
`);

/** A document's facts (dates, notes, replaces, aim) with their quotes, to list and correct. */
export const DOCUMENT_FACTS_QUERY = graphql(`
  query ExplorerDocumentFacts($id: ID!) {
    node(id: $id) {
      id
      ... on Document {
        facts {
          category
          kind
          value
          evidence {
            quote
            documentId
            start
            end
          }
        }
      }
    }
  }
`);

export const ADD_NODE_MUTATION = graphql(`
  mutation ExplorerAddNode($input: AddNodeInput!) {
    addNode(input: $input) {
      areaId
      version
      action
      targetId
    }
  }
`);

/**
 * Every body, post, organisation and person of an area, of every document
 * (allTime): what an edit may point at, drawn on the canvas now or not.
 */
export const AREA_NODES_QUERY = graphql(`
  query ExplorerAreaNodes($id: ID!) {
    area(id: $id) {
      id
      graph(allTime: true) {
        nodes {
          id
          label
          name
        }
      }
    }
  }
`);
