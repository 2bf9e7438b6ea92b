import type { ApolloServerPlugin } from '@apollo/server';
import { LIMITS } from '@accgraph/schema';
import type { Context } from '../../context.ts';
import { measureDocument } from '../query-measure.ts';
import { LimitExceededError, type RequestLimit } from './refusal.ts';

export type QueryLimitFigures = Pick<
  typeof LIMITS,
  'queryDepth' | 'queryAliases' | 'queryDirectives' | 'queryCost'
>;

/**
 * Refuses an operation over the depth, alias, directive or cost limit with
 * 400 LIMIT_EXCEEDED before it runs. Checked once the operation is resolved,
 * on every request (not in validation, which Apollo skips for a document it
 * has seen): the cost needs the request's variables, because a page size may
 * be a variable (`relationships(first: $n)`) or omitted (the default, 50).
 */
export function queryLimitsPlugin(limits: QueryLimitFigures = LIMITS): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
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
        },
      };
    },
  };
}
