import { AccountabilityResolver, AreaEscalationResolver } from './accountability.resolver.ts';

/** The resolvers of the accountability feature (registered in api/src/schema.ts). */
export const accountabilityResolvers = [AccountabilityResolver, AreaEscalationResolver] as const;
