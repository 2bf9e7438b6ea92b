/**
 * The history panel's operations (decision 0024): an area's audit trail, its
 * kept versions, the log as JSON Lines, and restoring a version.
 */
import { graphql } from '../gql';

export const AREA_HISTORY_QUERY = graphql(`
  query ExplorerAreaHistory($areaId: ID!, $first: Int, $after: String) {
    changes(areaId: $areaId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          seq
          at
          accountId
          actorName
          action
          targetId
          before
          after
          reason
        }
      }
    }
    areaVersions(areaId: $areaId) {
      areaId
      current
      versions {
        version
        at
        actorName
        reason
        provenance
      }
    }
  }
`);

export const CHANGES_EXPORT_QUERY = graphql(`
  query ExplorerChangesExport($areaId: ID!) {
    changesExport(areaId: $areaId)
  }
`);

export const RESTORE_VERSION_MUTATION = graphql(`
  mutation ExplorerRestoreAreaVersion(
    $areaId: ID!
    $version: Int!
    $reason: String!
    $expectedVersion: Int
  ) {
    restoreAreaVersion(
      areaId: $areaId
      version: $version
      reason: $reason
      expectedVersion: $expectedVersion
    ) {
      areaId
      version
      action
      targetId
    }
  }
`);
