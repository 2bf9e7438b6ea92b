import { type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { StoreError } from '../store/index.ts';

/** Code of the error a client sees when the store cannot be reached. */
export const SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE';
/** Code of a request the client must fix (bad id, bad bound, text too long). */
export const BAD_USER_INPUT = 'BAD_USER_INPUT';
/** Seconds a client should wait before retrying when the store is down. */
export const RETRY_AFTER_SECONDS = 5;
/** Longest message a client sees (messages may echo a variable's value). */
const MAX_MESSAGE_LENGTH = 500;

/** Codes whose messages are written for the client and pass through. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  BAD_USER_INPUT,
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'NOT_FOUND',
]);

/** What an error means for the client and for the log. */
export type ErrorKind = 'client' | 'unavailable' | 'unexpected';

/** True when the error (or one of its causes) says "the store cannot be reached now". */
export function isStoreUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; depth += 1) {
    if (e instanceof StoreError) return e.code === 'STORE_UNAVAILABLE' || e.code === 'STORE_CLOSED';
    e = e.cause;
  }
  return false;
}

/** Classifies a raw error as Apollo hands it to plugins and to formatError. */
export function errorKind(error: unknown): ErrorKind {
  if (isStoreUnavailable(unwrapResolverError(error))) return 'unavailable';
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return typeof code === 'string' && CLIENT_CODES.has(code) ? 'client' : 'unexpected';
}

function clip(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH
    ? message
    : `${message.slice(0, MAX_MESSAGE_LENGTH)}… (truncated)`;
}

/**
 * Masks everything a client must not see (stack traces, file paths, Cypher,
 * bolt URIs, database messages). Client errors keep their message, locations
 * and code and nothing else; the store being down becomes SERVICE_UNAVAILABLE;
 * anything else becomes "Unexpected error". The request-id plugin then adds
 * the id under which the log holds the detail.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const kind = errorKind(error);
  if (kind === 'unavailable') {
    return {
      message: 'The graph store is unavailable. Retry shortly.',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: SERVICE_UNAVAILABLE },
    };
  }
  if (kind === 'client') {
    return {
      message: clip(formatted.message),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: formatted.extensions?.code },
    };
  }
  return {
    message: 'Unexpected error. Quote the requestId when you report it.',
    ...(formatted.path ? { path: formatted.path } : {}),
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
