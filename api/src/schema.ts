import 'reflect-metadata';
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync } from 'type-graphql';
import { AreaResolver } from './area/area.resolver.ts';

/** The GraphQL schema, built from the resolver classes. */
export function buildGraphQLSchema(): GraphQLSchema {
  return buildSchemaSync({
    resolvers: [AreaResolver],
    validate: false,
  });
}

/** The SDL committed at schema/schema.graphql (a test keeps them equal). */
export function printGraphQLSchema(schema: GraphQLSchema = buildGraphQLSchema()): string {
  return `${printSchema(schema)}\n`;
}
