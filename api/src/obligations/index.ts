import { ObligationFieldsResolver } from './obligation.resolver.ts';
import { PostObligationsResolver } from './post-obligations.resolver.ts';

/** The resolvers of the obligations feature (registered in api/src/schema.ts). */
export const obligationsResolvers = [ObligationFieldsResolver, PostObligationsResolver] as const;
