import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';
import { LIMITS } from '@accgraph/schema';
import type { Context } from '../context.ts';
import { type ConcurrencyFigures, queryLimitsPlugin } from './limits/query-limits.plugin.ts';

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
 * (`maxLexicalTokens`) as a backstop; `tokenLimitHook` (limits/tokens.ts)
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
