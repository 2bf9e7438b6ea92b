import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { LIMITS, figure } from '@accgraph/schema';
import type { Context } from '../../context.ts';
import { RETRY_AFTER_SECONDS } from '../../errors.ts';
import { measureDocument } from '../query-measure.ts';
import { LimitExceededError, type RequestLimit } from './refusal.ts';
import { Slots } from './slots.ts';

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
          if (found.cost <= concurrency.queueFreeCost) return;
          const slot = await slots.acquire();
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
        },
      };
    },
  };
}
