/**
 * The explorer's GraphQL operations. Hand-typed for the walking skeleton; a
 * later issue generates these types from schema/schema.graphql.
 */
import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ApiAreaGraph, ApiAreaSummary, ApiDocumentSummary } from '../graph/types';

export interface AreasQueryData {
  areas: ApiAreaSummary[];
}

export const AREAS_QUERY: TypedDocumentNode<AreasQueryData, Record<string, never>> = gql`
  query ExplorerAreas {
    areas {
      id
      name
      documents {
        id
        year
      }
    }
  }
`;

export interface AreaQueryData {
  area: {
    id: string;
    name: string;
    documents: ApiDocumentSummary[];
    graph: ApiAreaGraph;
  } | null;
}

export interface AreaQueryVariables {
  id: string;
}

export const AREA_QUERY: TypedDocumentNode<AreaQueryData, AreaQueryVariables> = gql`
  query ExplorerArea($id: ID!) {
    area(id: $id) {
      id
      name
      documents {
        id
        title
        year
        status
      }
      graph {
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
