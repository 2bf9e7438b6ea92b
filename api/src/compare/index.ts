import { AreaComparisonResolver, CompareResolver } from './compare.resolver.ts';

/** The resolvers of the compare feature (registered in api/src/schema.ts). */
export const compareResolvers = [CompareResolver, AreaComparisonResolver] as const;
