/** The resolvers of the obligations feature (registered in api/src/schema.ts). */
export const obligationsResolvers = [] as const;
