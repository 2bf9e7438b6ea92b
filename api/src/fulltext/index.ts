import { FullTextResolver } from './fulltext.resolver.ts';

/** The resolvers of full-text search (registered in api/src/schema.ts). */
export const fulltextResolvers = [FullTextResolver] as const;
