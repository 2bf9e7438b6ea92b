import { DiffResolver, RelationshipDiffResolver } from './diff.resolver.ts';

/** The resolvers of the diff feature (registered in api/src/schema.ts). */
export const diffResolvers = [DiffResolver, RelationshipDiffResolver] as const;
