import { ApolloClient, HttpLink, InMemoryCache, type TypePolicies } from '@apollo/client';
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

/** How the cache stores the answers (also timed by bench/explorer.bench.ts, `BENCH_ONLY=cache`). */
export const TYPE_POLICIES: TypePolicies = {
  // A graph belongs to its area and has no id of its own.
  AreaGraph: { keyFields: false },
  // A graph's nodes and edges are stored inside the graph they came with, not as
  // entities of their own: nothing reads them by id (each answer is read whole), and
  // the first view's answer is written in less time (docs/benchmarks.md, session 8).
  GraphNode: { keyFields: false },
  GraphEdge: { keyFields: false },
};

export function createApolloClient(uri: string = GRAPHQL_PATH): ApolloClient {
  return new ApolloClient({
    // with a session, every request repeats the CSRF cookie in x-csrf-token (decision 0023)
    link: new HttpLink({ uri, fetch: csrfFetch }),
    cache: new InMemoryCache({ possibleTypes: POSSIBLE_TYPES, typePolicies: TYPE_POLICIES }),
  });
}
