import { DocumentFactsResolver } from './documents.resolver.ts';

/** The resolvers of the documents feature (registered in api/src/schema.ts). */
export const documentsResolvers = [DocumentFactsResolver] as const;
