import type { ApolloServerPlugin } from '@apollo/server';

/**
 * `cache-control: no-store` on every GraphQL response, as Apollo's default
 * cache-control plugin answers when no field carries a cache hint (none
 * does here). That plugin is disabled in server.ts: it hooks every resolved
 * field (`willResolveField`), which cost about a tenth of a nested query's
 * CPU time in docs/benchmarks.md.
 */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (!response.http.headers.has('cache-control')) {
            response.http.headers.set('cache-control', 'no-store');
          }
        },
      };
    },
  };
}
