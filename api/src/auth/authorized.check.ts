import type { GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * Fails the schema build when a Mutation field has no `@Authorized(...)`
 * (on the method or its resolver class): enforcement is per mutation, never
 * forgotten field by field. Run by buildGraphQLSchema, so `npm start`, every
 * test and `schema:emit` stop with the names of the unguarded mutations.
 */
export function assertEveryMutationAuthorized(
  schema: GraphQLSchema,
  resolvers: readonly unknown[],
): void {
  const fields = Object.keys(schema.getMutationType()?.getFields() ?? {});
  const storage = getMetadataStorage();
  const ours = new Set(resolvers);
  const guarded = new Set(
    storage.mutations
      .filter((m) => ours.has(m.target) && m.roles !== undefined)
      .map((m) => m.schemaName),
  );
  const unguarded = fields.filter((name) => !guarded.has(name));
  if (unguarded.length > 0) {
    throw new Error(
      `Mutation${unguarded.length > 1 ? 's' : ''} without @Authorized: ${unguarded.join(', ')}. ` +
        "Every mutation declares the least role it needs: @Authorized('viewer' | 'editor' | 'admin'), " +
        'or @Authorized(ANYONE) for sign-in itself (api/src/auth/auth.checker.ts).',
    );
  }
}
