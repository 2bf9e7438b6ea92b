import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ERROR_CODES,
  type ErrorCode,
  InternalError,
  RETRY_AFTER_SECONDS,
  StoreUnavailableError,
  codeOf,
  isStoreUnavailable,
} from '../errors.ts';

export { RETRY_AFTER_SECONDS, isStoreUnavailable };

/** Longest message a client sees (messages may echo a variable's value). */
const MAX_MESSAGE_LENGTH = 500;

/** What an error means for the client and for the log. */
export type ErrorKind = 'client' | 'unavailable' | 'unexpected';

/** graphql-js's last variable error when a request has more than 50 (`maxCoercionErrors`). */
const TOO_MANY_VARIABLE_ERRORS = /^Too many errors processing variables/;

/**
 * The code of a client mistake that Apollo or graphql-js report without one:
 * a request Apollo refuses with an HTTP 4xx of its own (a persisted-query hash
 * that does not match its query) is BAD_REQUEST; graphql-js's "too many errors
 * processing variables" is BAD_USER_INPUT. Without this both were masked as
 * unexpected errors.
 */
export function uncodedClientCode(error: unknown): ErrorCode | undefined {
  if (!(error instanceof GraphQLError) || error.path || codeOf(error)) return undefined;
  const status = (error.extensions.http as { status?: unknown } | undefined)?.status;
  if (typeof status === 'number' && status >= 400 && status < 500) return 'BAD_REQUEST';
  if (TOO_MANY_VARIABLE_ERRORS.test(error.message)) return 'BAD_USER_INPUT';
  return undefined;
}

/** Classifies a raw error as Apollo hands it to plugins and to formatError (the errors.ts tables). */
export function errorKind(error: unknown): ErrorKind {
  if (isStoreUnavailable(unwrapResolverError(error))) return 'unavailable';
  const code = codeOf(error) ?? uncodedClientCode(error);
  return code && ERROR_CODES[code].client ? 'client' : 'unexpected';
}

/**
 * graphql-js's "Did you mean …?" (fields, arguments, types, enum values in
 * variables): it would hand the schema to a client that introspection is
 * refused to. Validation runs with `hideSuggestions` (server.ts); variable
 * coercion has no such option through Apollo, so the mask removes the rest.
 */
const SUGGESTION = / ?Did you mean [^?]*\?/g;

function clip(message: string): string {
  return message.length <= MAX_MESSAGE_LENGTH
    ? message
    : `${message.slice(0, MAX_MESSAGE_LENGTH)}… (truncated)`;
}

/**
 * Masks everything a client must not see (stack traces, file paths, Cypher,
 * bolt URIs, database messages). Client errors keep their message, locations
 * and code and nothing else; the store being down becomes a
 * StoreUnavailableError; anything else an InternalError. The request-id
 * plugin then adds the id under which the log holds the detail.
 */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const path = formatted.path ? { path: formatted.path } : {};
  const kind = errorKind(error);
  if (kind === 'client') {
    return {
      message: clip(formatted.message.replace(SUGGESTION, '')),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...path,
      extensions: {
        code: uncodedClientCode(error) ?? formatted.extensions?.code,
        ...(formatted.extensions?.limit ? { limit: formatted.extensions.limit } : {}),
        // CONFLICT: where the area is now; BAD_USER_INPUT on a write: each evidence problem's JSON path
        ...(formatted.extensions?.currentVersion !== undefined
          ? { currentVersion: formatted.extensions.currentVersion }
          : {}),
        ...(Array.isArray(formatted.extensions?.problems)
          ? { problems: formatted.extensions.problems }
          : {}),
      },
    };
  }
  const shown = kind === 'unavailable' ? new StoreUnavailableError() : new InternalError();
  return { message: shown.message, ...path, extensions: { code: shown.extensions.code } };
}

const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json';

/**
 * The HTTP status of a response with errors, from the table in errors.ts:
 * 503 when the store is down; the codes' common status when every error
 * has one (400 for BAD_USER_INPUT), except that a client accepting
 * application/graphql-response+json gets 2xx for a response with data
 * (GraphQL over HTTP; docs/security.md); otherwise undefined (Apollo's own).
 */
export function statusFor(
  errors: readonly GraphQLFormattedError[],
  hasData: boolean,
  accept: string | undefined,
): number | undefined {
  if (errors.length === 0) return undefined;
  const statuses = errors.map((e) => {
    const code = codeOf(e);
    return code ? ERROR_CODES[code].status : null;
  });
  if (statuses.includes(503)) return 503;
  const [first] = statuses;
  if (first === null || first === undefined || !statuses.every((s) => s === first)) {
    return undefined;
  }
  if (hasData && (accept ?? '').toLowerCase().includes(GRAPHQL_RESPONSE_JSON)) return undefined;
  return first;
}
