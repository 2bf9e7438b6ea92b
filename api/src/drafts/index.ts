import { DraftsResolver } from './drafts.resolver.ts';

/** The resolvers of the review feature (registered in api/src/schema.ts). */
export const draftsResolvers = [DraftsResolver] as const;
