import {
  AccountabilityResolver,
  AccountabilityResultResolver,
  AreaEscalationResolver,
} from './accountability.resolver.ts';

/** The resolvers of the accountability feature (registered in api/src/schema.ts). */
export const accountabilityResolvers = [
  AccountabilityResolver,
  AccountabilityResultResolver,
  AreaEscalationResolver,
] as const;
