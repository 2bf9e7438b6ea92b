import { type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import {
  ERROR_CODES,
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

/** Classifies a raw error as Apollo hands it to plugins and to formatError (the errors.ts tables). */
export function errorKind(error: unknown): ErrorKind {
  if (isStoreUnavailable(unwrapResolverError(error))) return 'unavailable';
  const code = codeOf(error);
  return code && ERROR_CODES[code].client ? 'client' : 'unexpected';
}

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
      message: clip(formatted.message),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      ...path,
      extensions: {
        code: formatted.extensions?.code,
        ...(formatted.extensions?.limit ? { limit: formatted.extensions.limit } : {}),
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
