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
