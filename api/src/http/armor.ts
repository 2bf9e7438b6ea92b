import type { ApolloServerOptions, ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ValidationRule } from 'graphql';
import type { Context } from '../context.ts';

/**
 * Query limits, measured against the explorer's operations and the documented
 * example queries (docs/security.md gives the figures and the reasons).
 */
export const QUERY_LIMITS = {
  /** Deepest selection (armor's count: each field or fragment is one level). */
  depth: 12,
  /** Aliased fields per operation. */
  aliases: 15,
  /** Directives per operation. */
  directives: 10,
  /** Lexical tokens per document (graphql-js `maxLexicalTokens`). */
  tokens: 2000,
  /** armor's cost: objects 2, scalars 1, x1.5 per level, x`first:` literal. */
  cost: 25_000,
} as const;

export interface QueryLimitOptions {
  plugins: ApolloServerPlugin<Context>[];
  validationRules: ValidationRule[];
  parseOptions: NonNullable<ApolloServerOptions<Context>['parseOptions']>;
}

/**
 * graphql-armor's depth, alias, directive and cost rules (rejections are
 * validation errors: 400), its field-suggestion blocker, and a token limit.
 *
 * armor's own token plugin is off: it re-parses in `parsingDidStart`, so every
 * syntax error (and every token-limit hit) escapes Apollo's parse step and
 * answers 500. graphql-js counts the same tokens in `parse` itself
 * (`maxLexicalTokens`), where a failure is an ordinary syntax error: 400.
 */
export function queryLimits(limits = QUERY_LIMITS): QueryLimitOptions {
  const armor = new ApolloArmor({
    blockFieldSuggestion: { enabled: true },
    maxTokens: { enabled: false },
    maxDepth: { n: limits.depth, flattenFragments: true },
    maxAliases: { n: limits.aliases },
    maxDirectives: { n: limits.directives },
    costLimit: { maxCost: limits.cost, flattenFragments: true },
  }).protect();
  return {
    plugins: armor.plugins as ApolloServerPlugin<Context>[],
    validationRules: armor.validationRules as ValidationRule[],
    parseOptions: { maxLexicalTokens: limits.tokens },
  };
}
