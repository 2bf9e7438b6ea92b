/** The resolvers of the accountability feature (registered in api/src/schema.ts). */
export const accountabilityResolvers = [] as const;
