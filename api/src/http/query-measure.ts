import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationRule,
  Kind,
  validate,
} from 'graphql';
import { Parser } from 'graphql/language/parser.js';
import { queryCost } from './limits/cost.ts';

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
  const measure = { depth: 0, aliases: 0, directives: 0, cost: 0 };
  const only: DocumentNode = operation
    ? {
        ...document,
        definitions: document.definitions.filter(
          (d) => d === operation || d.kind !== Kind.OPERATION_DEFINITION,
        ),
      }
    : document;
  validate(schema, only, countingRules(measure));
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  for (const d of only.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const cost = queryCost({ schema, operation: d, fragments, variables });
    measure.cost = Math.max(measure.cost, cost);
  }
  return measure;
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
