import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type GraphQLSchema, type ValidationRule, validate } from 'graphql';
import { Parser } from 'graphql/language/parser.js';

/** What the query limits see of one document (the largest operation in it). */
export interface QueryMeasure {
  depth: number;
  aliases: number;
  directives: number;
  tokens: number;
  cost: number;
}

/**
 * Measures a document the way the limits of `queryLimits()` count it (same
 * armor rules and options, no limit), so the limits can be tuned and checked
 * against the queries the explorer and the docs really send.
 */
export function measureQuery(schema: GraphQLSchema, source: string): QueryMeasure {
  const parser = new Parser(source);
  const document = parser.parseDocument();
  const measure: QueryMeasure = {
    depth: 0,
    aliases: 0,
    directives: 0,
    tokens: parser.tokenCount,
    cost: 0,
  };
  const keep = (key: Exclude<keyof QueryMeasure, 'tokens'>) => [
    (_ctx: unknown, details: { n: number }) => {
      measure[key] = Math.max(measure[key], details.n);
    },
  ];
  const unlimited = { propagateOnRejection: false };
  const { validationRules } = new ApolloArmor({
    blockFieldSuggestion: { enabled: false },
    maxTokens: { enabled: false },
    maxDepth: { ...unlimited, n: Infinity, flattenFragments: true, onAccept: keep('depth') },
    maxAliases: { ...unlimited, n: Infinity, onAccept: keep('aliases') },
    maxDirectives: { ...unlimited, n: Infinity, onAccept: keep('directives') },
    costLimit: { ...unlimited, maxCost: Infinity, flattenFragments: true, onAccept: keep('cost') },
  }).protect();
  const rules = validationRules as ValidationRule[];
  validate(schema, document, rules);
  return measure;
}
