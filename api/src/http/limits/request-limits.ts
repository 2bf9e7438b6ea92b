import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Lexer, Source, TokenKind } from 'graphql';
import { LIMITS } from '@accgraph/schema';
import { type Budget, runWithBudget } from './budget.ts';
import { LimitExceededError } from './refusal.ts';

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
    const bytes = Buffer.byteLength(payload);
    if (bytes <= limits.responseBytes) return payload;
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
    const controller = new AbortController();
    const budget: Budget = {
      signal: controller.signal,
      deadline: Date.now() + limits.requestMs,
      limitMs: limits.requestMs,
      refused: 0,
    };
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
