import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  Kind,
  getNamedType,
  isCompositeType,
  isObjectType,
  isInterfaceType,
} from 'graphql';

/** graphql-armor's cost model (object 2, scalar 1, x1.5 per level), kept so the figures stay comparable. */
const OBJECT_COST = 2;
const SCALAR_COST = 1;
const DEPTH_FACTOR = 1.5;
/**
 * The page size a resolver uses when `first` is omitted: COSTED_DEFAULT_PAGE_SIZE of
 * graph/connection.ts (not imported: that module loads type-graphql's
 * decorators; cost.test.ts checks the two agree).
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
