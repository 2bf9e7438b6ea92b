import { GraphQLError, type ValidationRule } from 'graphql';

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
