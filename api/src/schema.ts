import 'reflect-metadata';
import { printSchema, type GraphQLSchema } from 'graphql';
import { buildSchemaSync, type NonEmptyArray } from 'type-graphql';
import { AreaResolver } from './area/area.resolver.ts';
import { AreaProvenanceResolver } from './area/provenance.resolver.ts';
import { graphResolvers } from './graph/index.ts';
import { structureResolvers } from './structure/index.ts';
import { searchResolvers } from './search/index.ts';
import { accountabilityResolvers } from './accountability/index.ts';
import { obligationsResolvers } from './obligations/index.ts';
import { compareResolvers } from './compare/index.ts';
import { diffResolvers } from './diff/index.ts';
import { exportResolvers } from './export/index.ts';
import { neighbourhoodResolvers } from './neighbourhood/index.ts';
import { findingsResolvers } from './findings/index.ts';
import { fulltextResolvers } from './fulltext/index.ts';
import { askResolvers } from './ask/index.ts';
import { documentsResolvers } from './documents/index.ts';
import { auditResolvers } from './audit/index.ts';
import { editingResolvers } from './editing/index.ts';
import { draftsResolvers } from './drafts/index.ts';
import { authChecker } from './auth/auth.checker.ts';
import { assertEveryMutationAuthorized } from './auth/authorized.check.ts';
import { authResolvers } from './auth/index.ts';
import { localCliResolvers } from './local-cli/index.ts';
import { NODE_TYPES } from './graph/node.types.ts';
import { RELATIONSHIP_CLASSES } from './graph/relationship.types.ts';

/**
 * Every resolver class of the API. A feature adds its resolvers here (one
 * line) and keeps everything else in its own folder.
 */
const RESOLVERS = [
  AreaResolver,
  ...graphResolvers,
  ...structureResolvers,
  ...searchResolvers,
  ...accountabilityResolvers,
  ...obligationsResolvers,
  ...compareResolvers,
  ...diffResolvers,
  ...exportResolvers,
  ...neighbourhoodResolvers,
  ...findingsResolvers,
  ...fulltextResolvers,
  ...askResolvers,
  ...documentsResolvers,
  ...auditResolvers,
  ...editingResolvers,
  ...authResolvers,
  ...localCliResolvers,
  AreaProvenanceResolver,
  ...draftsResolvers,
] as unknown as NonEmptyArray<new (...args: never[]) => unknown>;

/** The GraphQL schema, built from the resolver classes. */
export function buildGraphQLSchema(): GraphQLSchema {
  const schema = buildSchemaSync({
    resolvers: RESOLVERS,
    orphanedTypes: [...NODE_TYPES, ...Object.values(RELATIONSHIP_CLASSES)],
    validate: false,
    authChecker,
  });
  assertEveryMutationAuthorized(schema, RESOLVERS);
  return schema;
}

/** The SDL committed at schema/schema.graphql (a test keeps them equal). */
export function printGraphQLSchema(schema: GraphQLSchema = buildGraphQLSchema()): string {
  return `${printSchema(schema)}\n`;
}
