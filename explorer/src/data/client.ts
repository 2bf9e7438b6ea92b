import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import { csrfFetch } from '../auth/csrf';
import introspection from '../gql/possibleTypes';

/** GraphQL is served by the same origin as the explorer (the Vite dev server proxies it). */
export const GRAPHQL_PATH = '/graphql';

/**
 * The schema's interfaces and their types (generated from
 * schema/schema.graphql), so fragments on `Agent`, `Node` and `Relationship`
 * match the concrete types when read from the cache.
 */
export const POSSIBLE_TYPES = introspection.possibleTypes;

export function createApolloClient(uri: string = GRAPHQL_PATH): ApolloClient {
  return new ApolloClient({
    // with a session, every request repeats the CSRF cookie in x-csrf-token (decision 0023)
    link: new HttpLink({ uri, fetch: csrfFetch }),
    cache: new InMemoryCache({
      possibleTypes: POSSIBLE_TYPES,
      typePolicies: {
        // A graph belongs to its area and has no id of its own.
        AreaGraph: { keyFields: false },
      },
    }),
  });
}
