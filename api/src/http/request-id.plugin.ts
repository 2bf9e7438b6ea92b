import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Context } from '../context.ts';
import { RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE } from './errors.ts';

/**
 * Logs every error of a request with its request id (full detail stays in the
 * log), stamps that id on each error the client sees, and turns a response
 * whose errors say "store unavailable" into 503 + Retry-After.
 */
export function requestErrorsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            contextValue.log.warn(
              { err: original, path: error.path, requestId: contextValue.requestId },
              'graphql error',
            );
          }
        },
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors) return;
          response.body.singleResult.errors = errors.map((e) => ({
            ...e,
            extensions: { ...e.extensions, requestId: contextValue.requestId },
          }));
          if (errors.some((e) => e.extensions?.code === SERVICE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          }
        },
      };
    },
  };
}
