import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** GraphQL is served by the same origin as the explorer (the Vite dev server proxies it). */
export const GRAPHQL_PATH = '/graphql';

const RELATIONSHIP_TYPES = [
  'MemberOf',
  'Chairs',
  'SubgroupOf',
  'HoldsToAccount',
  'AccountableTo',
  'ReportsTo',
  'Consults',
  'Advises',
  'Informs',
  'EscalatesTo',
  'Supports',
  'SucceededBy',
  'PostOf',
  'HoldsPost',
  'Signed',
  'HasObligation',
  'OfType',
  'BasedOn',
  'DischargedThrough',
  'PartOf',
  'Governs',
].map((t) => `${t}Relationship`);

/**
 * The schema's interfaces, so fragments on `Agent`, `Node` and
 * `Relationship` match the concrete types when read from the cache.
 */
export const POSSIBLE_TYPES: Record<string, string[]> = {
  Node: [
    'Area',
    'Document',
    'Body',
    'Organisation',
    'Post',
    'Person',
    'Obligation',
    'DutyType',
    'StatutoryProvision',
  ],
  Agent: ['Body', 'Organisation', 'Post'],
  Relationship: RELATIONSHIP_TYPES,
};

export function createApolloClient(uri: string = GRAPHQL_PATH): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      possibleTypes: POSSIBLE_TYPES,
      typePolicies: {
        // A graph belongs to its area and has no id of its own.
        AreaGraph: { keyFields: false },
      },
    }),
  });
}
