import { SearchResolver } from './search.resolver.ts';

/** The resolvers of the search feature (registered in api/src/schema.ts). */
export const searchResolvers = [SearchResolver] as const;
