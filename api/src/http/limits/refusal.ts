import { GraphQLError } from 'graphql';
import { LIMITS, figure } from '@accgraph/schema';

/** The limits a GraphQL request can be refused by (names of the limits table). */
export type RequestLimit =
  | 'queryDepth'
  | 'queryAliases'
  | 'queryDirectives'
  | 'queryTokens'
  | 'queryCost'
  | 'requestMs'
  | 'responseBytes';

/** What the client sees of a refusal: which limit, its figure, what was found. */
export interface LimitDetail {
  name: RequestLimit;
  max: number;
  found?: number;
}

const ADVICE: Record<RequestLimit, string> = {
  queryDepth: 'select fewer nested levels, or start a second query from node(id:) of a deeper node',
  queryAliases: 'send fewer aliased fields in one operation and the rest in further requests',
  queryDirectives: 'use fewer @include/@skip directives in one operation',
  queryTokens: 'send a shorter document (no unused fragments or repeated fields)',
  queryCost:
    'each page size multiplies the cost of what it selects (an omitted first: counts as 50): ' +
    'ask for smaller pages (first: 10), fewer nested relationships or aliases, or split the query',
  requestMs:
    'ask for less in one request (smaller pages, fewer aliases or areas) or split it; ' +
    'if the server is busy, retry after Retry-After seconds',
  responseBytes: 'ask for less in one request (fewer aliases, smaller pages) or split it',
};

const WHAT: Record<RequestLimit, (max: string) => string> = {
  queryDepth: (max) => `Query depth limit of ${max} exceeded`,
  queryAliases: (max) => `Aliases limit of ${max} exceeded`,
  queryDirectives: (max) => `Directives limit of ${max} exceeded`,
  queryTokens: (max) => `Document of more than ${max} tokens refused`,
  queryCost: (max) => `Query cost limit of ${max} exceeded`,
  requestMs: (max) => `Request stopped at the time limit of ${max} ms`,
  responseBytes: (max) => `Response of more than ${max} bytes refused`,
};

/**
 * A request refused by one of the server's limits (never labelled "Syntax
 * Error"): the message names the limit, its figure, what the request
 * reached and how to stay under it; `extensions.limit` carries the same.
 */
export class LimitExceededError extends GraphQLError {
  declare readonly extensions: {
    code: 'LIMIT_EXCEEDED';
    limit: LimitDetail;
    [key: string]: unknown;
  };

  constructor(name: RequestLimit, found?: number, max: number = LIMITS[name]) {
    const foundText = found === undefined ? '' : `, found ${Math.round(found)}`;
    super(
      `${WHAT[name](String(max))}${foundText} (limit "${name}": ${figure(max)}). To stay under it, ${ADVICE[name]}.`,
      {
        extensions: {
          code: 'LIMIT_EXCEEDED',
          limit: { name, max, ...(found === undefined ? {} : { found: Math.round(found) }) },
          http: { status: 400 },
        },
      },
    );
    this.name = 'LimitExceededError';
  }
}

/** The request ran past `requestMs` (or its client left): its store work is stopped. */
export class RequestTimeoutError extends GraphQLError {
  declare readonly extensions: {
    code: 'REQUEST_TIMEOUT';
    limit: LimitDetail;
    [key: string]: unknown;
  };

  constructor(max: number = LIMITS.requestMs) {
    super(
      `${WHAT.requestMs(String(max))} (limit "requestMs": ${figure(max)} ms); its store work was stopped. ` +
        `To stay under it, ${ADVICE.requestMs}.`,
      { extensions: { code: 'REQUEST_TIMEOUT', limit: { name: 'requestMs', max } } },
    );
    this.name = 'RequestTimeoutError';
  }
}
