import { GraphQLError } from 'graphql';
import { StoreError, type StoreErrorCode } from './store/index.ts';

/**
 * Every `extensions.code` a client can see, with what it means and the HTTP
 * status it gives a response whose errors all carry it (docs/architecture.md
 * "Errors" repeats this table). `client`: the message is written for the
 * client and passes through; otherwise the message is replaced.
 * `status: null`: the response keeps the status GraphQL over HTTP gives it
 * (200 for a field error: the rest of the answer stands).
 */
export const ERROR_CODES = {
  BAD_USER_INPUT: {
    status: 400,
    client: true,
    means: 'an argument is wrong; the message says which and what is expected',
  },
  CONFLICT: {
    status: 409,
    client: true,
    means:
      'an edit was based on a version of the area that is no longer current; nothing was written ' +
      '(extensions.currentVersion says where the area is now)',
  },
  NOT_FOUND: {
    status: null,
    client: true,
    means: 'no node, area or document has the id given (the one rule for unknown ids)',
  },
  SERVICE_UNAVAILABLE: {
    status: 503,
    client: true,
    means: 'the graph store cannot be reached now; retry after Retry-After seconds',
  },
  LIMIT_EXCEEDED: {
    status: 400,
    client: true,
    means:
      'the request is over a query limit (depth, aliases, directives, tokens, cost, response size); ' +
      'the message and extensions.limit say which, its figure and how to stay under it',
  },
  REQUEST_TIMEOUT: {
    status: 503,
    client: true,
    means:
      'the request ran past the time limit and its store work was stopped; ask for less or retry',
  },
  SERVER_BUSY: {
    status: 503,
    client: true,
    means: 'too many requests are running and waiting; retry after Retry-After seconds',
  },
  UNAUTHENTICATED: {
    status: 401,
    client: true,
    means:
      'no valid session: sign in first (a session ends at sign-out, expiry or when its account is ' +
      'disabled; a cookie replayed after that is refused)',
  },
  FORBIDDEN: {
    status: 403,
    client: true,
    means:
      'signed in, but the role held (for the area named, else for the deployment) is below the ' +
      'role the operation needs, or the CSRF token is missing or wrong; the message says which',
  },
  TOO_MANY_REQUESTS: {
    status: 429,
    client: true,
    means:
      'too many sign-in attempts from this address or for this account; retry after Retry-After seconds',
  },
  INTERNAL_SERVER_ERROR: {
    status: null,
    client: false,
    means: 'anything unexpected; the log holds the detail under the requestId',
  },
  // Raised by Apollo Server itself (it sets their status).
  GRAPHQL_PARSE_FAILED: { status: null, client: true, means: 'the document does not parse' },
  GRAPHQL_VALIDATION_FAILED: {
    status: null,
    client: true,
    means: 'the document does not fit the schema or a query limit',
  },
  BAD_REQUEST: { status: null, client: true, means: 'the HTTP request is not a GraphQL request' },
  PERSISTED_QUERY_NOT_FOUND: { status: null, client: true, means: 'unknown persisted query' },
  PERSISTED_QUERY_NOT_SUPPORTED: { status: null, client: true, means: 'no persisted queries' },
  OPERATION_RESOLUTION_FAILURE: {
    status: null,
    client: true,
    means: 'operationName names no operation of the document',
  },
} as const satisfies Record<string, { status: number | null; client: boolean; means: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

/**
 * The code each store error (`StoreError.code`, api/src/store/types.ts) gives
 * the client, in the same table: a store that is down, closed, or refusing
 * our credentials (a password changed while the API runs: fatal at startup,
 * but a running API answers 503 until it is fixed) is SERVICE_UNAVAILABLE;
 * anything else the store raised is unexpected (masked; the log has it).
 */
export const STORE_ERROR_CODES = {
  STORE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  STORE_CLOSED: 'SERVICE_UNAVAILABLE',
  STORE_AUTH: 'SERVICE_UNAVAILABLE',
  STORE_SYNTAX: 'INTERNAL_SERVER_ERROR',
  STORE_CONSTRAINT: 'INTERNAL_SERVER_ERROR',
  STORE_CONFLICT: 'INTERNAL_SERVER_ERROR',
  STORE_CORRUPT: 'INTERNAL_SERVER_ERROR',
  STORE_ERROR: 'INTERNAL_SERVER_ERROR',
} as const satisfies Record<StoreErrorCode, ErrorCode>;

/** The code a store error gives the client (STORE_ERROR_CODES), looking through causes. */
export function storeErrorCode(error: unknown): ErrorCode | undefined {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 5; depth += 1) {
    if (e instanceof StoreError) return STORE_ERROR_CODES[e.code];
    e = e.cause;
  }
  return undefined;
}

/** True when the error (or one of its causes) says "the store cannot be reached now". */
export function isStoreUnavailable(error: unknown): boolean {
  return storeErrorCode(error) === 'SERVICE_UNAVAILABLE';
}

/** Seconds a client should wait before retrying when the store is down. */
export const RETRY_AFTER_SECONDS = 5;

/** The code of a GraphQL error (or its formatted form), if it is one of ours. */
export function codeOf(error: unknown): ErrorCode | undefined {
  const code = (error as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  return typeof code === 'string' && code in ERROR_CODES ? (code as ErrorCode) : undefined;
}

/** An argument the client must fix: says which and what is expected. */
export class BadUserInputError extends GraphQLError {
  declare readonly extensions: { code: 'BAD_USER_INPUT'; [key: string]: unknown };

  /** `extra`: further detail for the client, e.g. `problems` with their JSON paths. */
  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extra, code: 'BAD_USER_INPUT' } });
    this.name = 'BadUserInputError';
  }
}

/**
 * A write based on a version that is no longer current (optimistic
 * concurrency): the second editor is told and nothing is written.
 */
export class ConflictError extends GraphQLError {
  declare readonly extensions: { code: 'CONFLICT'; [key: string]: unknown };

  constructor(message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extra, code: 'CONFLICT' } });
    this.name = 'ConflictError';
  }
}

/** What kind of thing an unknown id was meant to name. */
export type NotFoundKind = 'node' | 'area' | 'document' | 'post' | 'account' | 'draft' | 'upload';

const WHERE_TO_LOOK: Record<NotFoundKind, string> = {
  node: 'ids look like "wiltshire/wscb"; search lists nodes by name.',
  area: 'the query "areas { id }" lists them.',
  document: 'the query "areas { documents { id } }" lists them.',
  post: 'ids look like "wiltshire/dcs"; search lists posts by name.',
  account: 'the query "accounts { id email }" lists them (admins only).',
  draft: 'the query "drafts(areaId: ...)" lists the drafts of an area.',
  upload: 'POST /uploads answers the id of an uploaded document.',
};

/**
 * The one answer to an unknown id, whatever the query (only the lookups
 * `area(id)` and `node(id)` answer null instead, as their descriptions say).
 */
export class NotFoundError extends GraphQLError {
  declare readonly extensions: { code: 'NOT_FOUND'; [key: string]: unknown };

  constructor(kind: NotFoundKind, ids: string | readonly string[]) {
    const list = typeof ids === 'string' ? [ids] : ids;
    const named = list.map((id) => `"${id}"`).join(', ');
    super(`No ${kind} ${named} in the graph; ${WHERE_TO_LOOK[kind]}`, {
      extensions: { code: 'NOT_FOUND' },
    });
    this.name = 'NotFoundError';
  }
}

/** The graph store cannot be reached now (answered 503 + Retry-After). */
export class StoreUnavailableError extends GraphQLError {
  declare readonly extensions: { code: 'SERVICE_UNAVAILABLE'; [key: string]: unknown };

  constructor() {
    super('The graph store is unavailable. Retry shortly.', {
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
    this.name = 'StoreUnavailableError';
  }
}

/** Anything unexpected, as the client sees it (the detail stays in the log). */
export class InternalError extends GraphQLError {
  declare readonly extensions: { code: 'INTERNAL_SERVER_ERROR'; [key: string]: unknown };

  constructor() {
    super('Unexpected error. Quote the requestId when you report it.', {
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    this.name = 'InternalError';
  }
}

/** No valid session: the operation needs a signed-in account (answered 401). */
export class UnauthenticatedError extends GraphQLError {
  declare readonly extensions: { code: 'UNAUTHENTICATED'; [key: string]: unknown };

  constructor(message = 'Sign in first: this needs a signed-in account.') {
    super(message, { extensions: { code: 'UNAUTHENTICATED' } });
    this.name = 'UnauthenticatedError';
  }
}

/** Signed in, but not allowed (answered 403): the message says what role is needed where. */
export class ForbiddenError extends GraphQLError {
  declare readonly extensions: { code: 'FORBIDDEN'; [key: string]: unknown };

  constructor(message: string) {
    super(message, { extensions: { code: 'FORBIDDEN' } });
    this.name = 'ForbiddenError';
  }
}

/** Too many sign-in attempts (answered 429 + Retry-After). */
export class TooManyRequestsError extends GraphQLError {
  declare readonly extensions: {
    code: 'TOO_MANY_REQUESTS';
    retryAfterSeconds: number;
    [key: string]: unknown;
  };

  constructor(message: string, retryAfterSeconds: number) {
    super(message, { extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds } });
    this.name = 'TooManyRequestsError';
  }
}
