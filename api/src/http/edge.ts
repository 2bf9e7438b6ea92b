/**
 * The HTTP edge: everything a request meets on its way in and out that is
 * not the GraphQL execution itself and not a load limit (those are in
 * limits.ts). Read top to bottom, it follows a request:
 *
 * 1. Request ids: a caller's `x-request-id` (a short slug) is kept, else a
 *    UUID; every answer carries it, every error body and log line too.
 * 2. Malformed HTTP (Node's parser refuses it before Fastify sees a request):
 *    400/408/431 with `Connection: close`, never a reset.
 * 3. One body limit for every method and path: 413 with a JSON body, the
 *    rest of the body read and dropped first so the client sees the answer.
 * 4. Errors outside GraphQL (Fastify's own): 4xx keep their message, 5xx
 *    are masked and logged under the request id.
 * 5. Security headers on every response (@fastify/helmet, our CSP).
 * 6. Request ids on error answers Apollo builds before any plugin runs.
 * 7. GraphQL errors: what a client may see (maskError) and the HTTP status
 *    the codes give (statusFor), both from the tables in api/src/errors.ts.
 * 8. Validation: operations of a type the schema has (queries only).
 * 9. The Apollo plugin of the edge: logs each error under the request id,
 *    stamps the id on each error, sets the status, `cache-control: no-store`.
 * 10. The answer serialised in turns (`stringifyInTurns`, Apollo's
 *    `stringifyResult`): a many-alias answer never holds the event loop.
 *
 * server.ts wires it with three lines: `edgeServerOptions` (Fastify's
 * options), `registerEdge(app, …)` (the hooks of 1 and 3-6) and, for Apollo,
 * `maskError`, `knownOperationTypes`, `edgePlugin()` and `stringifyInTurns`.
 */
import { randomUUID } from 'node:crypto';
import { type IncomingMessage, STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import fastifyHelmet from '@fastify/helmet';
import type { FastifyError, FastifyInstance, FastifyServerOptions } from 'fastify';
import {
  GraphQLError,
  type FormattedExecutionResult,
  type GraphQLFormattedError,
  type ValidationRule,
} from 'graphql';
import type { Context } from '../context.ts';
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

// ---- 1. Request ids ----

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Fastify's options of the edge: the body limit (Fastify's own, for the
 * bodies it parses), request ids, the malformed-HTTP answer, and idle
 * keep-alive connections closed on shutdown.
 */
export function edgeServerOptions(bodyLimit: number): FastifyServerOptions {
  return {
    bodyLimit,
    requestIdHeader: false,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
    forceCloseConnections: 'idle',
    clientErrorHandler,
  };
}

/**
 * The edge's hooks, in the order they must run: the request id header, the
 * error handler, the security headers (first among the hooks: their headers
 * go on every answer, the body limit's 413 included), the body limit, and
 * the request id on Apollo's own error answers.
 */
export async function registerEdge(
  app: FastifyInstance,
  {
    production,
    bodyLimit,
    pathLimits = {},
  }: {
    production: boolean;
    bodyLimit: number;
    /** Paths with their own body limit (POST /uploads: the upload limit). */
    pathLimits?: Readonly<Record<string, number>>;
  },
): Promise<void> {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorHandler(app);
  await registerSecurityHeaders(app, { production });
  registerBodyLimit(app, bodyLimit, pathLimits);
  registerErrorBodyIds(app);
}

// ---- 2. Malformed HTTP (Node's parser refuses it before Fastify sees a request) ----

/** How long a connection that sent malformed HTTP is read (and dropped) before it is closed. */
const LINGER_MS = 2_000;

function answer(error: { code?: string }): [number, string] {
  if (error.code === 'ERR_HTTP_REQUEST_TIMEOUT')
    return [408, 'The request took too long to arrive.'];
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    return [431, 'The request line and headers exceed 16 KiB. Send a long query in a POST body.'];
  }
  return [400, 'The request is not valid HTTP/1.1.'];
}

/**
 * Answers what Node's HTTP parser refuses (malformed HTTP, headers over
 * 16 KiB, a request that never finishes arriving), in place of Fastify's
 * default, which destroyed the socket at once and sent no `Connection:
 * close`: a client still sending was reset before it read the answer, and a
 * keep-alive client reused the dead connection for its next request (both
 * seen by the fuzz script). Here the answer says `Connection: close`, has no
 * body when the request was a HEAD, and the connection is read and dropped
 * for up to 2 s before it is closed.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, message] = answer(error);
  // the bytes the parser refused (Node sets it on parser errors)
  const raw = (error as { rawPacket?: unknown }).rawPacket;
  const head = Buffer.isBuffer(raw) && raw.subarray(0, 5).toString('latin1') === 'HEAD ';
  const body = head
    ? ''
    : JSON.stringify({ error: STATUS_CODES[status], message, statusCode: status });
  if (socket.writable) {
    socket.end(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
  }
  socket.removeAllListeners('data');
  socket.on('data', () => undefined);
  socket.resume();
  setTimeout(() => socket.destroy(), LINGER_MS).unref();
}

// ---- 3. One body limit for every method ----

/**
 * How long and how much of a refused body is read (and dropped) before the
 * 413 is sent. Closing a socket that still holds unread bytes makes the
 * kernel reset the connection, and a client still writing its body then sees
 * "connection reset" instead of the 413 (measured: 7.8 MB bodies). Past these
 * bounds the answer goes out anyway and the connection is closed.
 */
export const DRAIN_LIMITS = { ms: 10_000, bytes: 64 * 1024 * 1024 } as const;

/** Methods whose bodies Fastify never reads (it ignores them). */
const UNPARSED = new Set(['GET', 'HEAD', 'TRACE', 'CONNECT']);

export class BodyTooLargeError extends Error {
  readonly statusCode = 413;
  readonly code = 'FST_ERR_CTP_BODY_TOO_LARGE';
  override readonly name = 'FastifyError';

  constructor(limit: number) {
    super(`Request body is too large: the limit is ${limit} bytes.`);
  }
}

/** Reads and drops what is left of a request's body, within DRAIN_LIMITS. */
export function drainBody(raw: IncomingMessage, limits = DRAIN_LIMITS): Promise<void> {
  if (raw.complete || raw.readableEnded || raw.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let bytes = 0;
    const done = (): void => {
      clearTimeout(timer);
      raw.off('data', onData);
      raw.off('end', done);
      raw.off('close', done);
      raw.off('error', done);
      resolve();
    };
    const onData = (chunk: Buffer): void => {
      bytes += chunk.length;
      if (bytes > limits.bytes) done();
    };
    const timer = setTimeout(done, limits.ms);
    raw.on('data', onData);
    raw.once('end', done);
    raw.once('close', done);
    raw.once('error', done);
    raw.resume();
  });
}

/** Counts a body Fastify will not read; true when it stays within `limit`. */
function bodyWithin(raw: IncomingMessage, limit: number): Promise<boolean> {
  return new Promise((resolve) => {
    let bytes = 0;
    const finish = (within: boolean): void => {
      raw.off('data', onData);
      raw.off('end', onEnd);
      raw.off('error', onEnd);
      resolve(within);
    };
    const onData = (chunk: Buffer): void => {
      bytes += chunk.length;
      if (bytes > limit) finish(false);
    };
    const onEnd = (): void => finish(true);
    raw.on('data', onData);
    raw.once('end', onEnd);
    raw.once('error', onEnd);
    raw.resume();
  });
}

/**
 * One body limit for every method and path, answered 413 with a JSON body
 * (registerErrorHandler): Fastify's own `bodyLimit` covers the bodies it parses
 * (POST, PUT, PATCH, DELETE, OPTIONS); a declared `content-length` over the
 * limit is refused here for any method, before routing, and a body sent with
 * GET or HEAD (which Fastify ignores) is counted as it arrives.
 */
export function registerBodyLimit(
  app: FastifyInstance,
  defaultLimit: number,
  /** Paths with their own body limit (POST /uploads: the upload limit). */
  pathLimits: Readonly<Record<string, number>> = {},
): void {
  app.addHook('onRequest', async (request) => {
    const limit = pathLimits[request.url.split('?')[0] ?? ''] ?? defaultLimit;
    const declared = Number(request.headers['content-length'] ?? 0);
    if (declared > limit) throw new BodyTooLargeError(limit);
    if (UNPARSED.has(request.method) && request.headers['transfer-encoding'] !== undefined) {
      if (!(await bodyWithin(request.raw, limit))) throw new BodyTooLargeError(limit);
    }
  });
}

// ---- 4. Errors outside GraphQL ----

/**
 * Errors Fastify raises outside GraphQL (body too large, body not JSON, a
 * failing route): 4xx keep Fastify's message (written for the client); 5xx
 * are logged with their detail and answer a masked message plus the request
 * id, never a stack trace, a path or a database message. A body too large is
 * read to its end (within DRAIN_LIMITS) before the 413 goes out, so a client
 * still sending gets the answer, not a reset connection.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
    if (status >= 500) {
      request.log.error({ err: error, requestId: request.id }, 'request failed');
      return reply.code(500).send({
        error: 'Internal Server Error',
        message: 'Unexpected error. Quote the requestId when you report it.',
        requestId: request.id,
      });
    }
    request.log.info(
      { code: error.code, statusCode: status, requestId: request.id },
      'request rejected',
    );
    let message = error.message;
    if (status === 413) {
      await drainBody(request.raw);
      if (!(error instanceof BodyTooLargeError))
        message = `Request body is too large: the limit is ${app.initialConfig.bodyLimit} bytes.`;
      reply.header('connection', 'close');
    }
    return reply.code(status).send({
      error: error.name === 'FastifyError' ? undefined : error.name,
      code: error.code,
      message,
      requestId: request.id,
    });
  });
}

// ---- 5. Security headers ----

/**
 * The Content Security Policy of every response. The explorer is a Vite
 * build: its scripts and styles are files under /assets (no inline script),
 * it talks to /graphql on the same origin, and its PNG/SVG export
 * (html-to-image) renders through `data:` and `blob:` images and inlines
 * styles into the copy it renders. The e2e journeys run under this policy
 * and fail on any violation (test/e2e/support/explorer.ts).
 */
export const CONTENT_SECURITY_POLICY = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:', 'blob:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  // React Flow injects a <style> element, and html-to-image inlines styles
  styleSrc: ["'self'", "'unsafe-inline'"],
  // Served over plain HTTP behind a TLS proxy, or on loopback: upgrading
  // requests to https would break the loopback case.
  upgradeInsecureRequests: null,
} as const;

/**
 * Apollo's development landing page (`GET /graphql` in a browser, never in
 * production) loads Apollo Sandbox from Apollo's CDN with inline scripts and
 * an iframe; it gets this looser policy, on that page only.
 */
const LANDING_PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' https://embeddable-sandbox.cdn.apollographql.com https://embeddable-explorer.cdn.apollographql.com",
  "style-src 'self' 'unsafe-inline' https:",
  "img-src 'self' data: https:",
  "font-src 'self' data: https:",
  'frame-src https://sandbox.embed.apollographql.com https://explorer.embed.apollographql.com',
  "connect-src 'self' https:",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Security headers on every response (@fastify/helmet 13, on helmet 8):
 * the CSP above, `X-Content-Type-Options: nosniff`, `X-Frame-Options`,
 * `Referrer-Policy: no-referrer`, `Strict-Transport-Security` (honoured
 * only over HTTPS), cross-origin policies, no `X-Powered-By`.
 */
export async function registerSecurityHeaders(
  app: FastifyInstance,
  { production }: { production: boolean },
): Promise<void> {
  await app.register(fastifyHelmet, {
    global: true,
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  });
  if (production) return;
  app.addHook('onSend', async (request, reply, payload) => {
    const type = reply.getHeader('content-type');
    if (
      request.url.startsWith('/graphql') &&
      typeof type === 'string' &&
      type.startsWith('text/html')
    ) {
      reply.header('content-security-policy', LANDING_PAGE_POLICY);
    }
    return payload;
  });
}

// ---- 6. Request ids on error answers Apollo builds itself ----

interface ErrorBody {
  errors: { extensions?: Record<string, unknown> }[];
}

function errorBody(payload: unknown): ErrorBody | undefined {
  if (typeof payload !== 'string' || !payload.includes('"errors"')) return undefined;
  try {
    const body = JSON.parse(payload) as unknown;
    const errors = (body as { errors?: unknown } | null)?.errors;
    return Array.isArray(errors) && errors.every((e) => e && typeof e === 'object')
      ? (body as ErrorBody)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Apollo answers some requests before any plugin sees them (a malformed
 * batch, a body that is not a GraphQL request, a failure in a plugin hook),
 * so their errors miss the request id that `edgePlugin` stamps and
 * that the 500 message tells the user to quote. This hook stamps it on every
 * error of a GraphQL error answer (4xx/5xx) that lacks it, and logs the
 * answer under the same id: 5xx at error level, 4xx at info.
 */
export function registerErrorBodyIds(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply, payload) => {
    if (reply.statusCode < 400) return payload;
    const body = errorBody(payload);
    if (!body) return payload;
    const missing = body.errors.filter((e) => e.extensions?.requestId === undefined);
    if (missing.length === 0) return payload;
    for (const error of missing) error.extensions = { ...error.extensions, requestId: request.id };
    const entry = {
      requestId: request.id,
      statusCode: reply.statusCode,
      codes: body.errors.map((e) => e.extensions?.code),
    };
    if (reply.statusCode >= 500) request.log.error(entry, 'graphql request failed');
    else request.log.info(entry, 'graphql request rejected');
    return JSON.stringify(body);
  });
}

// ---- 7. GraphQL errors: masking and HTTP statuses ----

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
 * StoreUnavailableError; anything else an InternalError. The edge plugin
 * then adds the id under which the log holds the detail.
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

// ---- 8. Validation: operation types the schema has ----

/**
 * Refuses an operation whose type the schema does not have (this API has
 * queries only). graphql-js 16 has no such validation rule (17 adds
 * `KnownOperationTypesRule`), so `mutation { areas { id } }` passed
 * validation and failed in execution as an unexpected error (found by the
 * fuzz script). Here it is a validation error: 400, GRAPHQL_VALIDATION_FAILED.
 */
export const knownOperationTypes: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const schema = context.getSchema();
    const root =
      node.operation === 'query'
        ? schema.getQueryType()
        : node.operation === 'mutation'
          ? schema.getMutationType()
          : schema.getSubscriptionType();
    if (!root) {
      context.reportError(
        new GraphQLError(`This API has no ${node.operation} operations: send a query.`, {
          nodes: node,
        }),
      );
    }
  },
});

// ---- 9. The Apollo plugin of the edge ----

/**
 * Logs every error of a request with its request id (full detail stays in the
 * log: unexpected errors at error level with their stack; the client's own
 * mistakes at debug only, since their messages may echo variables), stamps
 * that id on each error the client sees, and sets the HTTP status the codes
 * give (errors.ts: 503 + Retry-After when the store is down, 400 when the
 * only errors are bad input).
 *
 * Every GraphQL answer also gets `cache-control: no-store`, as Apollo's
 * default cache-control plugin answers when no field carries a cache hint
 * (none does here). That plugin is disabled in server.ts: it hooks every
 * resolved field (`willResolveField`), which cost about a tenth of a nested
 * query's CPU time in docs/benchmarks.md.
 */
export function edgePlugin(): ApolloServerPlugin<Context> {
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
          if (!response.http.headers.has('cache-control')) {
            response.http.headers.set('cache-control', 'no-store');
          }
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

// ---- 10. The answer, serialised in turns ----

// Apollo's `stringifyResult` for this server: the same bytes as Apollo's own
// (`JSON.stringify(result) + '\n'`), built one top-level field of `data` at a
// time, giving the event loop back between fields once a stretch has taken
// `TURN_MS`. Under the heaviest legal load (issue 16 point 3, bench:load) one
// `JSON.stringify` of a 15-alias compareAreas answer was 65 ms of a single
// event-loop turn, and two 11 MB exportArea strings ~40 ms; each alias is now
// its own piece, and a long top-level string (exportArea's canonical JSON) is
// escaped a `TEXT_SLICE` at a time. Small answers (the common case) take no
// extra turn.

/** How long one stretch of serialising may run before it yields to the event loop. */
export const TURN_MS = 8;

/** Characters of a long string escaped (or encoded, limits.ts) in one piece. */
export const TEXT_SLICE = 256 * 1024;

/**
 * Work waiting for its next turn, woken one per turn of the event loop, in
 * order; an answer being serialised or sent (`finishing`) before work still
 * computing one, so a finished answer leaves (and its memory is freed) before
 * more answers are built beside it.
 */
const finishing: (() => void)[] = [];
const waiting: (() => void)[] = [];
let armed = false;

function wakeOne(): void {
  (finishing.shift() ?? waiting.shift())?.();
  // armed from inside the check phase: the next one runs in the next turn, after I/O
  if (finishing.length > 0 || waiting.length > 0) setImmediate(wakeOne);
  else armed = false;
}

/**
 * Resolves in a later turn of the event loop, after pending I/O: every piece
 * of long work of every request yields here (serialising, sending, the
 * compare matrix's slices) and they resume ONE per turn, in order. With a
 * plain `setImmediate` each, the pieces of all requests in flight resumed in
 * the same check phase: one loop iteration of bench:load's CPU profile held
 * a stretch of serialiseGraphInSlices, of stringifyText and of a third
 * request's serialising, 48 ms of JavaScript (issue 16 point 3).
 */
export function nextTurn(stage: 'computing' | 'finishing' = 'computing'): Promise<void> {
  return new Promise<void>((resolve) => {
    (stage === 'finishing' ? finishing : waiting).push(resolve);
    if (!armed) {
      armed = true;
      setImmediate(wakeOne);
    }
  });
}

/**
 * Where a piece of `text` from `from` may end, at most `TEXT_SLICE` on: never
 * between the two halves of a surrogate pair (each half alone would be
 * escaped, or encoded, as a lone surrogate: other bytes).
 */
export function pieceEnd(text: string, from: number): number {
  const end = Math.min(text.length, from + TEXT_SLICE);
  if (end >= text.length) return end;
  const unit = text.charCodeAt(end - 1);
  return unit >= 0xd800 && unit <= 0xdbff ? end - 1 : end;
}

/** Yields when the stretch that began at `since.at` has run `TURN_MS`. */
async function turnIfDue(since: { at: number }): Promise<void> {
  if (performance.now() - since.at < TURN_MS) return;
  await nextTurn('finishing');
  since.at = performance.now();
}

/** `JSON.stringify(text)`, a piece at a time (JSON escapes each character on its own). */
async function stringifyText(text: string, since: { at: number }): Promise<string> {
  const pieces: string[] = ['"'];
  for (let from = 0; from < text.length;) {
    const end = pieceEnd(text, from);
    pieces.push(JSON.stringify(text.slice(from, end)).slice(1, -1));
    from = end;
    await turnIfDue(since);
  }
  pieces.push('"');
  return pieces.join('');
}

/** `JSON.stringify(result) + '\n'`, one top-level field of `data` at a time. */
export async function stringifyInTurns(result: FormattedExecutionResult): Promise<string> {
  const { data } = result;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return `${JSON.stringify(result)}\n`;
  }
  const keys = Object.keys(data);
  const long = (v: unknown) => typeof v === 'string' && v.length > TEXT_SLICE;
  if (keys.length < 2 && !long((data as Record<string, unknown>)[keys[0] ?? ''])) {
    return `${JSON.stringify(result)}\n`;
  }
  // the members of the result object in its own key order (Apollo orders errors, data, extensions);
  // one join at the end: the answer is one flat string, copied once (not a rope flattened when sent)
  const parts: string[] = ['{'];
  // a turn of its own first: the execution that completed this answer and the response cache's
  // size check ran just before, in the same task (up to ~30 ms together in bench:load's profile)
  await nextTurn('finishing');
  const since = { at: performance.now() };
  for (const [key, value] of Object.entries(result)) {
    if (key !== 'data') {
      const json = JSON.stringify(value);
      if (json !== undefined)
        parts.push(parts.length > 1 ? ',' : '', JSON.stringify(key), ':', json);
      continue;
    }
    parts.push(parts.length > 1 ? ',' : '', '"data":{');
    let first = true;
    for (const field of keys) {
      const item = (data as Record<string, unknown>)[field];
      const json = long(item) ? await stringifyText(item as string, since) : JSON.stringify(item);
      if (json !== undefined) {
        parts.push(first ? '' : ',', JSON.stringify(field), ':', json);
        first = false;
      }
      await turnIfDue(since);
    }
    parts.push('}');
  }
  parts.push('}\n');
  return parts.join('');
}
