/**
 * The request budget and the load limits: what keeps the server responsive
 * under any legal load (issue 16; figures in the one limits table,
 * schema/src/limits.ts, reasons in docs/security.md "Query limits" and
 * "Load limits"). A GraphQL request meets them in this order:
 *
 * 1. Before parsing (Fastify `preHandler`, `registerRequestLimits`): a
 *    document over `queryTokens` tokens is refused (400 LIMIT_EXCEEDED);
 *    otherwise the request gets a Budget (AsyncLocalStorage) that is aborted
 *    at `requestMs` or when its client disconnects.
 * 2. Parsing: graphql-js's `maxLexicalTokens` as a backstop; graphql-armor's
 *    field-suggestion blocker in validation (`queryLimits`).
 * 3. Once the operation is resolved (`queryLimitsPlugin`): its depth,
 *    aliases, directives and cost, measured with the request's variables
 *    (`measureDocument`, `queryCost`: a page size may be a variable or
 *    omitted), each against its limit (400 LIMIT_EXCEEDED); then admission:
 *    an operation costing more than `queueFreeCost` takes one of
 *    `concurrentRequests` slots or waits in a bounded queue (`Slots`; 503
 *    SERVER_BUSY when full or the wait too long); cheap ones run at once.
 * 4. Execution: every store read goes through `guardedStore`, which checks
 *    the budget before each statement and drops the one in flight when the
 *    budget is spent (503 REQUEST_TIMEOUT); on Neo4j the remaining time is
 *    the transaction's timeout.
 * 5. The answer (Fastify `onSend`): one over `responseBytes` is not sent
 *    (400 LIMIT_EXCEEDED), a backstop behind the cost rule.
 *
 * The refusals (`LimitExceededError`, `RequestTimeoutError`,
 * `ServerBusyError`) name the limit, its figure and how to stay under it.
 * `EVENT_LOOP_REPORT=on` adds `GET /debug/event-loop` for the benchmarks.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { setMaxListeners } from 'node:events';
import { Readable } from 'node:stream';
import { PerformanceObserver, monitorEventLoopDelay } from 'node:perf_hooks';
import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationRule,
  type ValueNode,
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  validate,
} from 'graphql';
import { Parser } from 'graphql/language/parser.js';
import { LIMITS, figure } from '@accgraph/schema';
import { graphCacheReport, markWrapper, type Versioned } from '../cache.ts';
import type { Context } from '../context.ts';
import { RETRY_AFTER_SECONDS } from '../errors.ts';
import { nextTurn, pieceEnd } from './edge.ts';
import type { Row, Statement, Store, Tx, TxOptions } from '../store/index.ts';

// ---- The request budget ----

/** Why a request's work was stopped. */
export type StopReason = 'timeout' | 'disconnect';

/** One GraphQL request's time budget: aborted at the time limit or when its client leaves. */
export interface Budget {
  readonly signal: AbortSignal;
  /** Epoch ms by which the request must be done. */
  readonly deadline: number;
  readonly limitMs: number;
  /** Statements refused because the budget was spent (for the log line). */
  refused: number;
}

const current = new AsyncLocalStorage<Budget>();

/** The budget of the request whose code is running now, if any. */
export function currentBudget(): Budget | undefined {
  return current.getStore();
}

/**
 * A request's budget and the controller that spends it. Every store call of
 * the request listens on the signal while it runs (`race`): 15 aliases of a
 * query are 15 listeners at once, past Node's default of 10, whose
 * MaxListenersExceededWarning `util.inspect`s the signal: measured as a 2 s
 * synchronous block of the main thread under `npm run bench:load`. A
 * request's listeners are bounded by its statements in flight (each removed
 * when its statement ends), so the signal has no listener limit.
 */
export function newBudget(limitMs: number): { budget: Budget; controller: AbortController } {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  const budget: Budget = {
    signal: controller.signal,
    deadline: Date.now() + limitMs,
    limitMs,
    refused: 0,
  };
  return { budget, controller };
}

/** Runs `fn` (and everything it starts) under `budget`. */
export function runWithBudget<T>(budget: Budget, fn: () => T): T {
  return current.run(budget, fn);
}

/**
 * Runs `fn` (and everything it starts) with no request budget: the operator's
 * whole-area writes (`npm run seed -- load|import` through the running
 * server, decision 0030), whose checks read whole areas and must not be cut
 * at the request time limit halfway.
 */
export function outsideBudget<T>(fn: () => T): T {
  return current.exit(fn);
}

/** Why the budget's work was stopped, or undefined while it may go on. */
export function stopReason(budget: Budget): StopReason | undefined {
  return budget.signal.aborted ? (budget.signal.reason as StopReason) : undefined;
}

// ---- Refusals ----

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

// ---- Measuring a query: cost ----

/** graphql-armor's cost model (object 2, scalar 1, x1.5 per level), kept so the figures stay comparable. */
const OBJECT_COST = 2;
const SCALAR_COST = 1;
const DEPTH_FACTOR = 1.5;
/**
 * The page size a resolver uses when `first` is omitted: COSTED_DEFAULT_PAGE_SIZE of
 * graph/connection.ts (not imported: that module loads type-graphql's
 * decorators; limits.test.ts checks the two agree).
 */
export const COSTED_DEFAULT_PAGE_SIZE = 50;

/**
 * Fields whose answer is large whatever is selected: a fixed cost each, so an
 * alias flood of them is refused (15 national `exportArea` answers are 165 MB).
 */
const FIELD_COST: Readonly<Record<string, number>> = {
  'Query.exportArea': 12_000,
};

/** List arguments whose length multiplies a field's subtree, as `first` does. */
const LIST_MULTIPLIERS: ReadonlySet<string> = new Set(['areaIds', 'ids']);

export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  variables: Readonly<Record<string, unknown>> | undefined;
}

/**
 * The cost of an operation as graphql-armor's cost rule counts it, except
 * that the page size of a field is what the resolver will really use: a
 * literal `first:`/`last:`, a variable's value (or its default), or the
 * default page size (50) when the field pages and `first` is omitted. A list
 * of `areaIds`/`ids` multiplies like a page size. Fragments are flattened.
 */
export function queryCost({ schema, operation, fragments, variables = {} }: CostInput): number {
  const defaults = new Map<string, ValueNode>();
  for (const def of operation.variableDefinitions ?? []) {
    if (def.defaultValue) defaults.set(def.variable.name.value, def.defaultValue);
  }
  const valueOf = (node: ValueNode): unknown => {
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      if (name in variables) return variables[name];
      const fallback = defaults.get(name);
      return fallback ? valueOf(fallback) : undefined;
    }
    if (node.kind === Kind.INT) return Number.parseInt(node.value, 10);
    if (node.kind === Kind.LIST) return node.values.map(valueOf);
    return undefined;
  };
  const root = schema.getRootType(operation.operation);
  if (!root) return 0;
  const visiting = new Set<string>();

  const selectionCost = (set: SelectionSetNode, parent: GraphQLCompositeType, depth: number) => {
    let cost = 0;
    for (const child of set.selections) {
      if (child.kind === Kind.FIELD) {
        cost += (depth === 0 ? 1 : DEPTH_FACTOR) * fieldCost(child, parent, depth + 1);
      } else if (child.kind === Kind.INLINE_FRAGMENT) {
        const type = child.typeCondition ? schema.getType(child.typeCondition.name.value) : parent;
        cost += selectionCost(child.selectionSet, isCompositeType(type) ? type : parent, depth);
      } else {
        const fragment = fragments[child.name.value];
        if (!fragment || visiting.has(child.name.value)) continue;
        visiting.add(child.name.value);
        const type = schema.getType(fragment.typeCondition.name.value);
        cost += selectionCost(fragment.selectionSet, isCompositeType(type) ? type : parent, depth);
        visiting.delete(child.name.value);
      }
    }
    return cost;
  };

  const fieldCost = (field: FieldNode, parent: GraphQLCompositeType, depth: number): number => {
    const name = field.name.value;
    if (name === '__schema' || name === '__type') return 0;
    const definition =
      isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    const fixed = FIELD_COST[`${parent.name}.${name}`] ?? 0;
    if (!field.selectionSet) return SCALAR_COST + fixed;
    let multiplier = 1;
    let paged = false;
    for (const arg of field.arguments ?? []) {
      const argName = arg.name.value;
      if (argName === 'first' || argName === 'last') {
        paged = true;
        const value = valueOf(arg.value);
        multiplier = Math.max(
          multiplier,
          typeof value === 'number' ? value : COSTED_DEFAULT_PAGE_SIZE,
        );
      } else if (LIST_MULTIPLIERS.has(argName)) {
        const value = valueOf(arg.value);
        if (Array.isArray(value)) multiplier = Math.max(multiplier, value.length);
      }
    }
    if (!paged && definition?.args.some((a) => a.name === 'first')) {
      multiplier = Math.max(multiplier, COSTED_DEFAULT_PAGE_SIZE);
    }
    const type = definition ? getNamedType(definition.type) : undefined;
    const childType = type && isCompositeType(type) ? type : parent;
    const cost = OBJECT_COST + fixed + selectionCost(field.selectionSet, childType, depth);
    return cost * multiplier;
  };

  return selectionCost(operation.selectionSet, root, 0);
}

// ---- Measuring a query: depth, aliases, directives, tokens ----

/** What the query limits see of one document (the largest operation in it). */
export interface QueryMeasure {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
  cost: number;
}

type Counted = Exclude<keyof QueryMeasure, 'tokens' | 'cost'>;

/** armor's depth, alias and directive rules with no limit, reporting what they count. */
function countingRules(measure: Record<Counted, number>): ValidationRule[] {
  const keep = (key: Counted) => [
    (_ctx: unknown, details: { n: number }) => {
      measure[key] = Math.max(measure[key], details.n);
    },
  ];
  const unlimited = { propagateOnRejection: false };
  const { validationRules } = new ApolloArmor({
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    maxDepth: { ...unlimited, n: Infinity, flattenFragments: true, onAccept: keep('depth') },
    maxAliases: { ...unlimited, n: Infinity, onAccept: keep('aliases') },
    maxDirectives: { ...unlimited, n: Infinity, onAccept: keep('directives') },
  }).protect();
  return validationRules as ValidationRule[];
}

/**
 * Depth, aliases, directives (graphql-armor's counts) and cost
 * (`queryCost`: page sizes from literals, variables or the default) of a
 * parsed document; the largest over its operations, or of `operation` only.
 */
export function measureDocument(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables?: Readonly<Record<string, unknown>>,
  operation?: OperationDefinitionNode,
): Omit<QueryMeasure, 'tokens'> {
  const { counts, fragments, operations } = countsOf(schema, document, operation);
  let cost = 0;
  for (const d of operations) {
    cost = Math.max(cost, queryCost({ schema, operation: d, fragments, variables }));
  }
  return { ...counts, cost };
}

/** What `measureDocument` keeps of a document: everything but the cost, which needs the variables. */
interface DocumentCounts {
  counts: Record<Counted, number>;
  fragments: Record<string, FragmentDefinitionNode>;
  operations: OperationDefinitionNode[];
}

/**
 * Counts kept per parsed document and operation (and schema). Apollo's document store hands
 * every request with the same text the same parsed document, so a document's depth, aliases
 * and directives (a validation pass of graphql-armor's counting rules: ~30-50 ms of one
 * event-loop turn for the heaviest legal 15-alias document, issue 16 point 3) are counted once;
 * the cost (a plain walk) is measured with each request's variables. Weak keys: a document
 * the document store drops is dropped here too.
 */
const countsKept = new WeakMap<
  GraphQLSchema,
  WeakMap<DocumentNode, Map<OperationDefinitionNode | undefined, DocumentCounts>>
>();

/** How many times the counting rules ran (tests: a repeated document is counted once). */
export const countingRuns = { n: 0 };

function countsOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | undefined,
): DocumentCounts {
  let bySchema = countsKept.get(schema);
  if (!bySchema) countsKept.set(schema, (bySchema = new WeakMap()));
  let byOperation = bySchema.get(document);
  if (!byOperation) bySchema.set(document, (byOperation = new Map()));
  const kept = byOperation.get(operation);
  if (kept) return kept;
  const counts = { depth: 0, aliases: 0, directives: 0 };
  const only: DocumentNode = operation
    ? {
        ...document,
        definitions: document.definitions.filter(
          (d) => d === operation || d.kind !== Kind.OPERATION_DEFINITION,
        ),
      }
    : document;
  countingRuns.n += 1;
  validate(schema, only, countingRules(counts));
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const operations = only.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const measured: DocumentCounts = { counts, fragments, operations };
  byOperation.set(operation, measured);
  return measured;
}

/**
 * Measures a document the way the limits count it (no limit applied), so
 * the limits can be tuned and checked against the queries the explorer and
 * the docs really send.
 */
export function measureQuery(
  schema: GraphQLSchema,
  source: string,
  variables?: Readonly<Record<string, unknown>>,
): QueryMeasure {
  const parser = new Parser(source);
  const document = parser.parseDocument();
  return { ...measureDocument(schema, document, variables), tokens: parser.tokenCount };
}

// ---- 1 and 5. Before parsing and after execution (Fastify hooks) ----

export type RequestLimitFigures = Record<'requestMs' | 'queryTokens' | 'responseBytes', number>;

declare module 'fastify' {
  interface FastifyRequest {
    /** The GraphQL request's time budget (set in preHandler). */
    budget?: Budget;
  }
}

/** Lexical tokens of `query`, counting no further than `max + 1`. */
function tokensOf(query: string, max: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    for (let t = lexer.advance(); t.kind !== TokenKind.EOF && count <= max; t = lexer.advance())
      count += 1;
  } catch {
    return 0; // a syntax error: graphql-js reports it with its location
  }
  return count;
}

function queryOf(request: FastifyRequest): unknown {
  const from = request.method === 'GET' ? request.query : request.body;
  return from && typeof from === 'object' ? (from as { query?: unknown }).query : undefined;
}

function refuse(
  reply: FastifyReply,
  status: number,
  error: { message: string; extensions: object },
) {
  return reply
    .code(status)
    .header('content-type', 'application/json; charset=utf-8')
    .send({
      errors: [{ ...error, extensions: { ...error.extensions, requestId: reply.request.id } }],
    });
}

/**
 * Answers longer than this many characters (exportArea's canonical JSON:
 * up to 16 MB) are counted and sent a piece at a time, one piece per turn of
 * the event loop: `Buffer.byteLength` and the socket's UTF-8 encoding of a
 * whole 20 MB answer were each one synchronous stretch of the loop (the
 * `writev` of one answer was ~120 ms of one loop iteration in bench:load's
 * CPU profile, issue 16 point 3), and the encoded copy of the whole answer
 * sat beside the string.
 */
export const SEND_IN_PIECES_FROM = 1024 * 1024;

/** `Buffer.byteLength(text)` (UTF-8), a piece per turn. */
export async function byteLengthInTurns(text: string): Promise<number> {
  let bytes = 0;
  for (let from = 0; from < text.length;) {
    const end = pieceEnd(text, from);
    bytes += Buffer.byteLength(text.slice(from, end));
    from = end;
    if (from < text.length) await nextTurn('finishing');
  }
  return bytes;
}

/**
 * `text` as a byte stream, each piece encoded in its own turn of the event
 * loop and only when the socket has taken the previous one (backpressure),
 * so at most a few pieces of the encoded answer exist at a time.
 */
export function encodedInTurns(text: string): Readable {
  let from = 0;
  return new Readable({
    highWaterMark: 0,
    read() {
      void nextTurn('finishing').then(() => {
        if (from >= text.length) {
          this.push(null);
          return;
        }
        const end = pieceEnd(text, from);
        const piece = Buffer.from(text.slice(from, end), 'utf8');
        from = end;
        this.push(piece);
      });
    },
  });
}

/**
 * Keeps the server responsive under any legal load (docs/security.md
 * "Load limits"), on `path` only (the probes and the explorer are untouched;
 * the concurrency cap is in queryLimitsPlugin, where the cost is known):
 * - a document over `queryTokens` tokens: 400 LIMIT_EXCEEDED, before parsing;
 * - each request runs under a Budget (AsyncLocalStorage) that is aborted at
 *   `requestMs` or when the client disconnects; the guarded store then
 *   refuses its next statements and drops the one in flight.
 */
export function registerRequestLimits(
  app: FastifyInstance,
  path: string,
  limits: RequestLimitFigures = LIMITS,
): void {
  const ours = (request: FastifyRequest): boolean => request.url.split('?')[0] === path;

  // A backstop: the cost rule refuses most oversized answers before they are built
  // (exportArea costs 12,000: two per request); an answer that still grew past
  // `responseBytes` is not sent.
  app.addHook('onSend', async (request, reply, payload) => {
    if (!ours(request) || typeof payload !== 'string') return payload;
    const long = payload.length > SEND_IN_PIECES_FROM;
    const bytes = long ? await byteLengthInTurns(payload) : Buffer.byteLength(payload);
    if (bytes <= limits.responseBytes) {
      if (!long) return payload;
      reply.header('content-length', bytes);
      return encodedInTurns(payload);
    }
    const error = new LimitExceededError('responseBytes', bytes, limits.responseBytes);
    request.log.warn({ bytes }, 'response over the size limit: refused');
    reply.code(400).header('content-type', 'application/json; charset=utf-8');
    reply.removeHeader('content-length');
    return JSON.stringify({
      errors: [
        {
          message: error.message,
          extensions: {
            code: error.extensions.code,
            limit: error.extensions.limit,
            requestId: request.id,
          },
        },
      ],
    });
  });

  app.addHook('preHandler', (request, reply, done) => {
    if (!ours(request) || reply.sent) return done();
    const query = queryOf(request);
    if (typeof query === 'string') {
      const tokens = tokensOf(query, limits.queryTokens);
      if (tokens > limits.queryTokens) {
        const error = new LimitExceededError('queryTokens', undefined, limits.queryTokens);
        void refuse(reply, 400, {
          message: error.message,
          extensions: { code: error.extensions.code, limit: error.extensions.limit },
        });
        return;
      }
    }
    const { budget, controller } = newBudget(limits.requestMs);
    request.budget = budget;
    const timer = setTimeout(() => controller.abort('timeout'), limits.requestMs);
    reply.raw.once('close', () => {
      clearTimeout(timer);
      if (!reply.raw.writableFinished && !controller.signal.aborted) controller.abort('disconnect');
      if (controller.signal.aborted) {
        request.log.info(
          { reason: controller.signal.reason, refusedStatements: budget.refused },
          'request stopped: its store work was abandoned',
        );
      }
    });
    runWithBudget(budget, done);
  });
}

// ---- 4. The store as requests use it ----

/**
 * The error a stopped request's store calls reject with (a client that
 * disconnected never reads it: the same client error, not a logged failure).
 */
function stopped(budget: Budget): Error {
  void stopReason(budget);
  return new RequestTimeoutError(budget.limitMs);
}

/**
 * Resolves with `work`, or rejects as soon as the budget is spent (the
 * statement in flight is abandoned: its rows are dropped, and no further
 * statement of the request starts).
 */
function race<T>(budget: Budget | undefined, work: () => Promise<T>): Promise<T> {
  if (!budget) return work();
  if (budget.signal.aborted) {
    budget.refused += 1;
    return Promise.reject(stopped(budget));
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(stopped(budget));
    budget.signal.addEventListener('abort', onAbort, { once: true });
    work()
      .then(resolve, reject)
      .finally(() => budget.signal.removeEventListener('abort', onAbort));
  });
}

/** The transaction options with the request's remaining time as the timeout (Neo4j kills it then). */
function withDeadline(budget: Budget | undefined, options?: TxOptions): TxOptions | undefined {
  if (!budget) return options;
  const remaining = Math.max(1, budget.deadline - Date.now());
  const timeoutMs = Math.min(options?.timeoutMs ?? remaining, remaining);
  return { ...options, timeoutMs };
}

/**
 * The store as GraphQL requests use it: every read checks the running
 * request's budget (currentBudget(), set per request by the limits plugin)
 * before each statement and gives up as soon as it is spent, so a timed-out
 * or abandoned request stops sending work to the store; on Neo4j each
 * transaction also carries the remaining time as its timeout. Writes are
 * not cut short (a write is whole or absent: it runs to its end).
 * One wrapper per app: the graph caches key on its identity.
 */
export function guardedStore(store: Store): Store {
  const guardTx =
    (budget: Budget | undefined) =>
    (tx: Tx): Tx => ({
      run: (statement: Statement): Promise<Row[]> => race(budget, () => tx.run(statement)),
    });
  const guarded: Store = {
    kind: store.kind,
    description: store.description,
    ensureSchema: () => store.ensureSchema(),
    read: (statement, options) => {
      const budget = currentBudget();
      return race(budget, () => store.read(statement, withDeadline(budget, options)));
    },
    write: (statement, options) => store.write(statement, options),
    readTransaction: (work, options) => {
      const budget = currentBudget();
      return race(budget, () =>
        store.readTransaction((tx) => work(guardTx(budget)(tx)), withDeadline(budget, options)),
      );
    },
    writeTransaction: (work, options) => store.writeTransaction(work, options),
    ping: () => store.ping(),
    close: () => store.close(),
  };
  if (store.writeGeneration) guarded.writeGeneration = () => store.writeGeneration?.() ?? 0;
  markWrapper(guarded, store);
  return guarded;
}

// ---- 3. Admission: slots and a bounded queue ----

/**
 * A weighted counting semaphore with a bounded, timed queue: holders' weights
 * add up to at most `capacity`; at most `queue` waiters, served in order (a
 * heavy waiter at the head is not overtaken, so it cannot starve); a waiter
 * gives up after `waitMs`. `acquire(weight)` resolves with a release
 * function, or with null when the queue is full or the wait timed out. A
 * weight over the capacity counts as the capacity.
 */
export class Slots {
  private active = 0;
  private readonly waiting: { weight: number; wake: () => void }[] = [];

  constructor(
    readonly capacity: number,
    readonly queue: number,
    readonly waitMs: number,
  ) {}

  /** Slots held (the sum of the running requests' weights). */
  get running(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  acquire(weight = 1): Promise<(() => void) | null> {
    const w = Math.min(this.capacity, Math.max(1, Math.ceil(weight)));
    if (this.waiting.length === 0 && this.active + w <= this.capacity) {
      this.active += w;
      return Promise.resolve(this.releaser(w));
    }
    if (this.waiting.length >= this.queue) return Promise.resolve(null);
    return new Promise((resolve) => {
      const entry = {
        weight: w,
        wake: (): void => {
          clearTimeout(timer);
          resolve(this.releaser(w));
        },
      };
      const timer = setTimeout(() => {
        const at = this.waiting.indexOf(entry);
        if (at !== -1) this.waiting.splice(at, 1);
        resolve(null);
        this.admit(); // a heavy head that gave up may have held lighter waiters back
      }, this.waitMs);
      this.waiting.push(entry);
    });
  }

  /** Wakes waiters from the head for as long as they fit. */
  private admit(): void {
    for (let head = this.waiting[0]; head; head = this.waiting[0]) {
      if (this.active + head.weight > this.capacity) return;
      this.waiting.shift();
      this.active += head.weight;
      head.wake();
    }
  }

  private releaser(weight: number): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active -= weight;
      this.admit();
    };
  }
}

/**
 * The slots a request of `cost` takes: one per `queryCost / (capacity / 2)`
 * of cost, so a request at the cost limit takes half the slots and at most
 * two of them run at once (each may hold a national export answer in
 * memory: 8 running at once reached 2.1 GB RSS); the explorer's requests
 * (cost up to ~11,000) take 1 or 2.
 */
export function slotWeight(cost: number, capacity: number, queryCost: number): number {
  const per = queryCost / Math.max(1, capacity / 2);
  return Math.min(capacity, Math.max(1, Math.ceil(cost / per)));
}

// ---- 3. Time in the admission queue (benchmarks: /debug/event-loop) ----

/** One admitted request: its root field, time waiting for slots, then time running to its answer. */
export interface AdmissionSample {
  field: string;
  /** Slots taken (0: under `queueFreeCost`, admitted at once). */
  weight: number;
  started: number;
  /** From the request's arrival (preHandler) to its operation being resolved. */
  beforeMs: number;
  queuedMs: number;
  /** From admission to the answer being handed to Fastify (resolvers and serialisation). */
  runMs: number;
}

/** Samples kept while the event-loop report is on (bounded: the latest 200,000). */
let admissionLog: AdmissionSample[] | undefined;

/** Per root field: requests, and percentiles of queue wait and run time since the last reset. */
export function admissionReport(): Record<
  string,
  { requests: number; before: Percentiles; queued: Percentiles; run: Percentiles; weight: number }
> {
  const by = new Map<string, AdmissionSample[]>();
  for (const s of admissionLog ?? []) {
    const list = by.get(s.field) ?? [];
    list.push(s);
    by.set(s.field, list);
  }
  const out: ReturnType<typeof admissionReport> = {};
  for (const [field, list] of by) {
    out[field] = {
      requests: list.length,
      before: percentiles(list.map((s) => s.beforeMs)),
      queued: percentiles(list.map((s) => s.queuedMs)),
      run: percentiles(list.map((s) => s.runMs)),
      weight: Math.max(...list.map((s) => s.weight)),
    };
  }
  return out;
}

export interface Percentiles {
  p50: number;
  p99: number;
  max: number;
}

function percentiles(values: number[]): Percentiles {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const r = (n: number) => Math.round(n * 10) / 10;
  return { p50: r(at(0.5)), p99: r(at(0.99)), max: r(sorted.at(-1) ?? 0) };
}

function rootField(operation: OperationDefinitionNode): string {
  const names = operation.selectionSet.selections.map((s) =>
    s.kind === Kind.FIELD ? s.name.value : '…',
  );
  return names.join('+');
}

// ---- 3. The limits plugin ----

export type QueryLimitFigures = Record<
  'queryDepth' | 'queryAliases' | 'queryDirectives' | 'queryCost',
  number
>;

export type ConcurrencyFigures = Record<
  'concurrentRequests' | 'queuedRequests' | 'queueWaitMs' | 'queueFreeCost',
  number
>;

/** Too many costly requests are running and waiting: 503 + Retry-After. */
export class ServerBusyError extends GraphQLError {
  declare readonly extensions: { code: 'SERVER_BUSY'; [key: string]: unknown };

  constructor(limits: ConcurrencyFigures) {
    super(
      `The server is busy: ${figure(limits.concurrentRequests)} requests are running and ` +
        `${figure(limits.queuedRequests)} waiting (limits "concurrentRequests" and "queuedRequests"), ` +
        `or this one waited ${figure(limits.queueWaitMs)} ms for its turn (limit "queueWaitMs"). ` +
        `Retry after ${RETRY_AFTER_SECONDS} seconds.`,
      { extensions: { code: 'SERVER_BUSY' } },
    );
    this.name = 'ServerBusyError';
  }
}

/**
 * Refuses an operation over the depth, alias, directive or cost limit with
 * 400 LIMIT_EXCEEDED before it runs, then admits it: an operation costing
 * more than `queueFreeCost` needs one of `concurrentRequests` slots and
 * waits in a bounded queue for one (503 SERVER_BUSY when the queue is full
 * or the wait too long); a cheaper one (`{ __typename }`, an area list)
 * runs at once, so trivial requests never wait behind heavy ones.
 *
 * Checked once the operation is resolved, on every request (not in
 * validation, which Apollo skips for a document it has seen): the cost needs
 * the request's variables, because a page size may be a variable
 * (`relationships(first: $n)`) or omitted (the default, 50).
 */
export function queryLimitsPlugin(
  limits: QueryLimitFigures = LIMITS,
  concurrency: ConcurrencyFigures = LIMITS,
): ApolloServerPlugin<Context> {
  const slots = new Slots(
    concurrency.concurrentRequests,
    concurrency.queuedRequests,
    concurrency.queueWaitMs,
  );
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      let started = 0;
      let admission: Omit<AdmissionSample, 'runMs'> | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const found = measureDocument(schema, document, request.variables ?? {}, operation);
          const checks: [RequestLimit, number][] = [
            ['queryDepth', found.depth],
            ['queryAliases', found.aliases],
            ['queryDirectives', found.directives],
            ['queryCost', found.cost],
          ];
          for (const [name, value] of checks) {
            const max = limits[name as keyof QueryLimitFigures];
            if (value > max) throw new LimitExceededError(name, value, max);
          }
          const field = rootField(operation);
          started = performance.now();
          // from the request's arrival (its budget starts in the preHandler) to here: body
          // parsing, GraphQL parse and validation, and every wait for the event loop between
          const budget = currentBudget();
          const beforeMs = budget
            ? Math.max(0, Date.now() - (budget.deadline - budget.limitMs))
            : 0;
          if (found.cost <= concurrency.queueFreeCost) {
            admission = { field, beforeMs, queuedMs: 0, weight: 0, started };
            return;
          }
          const weight = slotWeight(found.cost, concurrency.concurrentRequests, limits.queryCost);
          const slot = await slots.acquire(weight);
          admission = { field, beforeMs, queuedMs: performance.now() - started, weight, started };
          if (!slot) {
            contextValue.log.warn(
              { running: slots.running, queued: slots.queued, cost: found.cost },
              'server busy: 503',
            );
            throw new ServerBusyError(concurrency);
          }
          release = slot;
        },
        async willSendResponse() {
          release?.();
          if (admission && admissionLog && admissionLog.length < 200_000) {
            admissionLog.push({
              ...admission,
              runMs: performance.now() - admission.started - admission.queuedMs,
            });
          }
        },
      };
    },
  };
}

// ---- 2. What Apollo is given ----

/**
 * Query limits, from the one limits table (schema/src/limits.ts;
 * docs/security.md gives the figures and the reasons).
 */
export const QUERY_LIMITS = {
  /** Deepest selection (armor's count: each field or fragment is one level). */
  depth: LIMITS.queryDepth,
  /** Aliased fields per operation. */
  aliases: LIMITS.queryAliases,
  /** Directives per operation. */
  directives: LIMITS.queryDirectives,
  /** Lexical tokens per document (graphql-js `maxLexicalTokens`). */
  tokens: LIMITS.queryTokens,
  /** Cost: objects 2, scalars 1, x1.5 per level, x page size (literal, variable or default). */
  cost: LIMITS.queryCost,
} as const;

export interface QueryLimitOptions {
  plugins: ApolloServerPlugin<Context>[];
  validationRules: ValidationRule[];
  parseOptions: NonNullable<ApolloServerOptions<Context>['parseOptions']>;
}

/**
 * The depth, alias, directive and cost limits (`queryLimitsPlugin`: 400
 * LIMIT_EXCEEDED, measured with the request's variables), graphql-armor's
 * field-suggestion blocker, and a token limit.
 *
 * armor's own depth/alias/directive/cost rules are off as validation rules:
 * their refusals were validation errors labelled "Syntax Error", and
 * validation cannot see variables. armor's token plugin is off too: it
 * re-parses in `parsingDidStart`, so every syntax error escaped Apollo's
 * parse step and answered 500. graphql-js counts the same tokens in `parse`
 * (`maxLexicalTokens`) as a backstop; the `preHandler` of `registerRequestLimits`
 * refuses the document first with LIMIT_EXCEEDED.
 */
export function queryLimits(
  limits = QUERY_LIMITS,
  concurrency: ConcurrencyFigures = LIMITS,
): QueryLimitOptions {
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: true },
    maxTokens: { enabled: false },
    maxDepth: { enabled: false },
    maxAliases: { enabled: false },
    maxDirectives: { enabled: false },
    costLimit: { enabled: false },
  }).protect();
  return {
    plugins: [
      ...(armor.plugins as ApolloServerPlugin<Context>[]),
      queryLimitsPlugin(
        {
          queryDepth: limits.depth,
          queryAliases: limits.aliases,
          queryDirectives: limits.directives,
          queryCost: limits.cost,
        },
        concurrency,
      ),
    ],
    validationRules: armor.validationRules as ValidationRule[],
    parseOptions: { maxLexicalTokens: limits.tokens },
  };
}

// ---- The event-loop report (benchmarks only) ----

/**
 * `EVENT_LOOP_REPORT=on` (benchmarks only): samples the event loop's delay
 * (perf_hooks, 10 ms resolution) and answers `GET /debug/event-loop` with the
 * longest block since the last `?reset=1`, in ms, the peak memory split
 * (main heap, external, the rest of the resident set), the garbage
 * collector's pauses by kind (perf_hooks 'gc' entries) and, per root field,
 * the time admitted requests waited for slots and then ran
 * (`admissionReport`): what a latency tail is made of. Off by default: it is not
 * part of the API.
 */
export function registerLoopReport(app: FastifyInstance, store?: Versioned): void {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  // peak memory since the last reset, split: the main thread's JS heap, the
  // memory outside it (Buffers, strings sent to sockets) and the rest of the
  // resident set (the store thread's heap and Grafeo's native memory, code)
  const peak = { rssMb: 0, heapUsedMb: 0, heapTotalMb: 0, externalMb: 0, otherMb: 0 };
  const mb = (bytes: number) => Math.round(bytes / 1048576);
  const sample = (): void => {
    const m = process.memoryUsage();
    peak.rssMb = Math.max(peak.rssMb, mb(m.rss));
    peak.heapUsedMb = Math.max(peak.heapUsedMb, mb(m.heapUsed));
    peak.heapTotalMb = Math.max(peak.heapTotalMb, mb(m.heapTotal));
    peak.externalMb = Math.max(peak.externalMb, mb(m.external));
    peak.otherMb = Math.max(peak.otherMb, mb(m.rss - m.heapTotal - m.external));
  };
  const sampler = setInterval(sample, 100);
  sampler.unref();
  // garbage collection: pauses of the main thread (perf_hooks 'gc' entries), by kind
  const GC_KINDS: Record<number, string> = {
    1: 'scavenge',
    2: 'markCompact',
    4: 'incremental',
    8: 'weakCallbacks',
    16: 'minorMarkSweep',
  };
  let gcPauses: { kind: string; ms: number }[] = [];
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind ?? 0;
      if (gcPauses.length < 200_000)
        gcPauses.push({ kind: GC_KINDS[kind] ?? String(kind), ms: entry.duration });
    }
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  admissionLog = [];
  app.addHook('onClose', async () => {
    histogram.disable();
    clearInterval(sampler);
    gcObserver.disconnect();
    admissionLog = undefined;
  });
  const gcReport = () => {
    const out: Record<string, { count: number; totalMs: number } & Percentiles> = {};
    const kinds = new Set(gcPauses.map((g) => g.kind));
    for (const kind of kinds) {
      const ms = gcPauses.filter((g) => g.kind === kind).map((g) => g.ms);
      out[kind] = {
        count: ms.length,
        totalMs: Math.round(ms.reduce((a, b) => a + b, 0)),
        ...percentiles(ms),
      };
    }
    return out;
  };
  app.get('/debug/event-loop', async (request) => {
    const ms = (ns: number) => Math.round((ns / 1e6) * 10) / 10;
    sample();
    const report = {
      maxMs: ms(histogram.max),
      p99Ms: ms(histogram.percentile(99)),
      meanMs: ms(histogram.mean),
      samples: histogram.count,
      memory: { ...peak },
      gc: gcReport(),
      admission: admissionReport(),
      ...(store ? { caches: graphCacheReport(store) } : {}),
    };
    if ((request.query as { reset?: string }).reset === '1') {
      histogram.reset();
      gcPauses = [];
      admissionLog = [];
      for (const key of Object.keys(peak) as (keyof typeof peak)[]) peak[key] = 0;
    }
    return report;
  });
}
