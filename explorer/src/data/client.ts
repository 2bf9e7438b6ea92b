import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** GraphQL is served by the same origin as the explorer (the Vite dev server proxies it). */
export const GRAPHQL_PATH = '/graphql';

export function createApolloClient(uri: string = GRAPHQL_PATH): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({
      typePolicies: {
        // A graph belongs to its area and has no id of its own.
        AreaGraph: { keyFields: false },
      },
    }),
  });
}
