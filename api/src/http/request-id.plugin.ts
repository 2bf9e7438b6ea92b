import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../context.ts';
import { BAD_USER_INPUT, RETRY_AFTER_SECONDS, SERVICE_UNAVAILABLE, errorKind } from './errors.ts';

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/**
 * The HTTP status of a response whose GraphQL errors are all the client's
 * fault (BAD_USER_INPUT from a resolver, e.g. an ill-formed id): 400, unless
 * the client accepts application/graphql-response+json and the response has
 * data, where GraphQL over HTTP requires 2xx (docs/security.md).
 */
export function badInputStatus(
  errors: readonly GraphQLFormattedError[],
  hasData: boolean,
  accept: string | undefined,
): number | undefined {
  if (errors.length === 0 || !errors.every((e) => e.extensions?.code === BAD_USER_INPUT)) {
    return undefined;
  }
  if (hasData && (accept ?? '').toLowerCase().includes(GRAPHQL_RESPONSE_JSON)) return undefined;
  return 400;
}

/**
 * Logs every error of a request with its request id (full detail stays in the
 * log: unexpected errors at error level with their stack; the client's own
 * mistakes at debug only, since their messages may echo variables), stamps
 * that id on each error the client sees, answers 503 + Retry-After when the
 * store is down and 400 when the only errors are bad input.
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
          if (errors.some((e) => e.extensions?.code === SERVICE_UNAVAILABLE)) {
            response.http.status = 503;
            response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
            return;
          }
          const status = badInputStatus(
            errors,
            result.data !== undefined && result.data !== null,
            request.http?.headers.get('accept'),
          );
          if (status !== undefined && (response.http.status ?? 200) < 400) {
            response.http.status = status;
          }
        },
      };
    },
  };
}
