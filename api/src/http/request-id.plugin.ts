import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Context } from '../context.ts';
import { RETRY_AFTER_SECONDS, errorKind, statusFor } from './errors.ts';

/**
 * Logs every error of a request with its request id (full detail stays in the
 * log: unexpected errors at error level with their stack; the client's own
 * mistakes at debug only, since their messages may echo variables), stamps
 * that id on each error the client sees, and sets the HTTP status the codes
 * give (errors.ts: 503 + Retry-After when the store is down, 400 when the
 * only errors are bad input).
 */
export function requestErrorsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ contextValue, errors, operationName }) {
          for (const error of errors) {
            const kind = errorKind(error);
            const entry = { requestId: contextValue.requestId, operationName, path: error.path };
            if (kind === 'unexpected') {
              contextValue.log.error(
                { ...entry, err: unwrapResolverError(error) },
                'graphql error',
              );
            } else if (kind === 'unavailable') {
              contextValue.log.warn(
                { ...entry, err: unwrapResolverError(error) },
                'store unavailable',
              );
            } else {
              contextValue.log.debug({ ...entry, message: error.message }, 'graphql client error');
            }
          }
        },
        async willSendResponse({ response, contextValue, request }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.errors?.length) return;
          const errors = result.errors;
          result.errors = errors.map((e) => ({
            ...e,
            extensions: { ...e.extensions, requestId: contextValue.requestId },
          }));
          const status = statusFor(
            errors,
            result.data !== undefined && result.data !== null,
            request.http?.headers.get('accept'),
          );
          if (status === 503) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
          } else if (status !== undefined && (response.http.status ?? 200) < 400) {
            response.http.status = status;
          }
        },
      };
    },
  };
}
