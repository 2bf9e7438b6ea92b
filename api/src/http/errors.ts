import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { StoreError } from '../store/index.ts';

/** Error codes a client can act on; anything else is masked. */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
/** Seconds a client should wait before retrying when the store is down. */
export const RETRY_AFTER_SECONDS = 5;
const SAFE_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'NOT_FOUND',
  SERVICE_UNAVAILABLE,
]);

/** True when the error means "the store cannot be reached right now". */
export function isStoreUnavailable(error: unknown): boolean {
  return error instanceof StoreError && error.code === 'STORE_UNAVAILABLE';
}

/**
 * Masks everything a client must not see (stack traces, file paths, Cypher,
 * bolt URIs, database messages). Safe, actionable errors pass through; the
 * rest become "Unexpected error"; the request-id plugin adds the id the log also has.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (isStoreUnavailable(original)) {
    return {
      message: 'The graph store is unavailable. Retry shortly.',
      path: formatted.path,
      extensions: { code: SERVICE_UNAVAILABLE },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && SAFE_CODES.has(code)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code },
    };
  }
  if (original instanceof GraphQLError && !original.originalError && code === undefined) {
    return { message: formatted.message, locations: formatted.locations };
  }
  return {
    message: 'Unexpected error',
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
